"""A planned session dated by half a year: "in the second half of the year" (the year of publication), "in the
first half of 2038" (that year). Invented sentences; near misses: "the year" with no half before it."""

import datetime

from conftest import facts
from test_session_lists import sessions

OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."
DAY = datetime.date(2036, 5, 6)


def test_half_of_the_year_and_of_a_year_date_a_planned_session(reference):
    found = sessions(facts(reference, OURS, "The seventh plenary session will be held in Shanghai in the second half of the year.",
                           published=DAY))
    assert found[7] == ({"2036"}, {"shanghai"})
    found = sessions(facts(reference, OURS, "The seventh plenary session will be held in Shanghai in the first half of 2038.",
                           published=DAY))
    assert found[7] == ({"2038"}, {"shanghai"})


def test_the_year_with_no_half_gives_no_date(reference):
    found = sessions(facts(reference, OURS, "The seventh plenary session will be the highlight of the year for the city.",
                           published=DAY))
    assert found[7] == (set(), set())
