"""Sessions in a chronology's lines, each after its date ("27 October 2031: First Plenary Session, Shanghai").

Every line is invented; each kind has a near miss that must give nothing (or nothing more).
"""

import time

import pytest

from kg.text.clean import clean
from kg.extract.session_chronology import LINE

from conftest import facts
from test_session_lists import sessions

LEAD = "The Hong Kong/Shanghai Co-operation Conference has held these plenary sessions:"


@pytest.mark.parametrize("lines, expected", [
    (["27 October 2031: First Plenary Session, Shanghai.", "5 January 2034: Second Plenary Session, Hong Kong."],
     {1: ({"2031-10-27"}, {"shanghai"}), 2: ({"2034-01-05"}, {"hong-kong"})}),
    (["2031-10-27 | First Plenary Session | Shanghai.", "2034-01 | Second Plenary Session | Hong Kong."],
     {1: ({"2031-10-27"}, {"shanghai"}), 2: ({"2034-01"}, {"hong-kong"})}),
    (["October 2031 – First Plenary Session (Shanghai).", "2034: Second Plenary Session, held in Hong Kong."],
     {1: ({"2031-10"}, {"shanghai"}), 2: ({"2034"}, {"hong-kong"})}),
])
def test_a_chronology_dates_and_places_each_session(reference, lines, expected):
    assert sessions(facts(reference, LEAD, *lines)) == expected


@pytest.mark.parametrize("lines", [
    # another body's sessions; a chronology with the mechanism never named
    ["The Riverton Trade Council has held these meetings:", "2031: First plenary session of the Riverton Trade Council, Shanghai."],
    ["Milestones:", "27 October 2031: First Plenary Session, Shanghai."],
])
def test_no_session_of_another_body_or_an_unnamed_one(reference, lines):
    assert sessions(facts(reference, *lines)) == {}


def test_a_later_cell_that_is_no_city_gives_no_place(reference):
    found = sessions(facts(reference, LEAD, "2031: First Plenary Session, Shanghai officials proposed twelve items."))
    assert found == {1: ({"2031"}, set())}


def test_the_cleaner_keeps_a_chronology_line_and_no_other_dated_line():
    kept = clean("Milestones\n\n27 October 2031: First Plenary Session, Shanghai\n2034-01-05 | Second Plenary Session | Hong Kong\n"
                 "2035: Ribbon cutting\n\nThe end.").paragraphs
    assert kept == ["27 October 2031: First Plenary Session, Shanghai.", "2034-01-05 | Second Plenary Session | Hong Kong.", "The end."]


def test_the_line_pattern_fails_fast():
    text = "2031: First plenary session" + " of the" * 5000 + "!"
    started = time.perf_counter()
    LINE.match(text)
    assert time.perf_counter() - started < 0.05
