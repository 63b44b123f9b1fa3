"""Typography never changes a fact: a text set with en and em dashes, or in American usage ("Mr. Lee"), gives
what its twin gives."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.convert import convert_triples
from kg.text.clean import repair

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
PLACES = "Hong Kong|Shanghai|Mainland|Guangdong|Macao"


@pytest.mark.parametrize("typeset, ascii_", [
    ("the Shanghai\u2013Hong Kong Economic Development Association", "the Shanghai-Hong Kong Economic Development Association"),
    ("held from 14\u201317 May", "held from 14-17 May"),
    ("Lee Ka\u2011chiu", "Lee Ka-chiu"),
    ("the mechanism\u2014set up in 2003\u2014has grown", "the mechanism \u2014 set up in 2003 \u2014 has grown"),
])
def test_dashes_between_words_read_as_ascii_writes_them(typeset, ascii_):
    assert repair(typeset) == ascii_


@pytest.mark.parametrize("text", ["Hong Kong \u2013 Shanghai", "2003 \u2014 the first session", "\u2013 a bullet"])
def test_spaced_dashes_are_left_as_they_are(text):
    assert repair(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzHKS0123456789"), min_size=1, max_size=8),
                min_size=2, max_size=5))
def test_an_en_dash_joining_words_is_a_hyphen(words):
    """(Letters outside ASCII are left out: before one, an en dash may be mis-decoded UTF-8 that ftfy mends.)"""
    assert repair("\u2013".join(words)) == repair("-".join(words))


def _facts(path: Path) -> set[tuple[str, str, str]]:
    """The document's triples but its annotations (whose IRIs hash the sentence as written) and its headline
    (kept as published)."""
    _, triples = convert_triples(path)
    return {(str(s), str(p), str(o)) for s, p, o in triples
            if "/annotation/" not in str(s) and "/annotation/" not in str(o)
            and not str(p).endswith(("#exact", "#prefix", "#suffix", "/text", "#start", "#end", "/headline"))}


@pytest.mark.parametrize("name", ["108_2015_yang-xiong-meets-shkeda.txt",
                                  "111_2017-05-23_hk-shanghai-financial-cooperation-working-meeting.txt"])
def test_a_real_release_set_with_en_dashes_gives_the_same_facts(name, tmp_path):
    source = CORPUS / name
    text = source.read_text(encoding="utf-8")
    typeset = re.sub(rf"({PLACES})-(?={PLACES})", "\\1\u2013", text)
    assert typeset != text
    (tmp_path / name).write_text(typeset, encoding="utf-8")
    assert _facts(tmp_path / name) == _facts(source)


@pytest.mark.parametrize("typeset, plain", [
    ("Mr. Lee met Dr. Ho Wai.", "Mr Lee met Dr Ho Wai."),
    ("the Hon. Ms. Chan said", "the Hon Ms Chan said"),
    ("Mrs. Carrie Lam, Prof. KC Chan", "Mrs Carrie Lam, Prof KC Chan"),
])
def test_an_honorific_full_stop_is_dropped_before_a_name(typeset, plain):
    assert repair(typeset) == plain


@pytest.mark.parametrize("typeset, plain", [
    ("on Sept. 12, 2025", "on September 12, 2025"), ("12 Dec. 2024", "12 December 2024"),
    ("in Nov. 2003", "in November 2003"), ("Oct 5th", "October 5th"),
])
def test_a_month_abbreviated_beside_a_day_or_year_is_written_out(typeset, plain):
    assert repair(typeset) == plain


@pytest.mark.parametrize("text", ["Visit www.mr.gov.hk.", "a Dr. at the end.", "Mr. and Mrs. said", "Mar 5.30pm",
                                  "the Dec. meeting", "Ms Mar Wing-kei, 2 sons"])
def test_other_full_stops_stay(text):
    assert repair(text) == text


@pytest.mark.parametrize("path", [
    "unseen/2015-04-10_third-plenary.txt",  # a press release, attendees by name and post
    "heldout18/1004_2018-08-20_speech-mayor-ying-yong-hong-kong-luncheon.txt",  # a speech's salutation lines
    "heldout15/971_2026-03-18_minutes-third-meeting-youth-working-group.txt",  # minutes' attendance columns
    "heldout5/602_2026-10-15_factsheet-hk-shanghai-cooperation-conference.txt",  # sessions by month and year
    "heldout7/806_2026-06-14_oped-lessons-of-hk-shanghai-conference.txt",  # a history told by months
])
def test_a_text_in_american_usage_gives_the_same_facts(path, tmp_path):
    source = DATA / path
    text = source.read_text(encoding="utf-8")
    american = re.sub(r"\b(Mrs|Mr|Ms|Dr|Prof)(?= [A-Z])", "\\1.", text)
    american = re.sub(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)[a-z]*(?= \d)", "\\1.", american)
    assert american != text
    (tmp_path / source.name).write_text(american, encoding="utf-8")
    assert _facts(tmp_path / source.name) == _facts(source)
