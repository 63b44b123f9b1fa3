"""Sentences a review of the session's sessions, history, areas and agreements rules found misread, each held to
what it should give (every sentence invented); the rules' own tests hold what they should still read."""

import pytest
from rdflib.namespace import SDO

from conftest import facts, tail
from test_area_sections import areas
from test_history import history
from test_session_factbox import agreements, sessions

NAMED = "The Hong Kong/Shanghai Co-operation Conference met today."


# --- a factbox's bullet led by a year (kg.extract.session_factbox) ---

def test_a_bullet_under_another_conference_is_not_our_session(reference):
    found = facts(reference, NAMED, "The Hong Kong/Guangdong Co-operation Joint Conference has met since 1998. Its meetings:",
                  "* 2036 - Second session, Guangzhou (January). Leung Chun-ying and Yang Xiong. Six agreements.")
    assert sessions(found) == {}
    assert agreements(found) == set()


@pytest.mark.parametrize("bullet", [
    "* 2036 - Second session of the youth forum, Hong Kong (January).",
    "* 2036 - Second session of the Legislative Council opens in Hong Kong (October).",
    "2036: the fifth session of the Beijing-Hong Kong Economic and Trade Co-operation Conference, Beijing (May).",
])
def test_a_bullet_of_another_body_s_session_is_not_ours(reference, bullet):
    assert sessions(facts(reference, NAMED, bullet)) == {}


def test_a_postponed_session_s_bullet_does_not_date_it(reference):
    found = sessions(facts(reference, NAMED, "* 2020 - Sixth session, Hong Kong, postponed because of the pandemic."))
    assert "2020" not in found.get(6, {}).get("date", set())


def test_agreements_expected_are_not_signed(reference):
    found = facts(reference, NAMED, "* 2037 - Seventh session, Shanghai (March). Eight agreements expected.")
    assert agreements(found) == set()


# --- words dropped from the name (kg.extract.history_dropped) ---

OLD = "Hong Kong/Shanghai Economic and Trade Co-operation Conference"
SET_UP = f"The Hong Kong/Shanghai Co-operation Conference met today. It was set up in 2031 as the {OLD}."


@pytest.mark.parametrize("sentence", [
    'The Hong Kong/Guangdong Co-operation Joint Conference dropped "Economic and Trade" from its name in 2036.',
    'The Beijing-Hong Kong Economic and Trade Co-operation Conference never dropped "Economic and Trade" from its name in 2036.',
    'Some delegates argued in 2036 that it should have dropped "Economic and Trade" from its name.',
    'It has not dropped "Economic and Trade" from its name in 2036, officials said.',
])
def test_a_drop_by_another_body_or_not_made_dates_no_renaming(reference, sentence):
    assert not any(kind == "renamed" for kind, _ in history(facts(reference, SET_UP, sentence)))


@pytest.mark.parametrize("sentence, wrong", [
    ('In 2040, four years after it dropped "Economic and Trade" from its name, the mechanism met in Shanghai.', "2040"),
    ('It dropped "Economic and Trade" from its name, Mr Leung Chun-ying recalled on 5 May 2040.', "2040-05-05"),
])
def test_a_later_date_of_the_sentence_does_not_date_the_drop(reference, sentence, wrong):
    assert ("renamed", wrong) not in history(facts(reference, SET_UP, sentence))


# --- co-chairs to come (kg.extract.presence) and people who "held" a session (kg.extract.session_people) ---

RECALLED = ("The Hong Kong/Shanghai Co-operation Conference was set up in 2031. Since the third plenary session, held in "
            "Shanghai in April 2035, the two sides have carried out the items one by one.")


def attendees(found, number: int) -> set[str]:
    return {tail(o) for s, p, o in found.triples if p == SDO.attendee and str(s).endswith(f"-{number}")}


@pytest.mark.parametrize("sentence, person", [
    ("Mrs Carrie Lam was unable to co-chair the fourth plenary session because of a typhoon.", "carrie-lam-cheng-yuet-ngor"),
    ("Mr Yang Xiong declined an invitation to co-chair the fourth plenary session.", "yang-xiong"),
    ("Mrs Carrie Lam hoped to co-chair the fourth plenary session if her health allowed.", "carrie-lam-cheng-yuet-ngor"),
    ("Mrs Carrie Lam said Mr Yang Xiong would not attend and she will chair the fourth plenary session alone.", "yang-xiong"),
])
def test_a_co_chair_who_will_not_or_may_not_is_not_seated(reference, sentence, person):
    assert person not in attendees(facts(reference, RECALLED, sentence), 4)


@pytest.mark.parametrize("sentence", [
    "Leung Chun-ying held the Shanghai Mayor's hand at the first plenary session.",
    "Leung Chun-ying and Yang Xiong held the meeting on the sidelines of the first plenary session.",
    "Leung Chun-ying and Yang Xiong held the Hong Kong Trade Development Council's reception after the first plenary session.",
])
def test_people_who_held_something_at_a_session_did_not_hold_it(reference, sentence):
    assert attendees(facts(reference, "The Hong Kong/Shanghai Co-operation Conference met again this week.", sentence), 1) == set()


# --- an item's "where" aside in a list of areas (kg.extract.areas) ---

@pytest.mark.parametrize("sentence, wrong", [
    ("Other areas include healthcare, where hospitals are crowded, staff shortages persist and waiting lists grow.",
     "staff-shortages-persist"),
    ("The two sides agreed to co-operate in areas including healthcare, where Shanghai leads, the city said, and tourism.",
     "city-said"),
])
def test_a_clause_after_a_where_aside_is_no_area(reference, sentence, wrong):
    found = areas(reference, "The Hong Kong/Shanghai Co-operation Conference held its fifth plenary session today.", sentence)
    assert wrong not in found and "healthcare-and-medicine-regulation" in found
