"""Batches of agreements signed at a plenary session, told without naming who signed or witnessed them: after a
lead-in ending in a colon ("My reply is as follows: (1) Eleven co-operation documents were signed at the session"),
or witnessed by "the two sides" or "they" (counted past twelve too). The signing is an event on the session's day and at its place.
Invented sentences, each with a near miss."""

import pytest
from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail

SESSION = ("The Hong Kong/Shanghai Co-operation Conference held its ninth plenary session at Government House in Hong Kong "
           "today (March 20). The Chief Executive, Mr Alan Brookfield, and the Mayor of Shanghai, Mr Carl Dunmore, co-chaired "
           "the session.\n\n")


def signings(tmp_path, body: str) -> dict[str, dict]:
    graph = page_graph(tmp_path, SESSION + body, title="Riverton news", published="2036-03-20")
    return {str(label): {"start": {str(o) for o in graph.objects(s, SDO.startDate)},
                         "place": {tail(o) for o in graph.objects(s, SDO.location)}}
            for s, label in graph.subject_objects(RDFS.label) if "/event/signing" in str(s)}


@pytest.mark.parametrize("body, label", [
    ("After the session, they witnessed the signing of fifteen co-operation documents.\n",
     "Signing of fifteen co-operation documents"),
    ("The two sides agreed on 30 co-operation items in ten areas and witnessed the signing of 16 agreements.\n",
     "Signing of 16 agreements"),
])
def test_a_batch_signed_at_the_session_is_on_its_day_and_at_its_place(tmp_path, body, label):
    found = signings(tmp_path, body)
    assert found.get(label, {}).get("start") == {"2036-03-20"}, found
    assert "hong-kong" in found[label]["place"], found


def test_a_batch_after_a_lead_in_is_on_the_session_s_day(tmp_path):
    found = signings(tmp_path, "Our answer is as follows:\n\n(1) Eleven co-operation documents were signed at the session. "
                               "The main ones are:\n")
    assert found.get("Signing of eleven co-operation documents", {}).get("start") == {"2036-03-20"}, found


@pytest.mark.parametrize("body", [
    "The two sides hope to witness the signing of 16 agreements at the next session.\n",
    "After the session, they witnessed the signing of the agreements.\n",
    "The two sides said they would witness the signing of 16 agreements next year.\n",
])
def test_a_hoped_for_or_bare_signing_is_no_batch(tmp_path, body):
    assert not signings(tmp_path, body)


def test_a_total_of_papers_inked_during_the_session_is_its_signing(tmp_path):
    found = signings(tmp_path, "A total of 20 cooperation agreements were inked during the session.\n")
    assert found.get("Signing of 20 cooperation agreements", {}).get("start") == {"2036-03-20"}, found
    assert not signings(tmp_path, "A total of 20 cooperation agreements are to be inked at the next session.\n")
