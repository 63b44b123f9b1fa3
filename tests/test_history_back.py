"""The mechanism's founding told of it by a back reference ("The mechanism began in 2031 as ...") or in
apposition ("the X, a forum set up in 2031 that ..."). Invented sentences; each kind has a near miss."""

import time

import pytest

from kg.extract.history_back import APPOSED, BACK

from conftest import facts
from test_history import history

NAMED = "Mayor Lin and Chief Executive Wong met at the Hong Kong/Shanghai Co-operation Conference last week."


@pytest.mark.parametrize("sentence, day", [
    ("The mechanism began in 2031 as a forum on trade and was widened in 2036.", "2031"),
    ("That mechanism was set up on 27 October 2031, when the two leaders held its first plenary session.", "2031-10-27"),
    ("This conference mechanism has been running since 2031 and it is our widest platform with the city.", "2031"),
])
def test_a_back_reference_dates_the_founding(reference, sentence, day):
    assert ("created", day) in history(facts(reference, NAMED, sentence))


def test_an_apposition_dates_the_founding(reference):
    sentence = ("The gathering was the ninth session of the Hong Kong-Shanghai Co-operation Conference, a "
                "government-to-government forum set up in 2031 that has met every two years since.")
    assert ("created", "2031") in history(facts(reference, sentence))


@pytest.mark.parametrize("paragraphs", [
    # the date is not the verb's own; the subject is another mechanism; no mechanism named before
    [NAMED, "The mechanism began to look at healthcare in 2036."],
    [NAMED, "The tourism mechanism was set up in 2033 by the two bureaux."],
    ["The mechanism began in 2031 as a forum on trade."],
    ["The gathering was the ninth session of the Hong Kong-Shanghai Co-operation Conference, which a think tank "
     "set up in 2031 had proposed."],
])
def test_no_founding_from_a_near_miss(reference, paragraphs):
    assert not any(kind == "created" for kind, _ in history(facts(reference, *paragraphs)))


def test_the_patterns_fail_fast_on_long_lines():
    line = "The mechanism was " + "set up " * 2000 + "x"
    start = time.perf_counter()
    BACK.match(line)
    APPOSED.search("⟦conf:0⟧, a " + "forum " * 3000 + "x")
    assert time.perf_counter() - start < 0.5
