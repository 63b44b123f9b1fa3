"""Speeches and transcripts in the first person, read from invented sentences (none comes from a document of
the repository): "we", "our delegation" and "I" are the speaker the heading or the speaker line names."""

from datetime import date

from test_events_kinds import events

SPEECH = "Following is the speech by the Secretary for Tourism, Mr Alan Wexford, at the Riverside Logistics Forum today (May 9):"
TRANSCRIPT = ("Following is the transcript of remarks by the Secretary for Tourism, Mr Alan Wexford, at a media session "
              "in Shanghai today (May 9):")
DAY = date(2031, 5, 9)


def test_our_delegation_and_we_in_a_speech_are_the_speaker(reference):
    found = events(reference, SPEECH, "Yesterday, our delegation called on the Eastern Harbour Authority.",
                   "This morning, we visited the Lotus Container Terminal.",
                   "We also attended the Harbour Innovation Expo in Pudong yesterday.", published=DAY)
    assert found["Calls on the Eastern Harbour Authority"]["attendees"] == {"alan-wexford"}
    assert found["Calls on the Eastern Harbour Authority"]["start"] == ["2031-05-08"]
    assert found["Visit to the Lotus Container Terminal"]["attendees"] == {"alan-wexford"}
    assert found["Harbour Innovation Expo"]["attendees"] == {"alan-wexford"}


def test_we_in_a_release_with_no_speaker_is_nobody(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, arrived in Shanghai today (May 9).",
                   "Yesterday, our delegation called on the Eastern Harbour Authority.",
                   "They also attended the Harbour Innovation Expo in Pudong.", published=DAY)
    assert found["Calls on the Eastern Harbour Authority"]["attendees"] == set()
    assert found["Harbour Innovation Expo"]["attendees"] == set()


def test_they_in_a_speech_is_not_the_speaker(reference):
    found = events(reference, SPEECH, "Yesterday, they called on the Eastern Harbour Authority.", published=DAY)
    assert found.get("Calls on the Eastern Harbour Authority", {"attendees": set()})["attendees"] == set()


def test_a_transcripts_speaker_line_names_who_i_is(reference):
    found = events(reference, TRANSCRIPT, "Reporter: Yesterday I visited the Eastern Ferry Depot, did you?",
                   "Secretary for Tourism: This morning I visited the Lotus Container Terminal.",
                   "Yesterday our delegation called on the Eastern Harbour Authority.", published=DAY)
    assert found["Visit to the Lotus Container Terminal"]["attendees"] == {"alan-wexford"}
    assert found["Calls on the Eastern Harbour Authority"]["attendees"] == {"alan-wexford"}
    assert found.get("Visit to the Eastern Ferry Depot", {"attendees": set()})["attendees"] == set()


def test_a_questioners_line_does_not_silence_the_speech_after_it(reference):
    found = events(reference, SPEECH, "Question: Did you see the port?",
                   "Answer follows. This morning, I visited the Lotus Container Terminal.", published=DAY)
    assert found["Visit to the Lotus Container Terminal"]["attendees"] == {"alan-wexford"}


def test_a_label_that_names_nobody_changes_nothing(reference):
    found = events(reference, SPEECH, "Venue: the Riverside Hall.", "This morning, I visited the Lotus Container Terminal.",
                   published=DAY)
    assert found["Visit to the Lotus Container Terminal"]["attendees"] == {"alan-wexford"}
