"""The prefilter may only spare a pattern's search where the pattern cannot match: never a match lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.convert import convert_triples
from kg.extract import areas, mentions
from kg.extract.informal_titles import name_contexts
from kg.graph.export import nt_text
from kg.reference import load_reference
from kg.text.prefilter import Scan, needed, needed_all


@pytest.mark.parametrize("pattern, words", [
    (r"\bco-?operation\b", {"operation"}),
    (r"(?:areas?|fields?)\s+(?:such\s+as|including)", {"area", "field"}),
    (r"Mr\s+(?=[A-Z])\w+", {"mr"}),
    (r"(?:Dr\s+)?[A-Z]\w+", None),  # an optional word is not needed
    (r"(?=Forum)\w+", None),  # nor one a lookaround names
    (r"[Ss]ession", {"ession"}),  # a class breaks the run
    (r"(?:talks){1,3}|meeting", {"talks", "meeting"}),
    (r"(?:talks)*meeting", {"meeting"}),
    (r"a|", None),
    (r"⟦person:\d+⟧,\s+Mayor", {"⟦person:"}),
])
def test_the_words_a_pattern_needs(pattern, words):
    assert needed(re.compile(pattern)) == (None if words is None else frozenset(words))


@pytest.mark.parametrize("pattern, parts", [
    (r"\bwitness(?:ed)?\s+the\s+signing\b", [{"witness"}, {"signing"}, {"the"}]),
    (r"(?:Mr|Ms)\s+(?:Chan|Wong)\s+said", [{"said"}, {"chan", "wong"}, {"m"}]),
    (r"(?:led\s+by)+\s+⟦person:\d+⟧", [{"⟦person:"}, {"led"}, {"by"}, {"⟧"}]),
    (r"(?:Dr\s+)?visited", [{"visited"}]),  # an optional part is not needed
    (r"(?:Dr\s+)?[A-Z]\w+", None),
])
def test_every_part_a_pattern_needs(pattern, parts):
    found = needed_all(re.compile(pattern))
    assert (found and [set(words) for words in found]) == parts
    assert found is None or found[0] == needed(re.compile(pattern))


def test_a_text_lacking_any_one_needed_part_is_not_searched():
    pattern = re.compile(r"\b(?:witnessed|attended)\s+the\s+signing\s+of\b", re.I)
    scan = Scan([pattern])
    assert not scan.may(pattern, scan.present("He attended the ceremony, a signing day."))
    assert scan.may(pattern, scan.present("He attended the signing of the pact."))


def _may(pattern: re.Pattern, text: str) -> bool:
    scan = Scan([pattern])
    return scan.may(pattern, scan.present(text))


@pytest.mark.parametrize("text", ["CO-OPERATION in SECTORS", "co-operation in ſectors", "co-operation in \u212aey areas"])
def test_case_insensitive_patterns_are_searched_in_any_case_the_engine_accepts(text):
    pattern = re.compile(r"\bco-?operation\s+in\s+(?:sectors|key\s+areas)", re.I)
    scan = Scan([pattern])
    assert pattern.search(text) and list(scan.finditer(pattern, text, scan.present(text)))


def test_a_text_without_any_needed_word_is_not_searched_and_other_patterns_always_are():
    pattern, other = re.compile(r"\b(?:co-?operation|collaboration)\s+in\s+", re.I), re.compile(r"met")
    scan = Scan([pattern])
    present = scan.present("The two sides met in Shanghai.")
    assert not scan.may(pattern, present) and scan.may(other, present)


# The costly patterns the converter searches through the prefilter that hypothesis can write texts for (the
# post patterns' lookbehinds defeat it; the documents below cover them).
PATTERNS = [p for _, p in areas.LIST_CONTEXTS] + mentions.NAME_CONTEXTS + name_contexts(load_reference())


@pytest.mark.parametrize("which", range(len(PATTERNS)))
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_pattern_that_matches_is_never_skipped(which, data):
    """Texts written from the pattern itself (so that most of them match it): none is skipped."""
    pattern = PATTERNS[which]
    text = data.draw(st.from_regex(pattern))
    if pattern.search(text):
        assert _may(pattern, text), (pattern.pattern[:80], text)


DOCUMENTS = sorted(Path("data/documents").glob("*.txt")) + sorted(Path("tests/data/heldout5").glob("*.txt"))


def test_the_documents_convert_alike_with_and_without_the_prefilter(monkeypatch):
    reference = load_reference()
    with_it = [nt_text(convert_triples(path, reference=reference)[1]) for path in DOCUMENTS]
    monkeypatch.setattr("kg.text.prefilter.Scan.may", lambda self, pattern, present: True)
    assert [nt_text(convert_triples(path, reference=reference)[1]) for path in DOCUMENTS] == with_it
    assert len(DOCUMENTS) > 20
