"""A pattern compiled with the characters its matches begin with (``started``) matches exactly as the pattern."""

from __future__ import annotations

import gc
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.convert  # noqa: F401  (the rules loaded and their patterns behind the prefilter)
from kg.convert import convert_triples
from kg.extract import areas, mentions
from kg.extract.document import matchers
from kg.graph.export import nt_text
from kg.reference import load_reference
from kg.text.prefilter import _TWINS, Scan, _variants, started
from kg.text.prefiltered import Prefiltered

REFERENCE = load_reference()
STAND_INS = sorted({id(v): v for name, module in list(sys.modules.items()) if name.startswith("kg.")
                    for v in vars(module).values() if isinstance(v, Prefiltered)}.values(), key=lambda p: p.pattern)
GAZETTEER, AREAS = matchers(REFERENCE)
# The costly patterns hypothesis can write texts for, and every stand-in's on the test corpora's lines
PATTERNS = [p for _, p in areas.LIST_CONTEXTS] + mentions.NAME_CONTEXTS + mentions.name_contexts(REFERENCE)
LINES = [line for path in sorted(Path("tests/data").rglob("*.txt"))[:40] + sorted(Path("data/documents").glob("*.txt"))
         for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()][:500]
ALL_CODE_POINTS = "".join(chr(code) for code in range(0x110000) if not 0xd800 <= code < 0xe000)


def _answers(pattern: re.Pattern, text: str) -> list:
    return [[(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.search(text, 2) and pattern.search(text, 2).span(),
            pattern.sub("#", text), pattern.split(text)]


def test_only_the_twins_match_an_ascii_letter_case_insensitively_outside_ascii():
    letters = re.compile("[a-z]", re.I)
    found = {char for char in ALL_CODE_POINTS[128:] if letters.fullmatch(char)}
    assert found == set("".join(_TWINS.values()))
    for letter, twins in _TWINS.items():
        assert all(re.fullmatch(letter, twin, re.I) for twin in twins)


def test_a_caseless_character_outside_ascii_is_matched_by_itself_alone():
    used = {char for p in STAND_INS + PATTERNS for char in p.pattern if ord(char) >= 128}
    caseless = sorted(char for char in used if _variants(ord(char), re.I) == {ord(char)})
    assert "⟦" in caseless and "’" in caseless
    either = re.compile("[" + re.escape("".join(caseless)) + "]", re.I)
    assert {char for char in ALL_CODE_POINTS if either.fullmatch(char)} == set(caseless)


def test_digits_and_spaces_are_the_same_classes_case_insensitively():
    plain, folded = re.compile(r"[\d\s]"), re.compile(r"[\d\s]", re.I)
    assert [c for c in ALL_CODE_POINTS if bool(plain.fullmatch(c)) != bool(folded.fullmatch(c))] == []


def test_most_of_the_converters_patterns_get_a_start_set_and_keep_their_groups():
    fast = [started(p.real) for p in STAND_INS]
    assert sum(f is not p.real for f, p in zip(fast, STAND_INS)) > 0.8 * len(STAND_INS)
    for f, p in zip(fast, STAND_INS):
        assert (f.pattern, f.flags, f.groups, f.groupindex) == (p.real.pattern, p.real.flags, p.real.groups, p.real.groupindex)
    for made in (GAZETTEER._regex, AREAS.regex):  # made so: the code differs from the plain pattern's
        assert made != re.compile(made.pattern, made.flags) and made.pattern == re.compile(made.pattern, made.flags).pattern
    assert started(re.compile(r"\w*")).pattern == r"\w*"  # a match may be empty: the pattern itself


@pytest.mark.parametrize("pattern, text", [
    (r"\b(?:visited|toured)\s+\w+", "They VISITED Hong Kong and \u212aept touring; toured Shanghai."),
    (r"(?<![\w-])(?:sports|\u017fcience)\b", "science, ſcience and SPORTS"),
    (r"(?:\s+in)?\s*(?:[Ii]nnovation|⟦place:\d+⟧)", "In ⟦place:3⟧ innovation, \u0130NNOVATION"),
    (r"(?i:[a-c]|\d)x", "Bx 3x ɓx"),
])
def test_a_start_set_finds_the_same_matches(pattern, text):
    for flags in (0, re.I):
        real = re.compile(pattern, flags)
        assert _answers(started(real), text) == _answers(real, text)


@pytest.mark.parametrize("which", range(len(PATTERNS)))
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_texts_written_from_the_pattern_match_alike(which, data):
    real = PATTERNS[which]
    text = data.draw(st.text(max_size=3)) + data.draw(st.from_regex(real)) + data.draw(st.text(max_size=3))
    assert _answers(started(real), text) == _answers(real, text)


def test_every_stand_in_and_the_name_matchers_match_the_corpora_alike():
    fast = [(p.real, started(p.real)) for p in STAND_INS]
    fast += [(re.compile(GAZETTEER._regex.pattern, GAZETTEER._regex.flags), GAZETTEER._regex),
             (re.compile(AREAS.regex.pattern, AREAS.regex.flags), AREAS.regex)]
    assert len(LINES) == 500
    for real, quick in fast:
        if quick is not real:
            assert [_answers(quick, line)[0] for line in LINES] == [_answers(real, line)[0] for line in LINES], real.pattern[:80]


def test_the_documents_convert_alike_with_and_without_the_start_sets(monkeypatch):
    documents = sorted(Path("data/documents").glob("*.txt"))[:40] + sorted(Path("tests/data/heldout5").glob("*.txt"))
    fast = [nt_text(convert_triples(path, reference=REFERENCE)[1]) for path in documents]
    for stand_in in STAND_INS:
        monkeypatch.setattr(stand_in, "fast", stand_in.real)
    for scan in [o for o in gc.get_objects() if type(o) is Scan]:
        monkeypatch.setattr(scan, "_fast", {id(p): p for p in scan.patterns})
    monkeypatch.setattr(GAZETTEER, "_regex", re.compile(GAZETTEER._regex.pattern, GAZETTEER._regex.flags))
    monkeypatch.setattr(AREAS, "regex", re.compile(AREAS.regex.pattern, AREAS.regex.flags))
    assert [nt_text(convert_triples(path, reference=REFERENCE)[1]) for path in documents] == fast
    assert len(documents) > 20


def test_another_python_searches_with_the_pattern_as_it_is(monkeypatch):
    import kg.text.prefilter as prefilter
    pattern = re.compile(r"\b(?:visited|toured)\s+\w+", re.I)
    assert prefilter.started(pattern) is not pattern
    monkeypatch.setattr(prefilter, "_WRITES_CODE", False)
    assert prefilter.started(pattern) is pattern
