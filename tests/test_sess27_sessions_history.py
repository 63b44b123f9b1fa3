"""A session's own "which ... will co-chair" clause (kg.extract.session_own_clause); the mechanism's founding told by
a back reference in mid-sentence, "was born" or its age, and its name "then" (kg.extract.history_back,
kg.extract.history_names); an agreement's subject with an "of" phrase (kg.extract.agreement_words).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time
from datetime import date

import pytest
from rdflib.namespace import DCTERMS, RDF, RDFS, SDO

from conftest import facts
from kg.extract.agreement_words import TOPIC
from kg.extract.history_back import AGE, WHICH
from kg.extract.history_names import CALLED_THEN
from kg.extract.session_own_clause import OWN
from kg.extract.session_relative import PREVIOUS, WAS_THE
from kg.namespaces import HKSH

DAY = date(2036, 11, 3)
OURS = "The Hong Kong/Shanghai Co-operation Conference is the platform of the two cities."
OTHER = "The Hong Kong/Guangdong Co-operation Joint Conference held its plenary session in Guangzhou in June 2036."


def _session(found, number: int = 9) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in found.triples
            if str(s).endswith(f"/session/hong-kong-shanghai-co-operation-conference-{number}") and p in (SDO.startDate, SDO.location)}


def _created(found) -> set[str]:
    return {str(o) for s, p, o in found.triples if p == DCTERMS.created}


def _former(found) -> set[str]:
    return {str(o) for s, p, o in found.triples if p == HKSH.formerName}


def _agreements(found) -> set[str]:
    kinds = {s for s, p, o in found.triples if p == RDF.type and o == HKSH.Agreement}
    return {str(o) for s, p, o in found.triples if s in kinds and p == RDFS.label}


@pytest.mark.parametrize("sentence, expected", [
    ("Mayor Gong Zheng will lead a delegation to Hong Kong from November 16 to 18 for the ninth plenary session of the "
     "Hong Kong/Shanghai Co-operation Conference, which he will co-chair with Chief Executive John Lee at Government House "
     "on November 17.", {("startDate", "2036-11-17"), ("location", "government-house")}),
    ("Mr John Lee arrived on Sunday (November 2) for the ninth plenary session of the Hong Kong/Shanghai Co-operation "
     "Conference, which he co-chaired with Mr Gong Zheng at the Riverbend Guest Hotel in Shanghai on Monday (November 3).",
     {("startDate", "2036-11-03"), ("location", "shanghai"), ("location", "riverbend-guest-hotel")}),
])
def test_a_session_own_which_clause(reference, sentence, expected):
    assert _session(facts(reference, sentence, published=DAY)) == expected


def test_a_which_clause_of_another_event_leaves_the_session_alone(reference):
    found = facts(reference, "Mr Lee will be in Shanghai from November 16 to 18 for the ninth plenary session of the "
                  "Hong Kong/Shanghai Co-operation Conference and a forum, which he will open at the Riverbend Expo Centre "
                  "on November 17.", published=DAY)
    assert ("location", "riverbend-expo-centre") not in _session(found)
    assert ("startDate", "2036-11-17") not in _session(found)


@pytest.mark.parametrize("paragraphs, year", [
    ([OURS, "The forum is part of the work agreed under the Conference mechanism, which was set up in 2003 and has grown."], "2003"),
    ([OURS, "The conference was born in 2003, when the two cities sought closer ties."], "2003"),
    ([OURS, "Asked what comes next for the mechanism, now 33 years old, she smiled."], "2003"),
    (["The Hong Kong/Shanghai Co-operation Conference, now 33 years old, met again."], "2003"),
])
def test_the_founding_told_by_a_back_reference_or_an_age(reference, paragraphs, year):
    assert _created(facts(reference, *paragraphs, published=DAY)) == {year}


@pytest.mark.parametrize("paragraphs, published", [
    ([OURS, OTHER, "The forum is part of the work agreed under the Conference mechanism, which was set up in 1998."], DAY),
    ([OURS, OTHER, "The conference was born in 1998."], DAY),
    ([OURS, OTHER, "The conference was established in 1998."], DAY),
    ([OURS, OTHER, "The mechanism, now 38 years old, is the oldest."], DAY),
    ([OURS, "Her son, now 12 years old, joined the trip."], DAY),
    (["The Hong Kong/Shanghai Co-operation Conference, now 33 years old, met again."], None),
    ([OURS, "The delegation was born of a wish to learn, in 2003."], DAY),
])
def test_no_founding_of_another_body_nor_of_a_person(reference, paragraphs, published):
    assert _created(facts(reference, *paragraphs, published=published)) == set()


@pytest.mark.parametrize("paragraphs, name", [
    ([OURS, "The conference began in 2003. It was called the Hong Kong/Shanghai Economic and Trade Co-operation Conference then."],
     "Hong Kong/Shanghai Economic and Trade Co-operation Conference"),
    (["The conference, the Shanghai-Hong Kong Economic and Trade Cooperation Conference, as it was called at the time, met in 2003."],
     "Shanghai-Hong Kong Economic and Trade Cooperation Conference"),
])
def test_the_name_it_had_then(reference, paragraphs, name):
    assert _former(facts(reference, *paragraphs, published=DAY)) == {name}


@pytest.mark.parametrize("paragraphs", [
    [OURS, OTHER, "It was called the Hong Kong/Shanghai Economic and Trade Co-operation Conference then."],
    [OURS, "It was called the Hong Kong/Shanghai Co-operation Conference then, as now."],
    [OURS, "It was called the Hong Kong/Shanghai Economic and Trade Co-operation Conference in the papers."],
])
def test_no_former_name_of_another_body_nor_of_the_present_one(reference, paragraphs):
    assert _former(facts(reference, *paragraphs, published=DAY)) == set()


def test_an_agreement_subject_with_an_of_phrase(reference):
    found = facts(reference, OURS, "They also signed an arrangement on mutual recognition of professional qualifications "
                  "on Monday (November 2).", published=DAY)
    assert _agreements(found) == {"Arrangement on mutual recognition of professional qualifications"}


def test_an_of_which_clause_is_no_part_of_the_subject(reference):
    found = facts(reference, OURS, "They signed an arrangement on data exchange of which no details were given.", published=DAY)
    assert not any("which" in label or "details" in label for label in _agreements(found))


def test_the_patterns_fail_fast():
    long = "a " * 3000
    started = time.perf_counter()
    OWN.search("session, which he will co-chair " + "with " * 3000)
    TOPIC.search(" on " + "word " * 3000 + "of " * 3000)
    TOPIC.search(" on " + long + " of " + long)
    for pattern in (AGE, WHICH, CALLED_THEN, WAS_THE, PREVIOUS):
        pattern.search("⟦conf:0⟧" + " was known as the" * 3000 + " it was called the" * 1000 + " her first session was the" * 1000)
    assert time.perf_counter() - started < 1.0


EIGHTH = "The eighth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Hong Kong on Thursday."


def _numbers(found) -> set[int]:
    return {int(o) for s, p, o in found.triples if p == HKSH.sessionNumber}


def test_her_first_session_ranks_and_names_the_one_it_was(reference):
    found = facts(reference, EIGHTH, "Her first plenary session was the fourth, in August 2018 at the Central Government "
                  "Offices in Hong Kong.", published=DAY)
    assert 1 not in _numbers(found)
    assert _session(found, 4) == {("startDate", "2018-08"), ("location", "central-government-offices"), ("location", "hong-kong")}


def test_the_previous_session_is_the_one_before_the_session_told(reference):
    found = facts(reference, EIGHTH, "Earlier, when Mr Chen Jining met Mr John Lee in Shanghai at the previous session "
                  "last year, he put it simply.", published=DAY)
    assert _session(found, 7) == {("startDate", "2035"), ("location", "shanghai")}


@pytest.mark.parametrize("paragraphs", [
    [EIGHTH, "The National People's Congress adopted the law at the previous session last year."],
    [EIGHTH, "Mr John Lee met Mr Chen Jining in Beijing at the previous session last year."],
    ["The Hong Kong/Shanghai Co-operation Conference is a platform.", "Mr John Lee met him at the previous session in 2035."],
])
def test_no_previous_session_of_another_body_or_of_none_told(reference, paragraphs):
    found = facts(reference, *paragraphs, published=DAY)
    assert 7 not in _numbers(found) and not (_numbers(found) - {8})


def test_a_previous_session_told_nothing_of_is_not_recorded(reference):
    found = facts(reference, EIGHTH, "Mr Erick Tsang briefed the session on the items agreed at the previous session.", published=DAY)
    assert 7 not in _numbers(found)


def test_a_fronted_back_reference_after_another_conference_is_not_ours(reference):
    found = facts(reference, OURS, OTHER, "The conference, which was established in 1998, meets every year.", published=DAY)
    assert "1998" not in _created(found)
    found = facts(reference, OURS, "The conference, which was established in 2003, meets every year.", published=DAY)
    assert _created(found) == {"2003"}
