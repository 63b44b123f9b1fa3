"""The same text set another way gives the same facts: hard-wrapped at a width under a wider navigation line,
Windows line ends, a word broken at a line's end, a heading-like line inside a wrapped sentence, a footnote's
number glued to a name."""

import textwrap
import time
from pathlib import Path

import pytest

from kg.convert import convert_triples
from kg.text.clean import clean
from kg.text.hyphens import join_wrapped
from kg.text.marks import plain_marks
from kg.text.wrapping import page_width

DATA = Path(__file__).parent / "data"

STORY = (
    "Skip to main content Font Size Larger Font Size Largest Font Size RSS Subscription Advanced Search Sitemap\n\n"
    "Closer ties: The Secretary for Trade, Ms Ada Quell, and Mr Zhou Tianyu witness the signing of four agreements.\n\n"
    "Ms Quell arrived in Shanghai yesterday, leading a delegation of more than 30 Hong Kong officials on a visit.\n\n"
    "The agreements were signed after the ninth plenary session of the Hong Kong/Shanghai Economic & Trade "
    "Co-operation Conference, which the two co-chaired in Shanghai today.\n\n"
    "The Secretary for Trade and Industry, Mr Lam Wing-kei, and the Director of SHETO were at the meeting.\n")


def _wrapped(text: str, width: int = 72) -> str:
    return "\n\n".join(part if len(part) < width + 8 or part.startswith("Skip") else "\n".join(textwrap.wrap(part, width))
                       for part in text.split("\n\n"))


def _facts(text: str, tmp_path: Path, name: str = "a.txt") -> set:
    path = tmp_path / name
    path.write_text("---\ntitle: Talks\npublished: 2031-05-06\n---\n" + text, encoding="utf-8", newline="")
    _, triples = convert_triples(path)
    return {(str(s), str(p), str(o)) for s, p, o in triples if "/annotation/" not in str(s) + str(o)
            and not str(p).endswith(("#exact", "#prefix", "#suffix", "/text", "#start", "#end"))}


def test_a_story_wrapped_under_a_wider_navigation_line_reads_as_on_one_line(tmp_path):
    assert _wrapped(STORY) != STORY
    assert clean(_wrapped(STORY)).paragraphs == clean(STORY).paragraphs
    assert _facts(_wrapped(STORY), tmp_path) == _facts(STORY, tmp_path)


def test_the_page_width_is_the_wrapped_texts_not_a_wider_lines():
    lines = ["x" * 120] + ["y" * w for w in (72, 70, 71, 66, 72, 69)]
    assert page_width(lines) == 72
    assert page_width(["x" * 96, "x" * 104] + ["y" * 72] * 9 + ["y" * 40] * 3) == 72
    # near miss: lines of many lengths, as short paragraphs have them, are no wrapped page
    assert page_width(["x" * 120, "y" * 100, "z" * 64, "w" * 61, "v" * 60]) is None


def test_a_session_heading_inside_a_wrapped_sentence_is_no_heading():
    text = ("The Chief Executive and the Mayor of Shanghai co-chaired the\n"
            "4th Plenary Session of the Hong Kong/Shanghai Co-operation Conference in\n"
            "Hong Kong today, and the two sides signed ten agreements after it.\n")
    assert clean(text).paragraphs == [" ".join(text.split())]
    # near miss: the same heading on a line of its own, under a title, is a statement
    heading = "Talks in Hong Kong\n\n4th Plenary Session of the Hong Kong/Shanghai Co-operation Conference\n\nThe talks went well.\n"
    assert "4th Plenary Session of the Hong Kong/Shanghai Co-operation Conference." in clean(heading).paragraphs


def test_a_wrapped_bullet_of_a_factbox_runs_on_after_a_stop():
    items = ["* 2031 - Ninth session, Hong Kong (May). Co-chaired by Ada Quell and Zhou Tianyu. Twelve agreements.",
             "* 2033 - Tenth session, Shanghai (June). Ada Quell and Zhou Tianyu. Officials said the agreements were "
             "signed after the meeting, covering finance and shipping."]
    one = "Key facts:\n\n" + "\n".join(items) + "\n"
    wrapped = "Key facts:\n\n" + "\n".join(line for item in items for line in textwrap.wrap(item, 72)) + "\n"
    assert clean(wrapped).paragraphs == clean(one).paragraphs


