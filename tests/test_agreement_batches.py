"""Batches of agreements another pair's meeting signed, a new batch after the text's ceremony, and a name after
"signed in <place>". Invented sentences, each with a near miss."""

import time

import pytest
from rdflib.namespace import RDFS

from kg.namespaces import HKSH

from conftest import facts

OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."


def labels(f) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if p == RDFS.label and "/agreement/" in str(s)}


@pytest.mark.parametrize("sentence", [
    "Twelve agreements were signed at the Hong Kong/Riverton Co-operation High Level Meeting last year.",
    "Nine agreements were signed at the Guangdong/Riverton Joint Conference.",
    "Four agreements were signed at the Beijing-Hong Kong Economic Co-operation Forum.",
])
def test_a_batch_another_pair_s_meeting_signed_is_no_agreement(reference, sentence):
    assert labels(facts(reference, OURS, sentence)) == set()


@pytest.mark.parametrize("sentence, label", [
    ("Five agreements were signed at the Hong Kong-Shanghai High-Level Forum.", "Five agreements"),
    ("Seven agreements were signed at the Shanghai Finance Forum.", "Seven agreements"),
])
def test_a_batch_signed_at_a_meeting_of_the_two_cities_is_kept(reference, sentence, label):
    assert labels(facts(reference, OURS, sentence)) == {label}


def test_an_unarticled_plural_signed_is_a_new_batch_with_no_count(reference):
    f = facts(reference, OURS, "After the session, the two sides witnessed the signing of eight co-operation agreements.",
              "Under the scheme, 32 pairs of sister schools signed agreements last year.")
    assert labels(f) == {"Eight co-operation agreements", "Agreements"}
    counted = {str(o) for (s, p, o) in f.triples if p == HKSH.documentCount}
    assert counted == {"8"}


def test_the_agreements_again_are_the_batch_told_before(reference):
    f = facts(reference, OURS, "After the session, the two sides witnessed the signing of eight co-operation agreements.",
              "The agreements were signed by the two bureaux.")
    assert labels(f) == {"Eight co-operation agreements"}


def test_a_named_agreement_after_signed_in_a_place_does_not_take_the_place(reference):
    f = facts(reference, OURS, "The Secretary for Justice signed in Shanghai the Co-operation Arrangement on Legal Services "
              "with the Riverton Bureau of Justice.")
    assert labels(f) == {"Co-operation Arrangement on Legal Services"}
    f = facts(reference, OURS, "The Secretary signed the Agreement on the Promotion of Legal Services with the Riverton Bureau.")
    assert labels(f) == {"Agreement on the Promotion of Legal Services"}


def test_the_body_pattern_fails_fast():
    from kg.extract.agreement_batches import AT_BODY

    text = " were signed at the " + "Riverton-" * 3000 + "x"
    started = time.perf_counter()
    AT_BODY.match(text)
    assert time.perf_counter() - started < 0.05


def test_co_operation_deals_are_a_batch(reference):
    f = facts(reference, OURS, "The two cities signed nine cooperation deals on Tuesday, covering smart cities and ports.")
    assert labels(f) == {"Nine cooperation deals"}


@pytest.mark.parametrize("sentence", [
    "He said the deal was done before the session.",
    "The two sides agreed to deal with the backlog of cases.",
    "Traders struck nine deals on the exchange floor.",
])
def test_a_deal_of_no_co_operation_is_no_agreement(reference, sentence):
    assert labels(facts(reference, OURS, sentence)) == set()
