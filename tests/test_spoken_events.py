"""Events in spoken texts and the pages around them: a question-and-answer session is a part of the event it
closes, not an event (kg.extract.events, kg.extract.event_words.SEGMENT); a meeting told as had with someone ("I
have just had a very useful meeting with B"), or as the one a speaker comes from ("remarks by A after his meeting
with B"), is a meeting of both (kg.extract.talks).

Every sentence is invented; each kind has a near miss that must still give its event.
"""

from datetime import date

import pytest
from rdflib.namespace import RDFS, SDO

from conftest import facts


def labels(findings) -> set[str]:
    return {str(o) for (s, p, o) in findings.triples if p == RDFS.label and "/event/" in str(s)}


@pytest.mark.parametrize("text", [
    "The talk ended with a question-and-answer session.",
    "The panel closed with a lively question and answer session on Friday.",
    "The speakers then took part in a Q&A session with the students.",
    "Guests stayed on for a photo session after the ceremony.",
])
def test_a_question_and_answer_session_is_no_event(reference, text):
    assert not any("session" in label.lower() for label in labels(facts(reference, text, published=date(2031, 5, 9))))


def test_a_named_question_and_answer_session_is_an_event(reference):
    text = "The Mayor attended the Riverton Council's Question and Answer Session today."
    assert any("Question and Answer Session" in label for label in labels(facts(reference, text, published=date(2031, 5, 9))))


def test_a_briefing_session_is_still_an_event(reference):
    text = "The office held a briefing session for exporters on Friday."
    assert any(label.lower().startswith("briefing session") for label in labels(facts(reference, text, published=date(2031, 5, 9))))


def meetings(findings) -> dict[str, set[str]]:
    """Each meeting's label with its attendees' IRI tails."""
    out: dict[str, set[str]] = {}
    for (s, p, o) in findings.triples:
        if p == RDFS.label and "/event/meeting-" in str(s):
            out[str(o)] = {str(a).rsplit("/", 1)[-1] for (s2, p2, a) in findings.triples if s2 == s and p2 == SDO.attendee}
    return out


@pytest.mark.parametrize("text", [
    "Ms Wendy Lok had a very useful meeting with Mr Pieter Vos this morning.",
    "Ms Wendy Lok held a meeting with Mr Pieter Vos on Friday.",
    "Ms Wendy Lok spoke to reporters after her meeting with Mr Pieter Vos at the City Hall today.",
])
def test_a_meeting_told_by_its_noun_is_a_meeting_of_both(reference, text):
    found = meetings(facts(reference, text, published=date(2031, 5, 9)))
    assert list(found.values()) == [{"wendy-lok", "pieter-vos"}], found


def test_i_in_a_transcripts_turn_had_the_meeting(reference):
    found = meetings(facts(reference, "Following is the transcript of remarks by Ms Wendy Lok at a media session in "
                                      "Riverton today (May 9):", "Ms Wendy Lok: I have just had a very useful meeting "
                                      "with Mr Pieter Vos.", published=date(2031, 5, 9)))
    assert any({"wendy-lok", "pieter-vos"} <= people for people in found.values()), found


@pytest.mark.parametrize("text", [
    "Ms Wendy Lok hoped to have a meeting with Mr Pieter Vos next year.",
    "Ms Wendy Lok did not have a meeting with Mr Pieter Vos.",
    "Ms Wendy Lok said she had a meeting with Mr Pieter Vos.",
    "Ms Wendy Lok spoke to reporters before her meeting with Mr Pieter Vos.",
])
def test_a_meeting_hoped_for_denied_or_ahead_is_none(reference, text):
    assert meetings(facts(reference, text, published=date(2031, 5, 9))) == {}


def test_a_working_meeting_with_someone_is_read_once_as_the_named_meeting(reference):
    found = facts(reference, "Ms Wendy Lok held a working meeting with Mr Pieter Vos on Friday.", published=date(2031, 5, 9))
    assert meetings(found) == {}
    assert any(label.lower().startswith("working meeting") for label in labels(found))
