"""A session held "here" (the dateline's city) or "in the city", said around its name (kg.extract.session_here).

Every sentence is invented; each kind has a near miss that must give no place.
"""

import time
from datetime import date

import pytest

from kg.extract.session_here import AFTER, BEFORE

from conftest import facts
from test_session_lists import sessions

DAY = date(2036, 10, 27)


@pytest.mark.parametrize("lede, number, place", [
    ("HONG KONG, Oct 27 - The Hong Kong/Shanghai Co-operation Conference held its ninth plenary session here today.", 9, "hong-kong"),
    ("SHANGHAI, Oct 27 - The tenth plenary session of the Hong Kong/Shanghai Co-operation Conference opened here on Monday.", 10, "shanghai"),
    ("SHANGHAI, Oct 27 - The Hong Kong/Shanghai Co-operation Conference met in the city today for its eleventh plenary session.", 11, "shanghai"),
    ("HONG KONG, Oct 27 - Officials of the Hong Kong/Shanghai Co-operation Conference met here on Monday for the twelfth plenary session.", 12, "hong-kong"),
])
def test_here_and_the_city_place_the_session(reference, lede, number, place):
    assert place in sessions(facts(reference, lede, published=DAY))[number][1]


@pytest.mark.parametrize("lede, number", [
    # no dateline: "here" is nowhere the text says
    ("The Hong Kong/Shanghai Co-operation Conference held its ninth plenary session here today.", 9),
    # "here" is where someone spoke, not where the session was
    ("HONG KONG, Oct 27 - Speaking here today, the Mayor recalled the tenth plenary session of the Hong Kong/Shanghai "
     "Co-operation Conference.", 10),
    # the city met for something else than the session
    ("SHANGHAI, Oct 27 - Officials met in the city today for talks on the eleventh plenary session of the Hong Kong/Shanghai "
     "Co-operation Conference.", 11),
])
def test_no_place_where_here_is_not_the_session_s(reference, lede, number):
    assert sessions(facts(reference, lede, published=DAY))[number][1] == set()


def test_the_patterns_fail_fast():
    text = "⟦place:0⟧, Oct 27 - The session" + " was" * 3000 + " there"
    started = time.perf_counter()
    AFTER.match(text, text.index(" was"))
    BEFORE.search(text, 0, len(text))
    assert time.perf_counter() - started < 0.05
