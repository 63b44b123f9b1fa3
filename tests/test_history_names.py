"""The mechanism's former name "until" a year, the body it "replaced", "it was formerly known as", and "It" answering
a question about it (kg.extract.history_names, history.after_the_mechanism).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from kg.extract.history_names import FORMERLY_KNOWN, FOUNDED_AS, FOUNDED_OLD, KNOWN_FROM, REPLACED, UNTIL, UNTIL_FRONT

from conftest import facts
from test_history import history

OLD = "Hong Kong/Shanghai Economic and Trade Co-operation Conference"
NEW = "Hong Kong/Shanghai Co-operation Conference"
FULL = f"The {NEW} met today."


@pytest.mark.parametrize("paragraphs, expected", [
    ([FULL, f"It was known as the {OLD} until 2036."], {("former", OLD), ("renamed", "2036")}),
    ([FULL, f"Until 2036, the mechanism was called the {OLD}."], {("former", OLD), ("renamed", "2036")}),
    ([f"The {NEW}, which replaced the {OLD} in March 2036, met today."], {("former", OLD), ("renamed", "2036-03")}),
    ([f"The {OLD} was succeeded by the {NEW}."], {("former", OLD)}),
    ([FULL, f"The Conference was launched in 2031 and renamed in 2036; it was formerly known as the {OLD}."],
     {("created", "2031"), ("former", OLD), ("renamed", "2036")}),
    # "will be known from that day as", after the session that decided it
    ([f"The {OLD} met in 2031.", "The third plenary session was held in Shanghai in May 2036.",
      f"The two sides agreed that the Conference would be known from that day as the {NEW}."], {("former", OLD), ("renamed", "2036-05")}),
    # founded under the old name; set up then, as the old name
    ([FULL, f"Back then, the two cities founded the {OLD}."], {("former", OLD)}),
    ([f"Ties are steered by a mechanism set up in 2031 as the {OLD}."], {("created", "2031"), ("former", OLD)}),
    # a timeline's line with the day first
    ([f"27 October 2031: The {OLD} is set up."], {("created", "2031-10-27"), ("former", OLD)}),
    # a FAQ: "It" answers a question about the mechanism
    ([f"When was the {NEW} set up?", "It was set up in October 2031."], {("created", "2031-10")}),
])
def test_former_names_and_answers(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", [
    # another body's predecessor; the same name in another spelling
    ["The Riverton Trade Council replaced the Riverton Trade Board in 2036."],
    [f"The {NEW} replaced the Shanghai-Hong Kong Cooperation Conference in 2036."],
    # "It" after a sentence about something else; a question about another body
    ["The Riverton Trade Council met today.", f"It was known as the {OLD} until 2036."],
    ["When was the Riverton Trade Council set up?", "It was set up in October 1966."],
    # founded under the name it has now; another body set up as something
    [f"Back then, the two cities founded the {NEW}."],
    ["The Riverton Trade Council was set up in 1966 as a club."],
    # a forum's new name, though the mechanism was named before
    [FULL, "The two sides agreed that the forum would be known from that day as the Riverton Forum."],
    # the mechanism replaced nothing: its session replaced another meeting
    [FULL, "The session replaced the Riverton Trade Board's annual dinner in 2036."],
])
def test_no_former_name_of_another_body(reference, paragraphs):
    assert history(facts(reference, *paragraphs)) == set()


def test_the_patterns_fail_fast():
    text = "⟦conf:0⟧" + " was known as the" * 3000 + " x"
    started = time.perf_counter()
    for pattern in (UNTIL, UNTIL_FRONT, REPLACED, FORMERLY_KNOWN, FOUNDED_OLD, FOUNDED_AS, KNOWN_FROM):
        pattern.search(text)
    assert time.perf_counter() - started < 0.05
