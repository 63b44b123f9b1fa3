"""A lower-case agreement's topic that goes on with "for" (kg.extract.agreement_words.TOPIC): "a memorandum on
mutual access for wealth management products", but not a time it runs for or was signed at ("for the next five
years", "for the first time").

Every sentence is invented; each kind has a near miss that must not lengthen the label.
"""

import time

import pytest
from rdflib.namespace import RDF, RDFS

from kg.extract.agreement_words import TOPIC
from kg.namespaces import HKSH

from conftest import facts


def labels(findings) -> set[str]:
    nodes = {s for (s, p, o) in findings.triples if p == RDF.type and o == HKSH.Agreement}
    return {str(o) for (s, p, o) in findings.triples if p == RDFS.label and s in nodes}


@pytest.mark.parametrize("sentence, label", [
    ("The ninth plenary session produced 14 agreements, among them a memorandum on mutual access for bond funds.",
     "Memorandum on mutual access for bond funds"),
    ("The two port authorities signed an agreement on shore power for cruise ships.", "Agreement on shore power for cruise ships"),
])
def test_a_topic_that_goes_on_with_for(reference, sentence, label):
    assert label in labels(facts(reference, sentence))


@pytest.mark.parametrize("sentence", [
    "The two port authorities signed an agreement on shore power for the next five years.",
    "The two port authorities signed an agreement on shore power for two years.",
    "The two port authorities signed an agreement on shore power for a period of three years.",
])
def test_no_time_in_the_topic(reference, sentence):
    assert not any("year" in label for label in labels(facts(reference, sentence)))


def test_the_topic_fails_fast():
    text = " on shore" + " power for" * 3000 + "!"
    started = time.process_time()
    TOPIC.match(text)
    assert time.process_time() - started < 0.5
