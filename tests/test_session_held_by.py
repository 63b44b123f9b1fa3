"""People who "held" a session are its co-chairs (kg.extract.session_people), as obituaries and features tell it.

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import pytest
from rdflib.namespace import SDO

from conftest import facts, tail

NAMED = "The Hong Kong/Shanghai Co-operation Conference met again this week."


def attendees(found, number: int) -> set[str]:
    return {tail(o) for s, p, o in found.triples if p == SDO.attendee and str(s).endswith(f"-{number}")}


def test_people_who_held_the_session(reference):
    found = facts(reference, NAMED, "It began on 3 May 2031, when then chief executive Leung Chun-ying and then mayor Yang Xiong "
                                    "held the conference's first plenary session.")
    assert attendees(found, 1) == {"leung-chun-ying", "yang-xiong"}


@pytest.mark.parametrize("sentence", [
    "Leung Chun-ying held the press conference after the first plenary session.",
    "Leung Chun-ying held talks with Yang Xiong before the first plenary session.",
])
def test_people_who_held_something_else(reference, sentence):
    assert attendees(facts(reference, NAMED, sentence), 1) == set()
