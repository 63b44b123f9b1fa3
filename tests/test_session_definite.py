"""A session headed on a line of its own, the page's "Date:" line, and "the plenary session" told after it
(kg.text.chronology, kg.extract.session_definite).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time
from datetime import date

import pytest
from rdflib.namespace import SDO

from kg.extract.session_definite import CHAIRED_BY, LED_TO, THE_SESSION
from kg.text.clean import clean

from conftest import facts

HEAD = "Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference."
DAY = date(2036, 10, 27)


def told(findings) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in findings.triples
            if "/session/" in str(s) and p in (SDO.startDate, SDO.location, SDO.attendee)}


@pytest.mark.parametrize("sentence, expected", [
    ("The plenary session was held in Hong Kong today.", {("startDate", "2036-10-27"), ("location", "hong-kong")}),
    ("The Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, led their delegations to the plenary session today.",
     {("startDate", "2036-10-27"), ("attendee", "john-lee-ka-chiu"), ("attendee", "gong-zheng")}),
    ("The plenary session was co-chaired by the Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng.",
     {("attendee", "john-lee-ka-chiu"), ("attendee", "gong-zheng")}),
])
def test_the_plenary_session_of_a_headed_text(reference, sentence, expected):
    assert told(facts(reference, HEAD, sentence, published=DAY)) == expected


@pytest.mark.parametrize("paragraphs", [
    # another body's plenary session; the next one; a text that told no numbered session
    [HEAD, "Mr John Lee spoke at the plenary session of the Riverton Forum in Shanghai today."],
    [HEAD, "Officials will prepare for the plenary session next year in Shanghai."],
    ["The Hong Kong/Shanghai Co-operation Conference is a platform.", "The plenary session was held in Hong Kong today."],
])
def test_no_facts_for_another_plenary_session(reference, paragraphs):
    assert told(facts(reference, *paragraphs, published=DAY)) == set()


def test_the_cleaner_keeps_a_session_heading_and_reads_the_date_line():
    cleaned = clean("Press release\nDate: 27 October 2036\n\nNinth Plenary Session of the Hong Kong/Shanghai Co-operation Conference\n\n"
                    "Riverton Forum Programme\n\nThe plenary session was held today.")
    assert cleaned.published == DAY
    assert cleaned.paragraphs == ["Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference.",
                                  "The plenary session was held today."]


def test_a_heading_with_words_before_a_session_of_the_mechanism_named_in_full_is_kept():
    kept = clean("Motions\n\nSeizing the opportunities of the Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference\n\n"
                 "Seizing the opportunities of the Ninth Plenary Session of the Riverton Forum\n\nThe debate began.").paragraphs
    assert kept == ["Seizing the opportunities of the Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference.",
                    "The debate began."]


def test_a_session_heading_that_is_the_title_stays_the_title_and_a_late_date_field_is_no_page_date():
    cleaned = clean("Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference\n\nOne.\n\nTwo.\n\nThree.\n\n"
                    "Date: 27 October 2036\n\nThe plenary session was held today.")
    assert cleaned.title == "Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference"
    assert cleaned.published is None


def test_the_patterns_fail_fast():
    text = "the plenary session" + " was co-chaired by Mr A," * 2000 + " x"
    started = time.perf_counter()
    THE_SESSION.search(text)
    CHAIRED_BY.match(text, len("the plenary session"))
    LED_TO.match(text + " led their delegations to ")
    assert time.perf_counter() - started < 0.05
