"""Sessions counted with the latest told ("had held six plenary sessions, the latest in Shanghai in November
2035"), and another conference's bare numbered plenary meetings on a page that named ours
(kg.extract.session_lists, kg.extract.session_others).

Every text is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from conftest import facts
from test_session_lists import FULL, sessions


@pytest.mark.parametrize("sentence, expected", [
    ("Since the Hong Kong/Shanghai Co-operation Conference was set up in 2003, the two sides had held six plenary "
     "sessions, the latest in Shanghai in November 2035, at which they agreed on 38 items.",
     {6: ({"2035-11"}, {"shanghai"})}),
    ("The Hong Kong/Shanghai Co-operation Conference has held seven sessions so far, the most recent one held in "
     "Hong Kong on 4 March 2036.", {7: ({"2036-03-04"}, {"hong-kong"})}),
])
def test_the_latest_of_the_sessions_counted(reference, sentence, expected):
    assert sessions(facts(reference, sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # meetings, not sessions; another body's sessions; a body under the mechanism
    "The Hong Kong/Shanghai Co-operation Conference has held seven meetings, the latest in Hong Kong in 2035.",
    "The Joint Conference had held 24 plenary sessions, the latest in Guangzhou in 2035.",
    "Its working groups have held nine sessions, the latest in Shanghai in May 2035.",
])
def test_no_latest_session_from_other_counts(reference, sentence):
    assert sessions(facts(reference, FULL, sentence)) == {}


def test_the_latest_count_fails_fast():
    from kg.extract.session_lists import LATEST
    text = "held six sessions, the latest" + " in" * 3000 + " x"
    started = time.perf_counter()
    LATEST.search(text)
    assert time.perf_counter() - started < 0.5


OTHERS = ("The Director co-chaired in Riverton a working meeting of the Eastland/Riverton Co-operation Joint "
          "Conference. The meeting reviewed the items agreed at the 24th Plenary Meeting of the Joint Conference, held "
          "in Riverton last September. It also discussed preparations for the 25th Plenary Meeting, which is expected "
          "to take place in Guangzhou later this year.")


def test_a_bare_plenary_meeting_after_another_conferences_is_theirs(reference):
    ours = ("The two sides agreed to prepare for the Seventh Plenary Session of the Hong Kong/Shanghai Co-operation "
            "Conference, to be held in Hong Kong in 2036.")
    assert set(sessions(facts(reference, ours, OTHERS))) == {7}


def test_our_plenary_meeting_with_no_other_conference_before_is_ours(reference):
    found = sessions(facts(reference, FULL, "The Sixth Plenary Meeting was held in Shanghai in November 2035."))
    assert found == {6: ({"2035-11"}, {"shanghai"})}