@pytest.mark.parametrize("line, following, text, joined", [
    ("Mr Chan Kwok-", "wai said", "", "Mr Chan Kwok-wai said"),
    ("a Hong Kong-", "invested firm", "", "a Hong Kong-invested firm"),
    ("closer co-oper-", "ation", "", "closer co-operation"),
    ("deepen inter-", "action", "more interaction", "deepen interaction"),
    ("a cross-", "boundary link", "", "a cross-boundary link"),
    ("the inter-", "city link", "an inter-city link", "the inter-city link"),
    ("the Hong Kong-", "Shanghai link", "", "the Hong Kong-Shanghai link"),
    ("talks -", "and more", "", "talks - and more"),
    # near misses: a broken word with no hyphen of its own, a capitalised part whose word the text writes whole
    ("the agree-", "ments", "", "the agreements"),
    ("Shang-", "hai", "in Shanghai", "Shanghai"),
])
def test_a_hyphen_at_a_lines_end_is_kept_or_dropped_by_the_word(line, following, text, joined):
    assert join_wrapped(line, following, text) == joined


def test_a_name_broken_at_its_hyphen_keeps_it_in_a_wrapped_paragraph():
    text = ("The delegation was led by the Director of the Shanghai Economic and Trade Office, Mr Chan Kwok-\n"
            "wai, who met the Vice Mayor of Shanghai and officials of the Shanghai Municipal Government at the\n"
            "People's Government Building to discuss closer co-operation on finance, trade and innovation.\n")
    assert "Mr Chan Kwok-wai, who met" in clean(text).paragraphs[0]


def test_windows_line_ends_give_the_same_facts(tmp_path):
    """A speech's salutations, one a line, read as they are with "\n"."""
    source = DATA / "heldout18" / "1004_2018-08-20_speech-mayor-ying-yong-hong-kong-luncheon.txt"
    text = source.read_text(encoding="utf-8")
    for ends in ("\r\n", "\r"):
        (tmp_path / source.name).write_text(text.replace("\n", ends), encoding="utf-8", newline="")
        _, triples = convert_triples(tmp_path / source.name)
        _, plain = convert_triples(source)
        assert len(triples) == len(plain)
    assert _facts(STORY.replace("\n", "\r\n"), tmp_path) == _facts(STORY, tmp_path)


@pytest.mark.parametrize("marked, plain", [
    ("Mr Chan Kwok-ki1 said", "Mr Chan Kwok-ki said"), ("Ms Ada Quell3, Director", "Ms Ada Quell, Director"),
    ("Gong Zheng[2].", "Gong Zheng."),
])
def test_a_footnote_number_glued_to_a_name_is_dropped(marked, plain):
    assert plain_marks(marked) == plain


@pytest.mark.parametrize("text", ["COVID-19 cases", "the G20 summit", "in Room A1 and B12.", "in 2003.", "Windows 10,",
                                  "Level 3, Tower 2", "Kong2003"])
def test_figures_that_are_no_footnotes_stay(text):
    assert plain_marks(text) == text


def test_footnotes_are_read_in_bounded_time():
    start = time.perf_counter()
    plain_marks(("Abcdefgh" * 5000 + " ") * 20 + "Xy" * 50000)
    assert time.perf_counter() - start < 1


def test_a_footnoted_name_is_the_same_person(tmp_path):
    plain = "The Secretary for Trade, Ms Ada Quell, met the Vice Mayor of Shanghai, Mr Zhou Tianyu, today.\n"
    marked = plain.replace("Quell,", "Quell1,").replace("Tianyu,", "Tianyu[2],")
    assert _facts(marked, tmp_path) == _facts(plain, tmp_path)
