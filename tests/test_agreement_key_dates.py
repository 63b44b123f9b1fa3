"""A batch of agreements counted with a bare participle, as key dates and follow-up releases tell it ("11
co-operation agreements signed.", "one of 11 agreements signed at the ceremony"), and running totals told so
(kg.extract.agreements).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from conftest import facts
from test_agreements import agreements


@pytest.mark.parametrize("paragraphs, label", [
    (["2035 - Ninth Plenary Session, Riverton. 11 co-operation agreements signed."], "11 co-operation agreements"),
    (["The agreement was one of twelve co-operation agreements signed at the signing ceremony."],
     "Twelve co-operation agreements"),
])
def test_a_batch_counted_with_a_bare_participle(reference, paragraphs, label):
    assert set(agreements(facts(reference, *paragraphs))) == {label}


@pytest.mark.parametrize("sentence", [
    "So far, 74 agreements signed under the mechanism have been implemented.",
    "Some 74 agreements signed since 2003 have been implemented.",
    "The two sides have signed many agreements.",
    "Over 100 agreements signed under the mechanism were reviewed.",
])
def test_no_batch_from_a_running_total(reference, sentence):
    assert agreements(facts(reference, sentence)) == {}


def test_the_bare_participle_pattern_fails_fast():
    from kg.extract.agreements import SIGNING
    text = "11 " + "co-operation " * 3000 + "x"
    started = time.perf_counter()
    for pattern in SIGNING:
        pattern.search(text)
    assert time.perf_counter() - started < 1.0
