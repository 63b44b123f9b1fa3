"""Officials, their posts and their attendance at a plenary session, in the shapes real HKSAR and Shanghai
releases use: "Also attending the plenary session from Hong Kong were ...", post-nominals and honorifics
("Ir Dr A, SBS, JP, Chairman of ..."), titles paired with names ("the Secretaries for A and for B, Mr X and
Ms Y, respectively"), and the session a transcript's speaker attended.

Every sentence is invented (places and people are made up or shuffled); each kind has a near miss.
"""

import pytest

from conftest import facts
from test_kinds import posts_of
from test_session_lists import attendees

HELD = "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Riverton on May 8, 2031."


# --- attendance said after the session, from one side ------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Also attending the plenary session were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Also attending the plenary session from Hong Kong were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Attending the session from Shanghai were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Attending from Shanghai were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
])
def test_those_attending_the_plenary_session_from_a_place(reference, sentence):
    assert attendees(facts(reference, HELD, sentence), 9) == {"bo-kettle", "cy-tambor"}


@pytest.mark.parametrize("sentence", [
    "Attending the banquet from Hong Kong were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Also attending the plenary session of the Riverton Youth Council were Mr Bo Kettle and Vice Mayor Cy Tambor.",
])
def test_those_attending_another_event_from_a_place_are_not_at_the_session(reference, sentence):
    assert attendees(facts(reference, HELD, sentence), 9) == set()
