"""A session picked out by its ordinal alone after a sentence that counts the sessions
(kg.extract.session_lists.recounted), and "the session" after it still the one the text is about.

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time
from datetime import date

import pytest
from rdflib.namespace import SDO

from kg.extract.session_lists import recounted
from kg.text.sentences import Sentence

from conftest import facts

DAY = date(2031, 3, 4)
LEAD = ("RIVERTON, March 4 - The Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, co-chaired "
        "the ninth plenary session of the Hong Kong/Shanghai Co-operation Conference today.")


def told(findings, number: int) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in findings.triples
            if str(s).endswith(f"/session/hong-kong-shanghai-co-operation-conference-{number}")
            and p in (SDO.startDate, SDO.location)}


@pytest.mark.parametrize("count, picked, number, expected", [
    ("The mechanism has met just nine times since 2003, counting today's session.",
     "The eighth was held in Shanghai in May last year.", 8, {("startDate", "2030-05"), ("location", "shanghai")}),
    ("Since its founding, the two cities have held nine plenary sessions.",
     "The seventh, held in Hong Kong in October 2027, set up a youth committee.", 7,
     {("startDate", "2027-10"), ("location", "hong-kong")}),
])
def test_an_ordinal_after_a_count_of_sessions(reference, count, picked, number, expected):
    assert told(facts(reference, LEAD, count + " " + picked, published=DAY), number) == expected


@pytest.mark.parametrize("count, picked", [
    # no count of sessions before it; an ordinal past the count; a count of something else
    ("The delegation toured the port.", "The eighth was held in Shanghai in May last year."),
    ("The mechanism has met just six times since 2003, counting today's session.", "The eighth was held in Shanghai in May last year."),
    ("The two teams played eight matches in the session.", "The seventh was held in Shanghai in May last year."),
])
def test_no_session_without_a_count_that_holds_it(reference, count, picked):
    found = facts(reference, LEAD, count + " " + picked, published=DAY)
    assert told(found, 8) == set() and told(found, 7) == set()


def test_the_session_after_it_is_still_the_one_the_text_is_about(reference):
    found = facts(reference, LEAD, "The two sides have held nine plenary sessions. The eighth was held in Shanghai in May last year. "
                  "The plenary session was held in Hong Kong.", published=DAY)
    assert ("location", "hong-kong") in told(found, 9) and ("location", "hong-kong") not in told(found, 8)


def test_the_pattern_fails_fast_on_a_long_sentence():
    previous = [Sentence(index=0, paragraph=0, text="They held nine sessions " + "and more " * 2000)]
    text = "The eighth, " + "in in in " * 3000
    started = time.process_time()
    recounted(text, previous + [Sentence(index=1, paragraph=0, text=text)], 1)
    assert time.process_time() - started < 0.5


AHEAD = ("Officials prepared for the ninth plenary session of the Hong Kong/Shanghai Co-operation Conference, "
         "which will be held in Hong Kong next month.")


@pytest.mark.parametrize("sentence, expected", [
    ("The conference, first set up in 2003, last met in Shanghai in May last year, when the two sides signed 12 agreements.",
     {("startDate", "2030-05"), ("location", "shanghai")}),
    ("The Hong Kong/Shanghai Co-operation Conference last met in June 2029.", {("startDate", "2029-06")}),
])
def test_the_session_before_the_one_told_when_the_mechanism_last_met(reference, sentence, expected):
    assert told(facts(reference, AHEAD, sentence, published=DAY), 8) == expected


@pytest.mark.parametrize("paragraphs", [
    # no date; another city; no session told; a date after the session the text tells
    [AHEAD, "The conference last met to discuss tourism in Shanghai."],
    [AHEAD, "The conference last met in Beijing in May last year."],
    ["The Hong Kong/Shanghai Co-operation Conference is a platform.", "The conference last met in Shanghai in May last year."],
    [LEAD, "The conference last met in Hong Kong in May this year."],
])
def test_no_earlier_session_from_last_met(reference, paragraphs):
    assert told(facts(reference, *paragraphs, published=date(2030, 3, 4)), 8) == set()
