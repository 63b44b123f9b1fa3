"""Events in spoken texts and the pages around them: a question-and-answer session is a part of the event it
closes, not an event (kg.extract.events, kg.extract.event_words.SEGMENT).

Every sentence is invented; each kind has a near miss that must still give its event.
"""

from datetime import date

import pytest
from rdflib.namespace import RDFS

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
