"""A division in brackets after a title's body, as HKSAR departments print it ("Assistant Director of Marine
(Planning)"), is part of the post, never another name of the body; an abbreviation there still is one.

Every sentence is invented; the near misses are abbreviations.
"""

from rdflib.namespace import SKOS

from conftest import facts
from test_kinds import posts_of


def alt_names(f) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if p == SKOS.altLabel and "/org/" in str(s)}


def test_a_one_word_division_in_brackets_is_the_posts(reference):
    f = facts(reference, "Also present was the Assistant Director of Marine (Planning), Mr Bo Tam.")
    assert posts_of(f)["bo-tam"] == {"Assistant Director of Marine (Planning)"}
    assert alt_names(f) == set()


def test_an_abbreviation_or_a_word_of_the_body_in_brackets_is_a_name(reference):
    f = facts(reference, "The Director of the Riverton Arts Office (RAO), Ms Ada Quell, and the Chairman of the "
                         "Riverton Cyberport Company (Cyberport), Mr Ed Fu, spoke.")
    assert {"RAO", "Cyberport"} <= alt_names(f)
