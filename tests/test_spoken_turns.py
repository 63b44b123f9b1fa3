"""Spoken and question-and-answer texts: what a speaker says of a session's signing and of who was there.

"The two co-chairs" who witness a session's batch (kg.extract.session_batches); a speaker's aside ("which Mr A
mentioned") is no presence (kg.extract.patterns); a transcript's own press event told again in its caption
(kg.extract.itinerary); a media stand-up (kg.extract.transcripts); an official leaving for the city they serve goes
home (kg.extract.visit_links). Every sentence is invented; each kind has a near miss.
"""

from datetime import date

from conftest import event_fields, page_graph
from test_events_kinds import events

DAY = date(2031, 5, 9)
SESSION = ("Today, the Chief Executive, Mr Alan Brookfield, and the Mayor of Shanghai, Mr Zhou Lianbo, co-chaired the "
           "Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference in Hong Kong, attended by Vice Mayor "
           "Qian Meiling.")


def test_the_two_co_chairs_who_witnessed_a_batch_are_the_sessions_co_chairs(reference):
    found = events(reference, SESSION, "After the session, the two co-chairs witnessed the signing of 12 co-operation "
                   "documents.", published=DAY)
    assert found["Signing of 12 co-operation documents"]["attendees"] == {"alan-brookfield", "zhou-lianbo"}, found


def test_the_two_sides_who_witnessed_a_batch_name_no_one(reference):
    found = events(reference, SESSION, "After the session, the two sides witnessed the signing of 12 co-operation "
                   "documents.", published=DAY)
    assert found["Signing of 12 co-operation documents"]["attendees"] == set(), found


def test_who_mentioned_a_signing_did_not_witness_it(reference):
    found = events(reference, SESSION, "At the session, which Mr Victor Hallam mentioned, the two co-chairs witnessed "
                   "the signing of 12 co-operation documents.", published=DAY)
    assert "victor-hallam" not in found["Signing of 12 co-operation documents"]["attendees"], found


def test_who_witnessed_a_signing_after_a_mention_attends_it(reference):
    found = events(reference, "Mr Victor Hallam, who mentioned the forum, witnessed the signing of the Memorandum of "
                   "Understanding on Ferry Services today.", published=DAY)
    assert any("victor-hallam" in e["attendees"] for label, e in found.items() if label.startswith("Signing")), found


TRANSCRIPT = ("Following is the transcript of remarks by the Secretary for Tourism, Mr Alan Wexford, at a {kind} "
              "at the Central Government Offices today (March 20):\n\n"
              "Reporter: What came out of the talks?\n\nSecretary for Tourism: We agreed on a ferry plan.\n\n"
              "Reporter: When will it start?\n\nSecretary for Tourism: Next year.\n\n"
              "Photo caption: The Secretary for Tourism, Mr Alan Wexford, meets the media at the Central Government "
              "Offices today.\n")


def test_a_transcripts_caption_meeting_the_media_is_its_press_event(tmp_path):
    found = event_fields(page_graph(tmp_path, TRANSCRIPT.format(kind="press briefing"), title="Transcript of briefing"))
    assert "Press briefing" in found, found
    assert not any("media" in label.lower() for label in found), found


def test_a_media_stand_up_is_no_event(tmp_path):
    found = event_fields(page_graph(tmp_path, TRANSCRIPT.format(kind="media stand-up"), title="Transcript of stand-up"))
    assert not any("stand" in label.lower() for label in found), found


def test_meeting_the_media_outside_a_transcript_is_still_an_item(reference):
    found = events(reference, "Mr Alan Wexford will deliver the Budget on Wednesday.",
                   "He will then meet the media the next morning.", published=DAY)
    assert any("media" in label for label in found), found


def test_the_mayor_leaving_for_the_city_he_serves_was_visiting_the_other_one(reference):
    found = events(reference, "The Mayor of Shanghai, Mr Zhou Lianbo, will visit the Hong Kong Science Park tomorrow before "
                   "leaving for Shanghai.", published=DAY)
    assert "Visit of Zhou Lianbo to Hong Kong" in found, found
    assert "Visit of Zhou Lianbo to Hong Kong Science Park" not in found, found


def test_an_official_leaving_for_a_city_they_do_not_serve_is_not_going_home(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, will visit the Hong Kong Science Park tomorrow "
                   "before leaving for Shanghai.", published=DAY)
    assert "Visit of Alan Wexford to Hong Kong" not in found, found
