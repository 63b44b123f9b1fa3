"""Spoken texts: a transcript's short speaker labels ("Chief Executive:", "Interviewer:") name the turn's "I";
a caption's lead-in of the same shape is dropped (invented text, none from a document of the repository)."""

from conftest import event_attendees, event_starts, page_graph

from kg.text.clean import clean
from kg.text.turns import turn_labels

HEADING = ("Following is the transcript of remarks by the Chief Executive, Mr Alan Brookfield, at a media session in "
           "Riverton this afternoon (March 20):")


def test_a_transcripts_short_labels_stay_at_the_head_of_their_turns():
    body = f"{HEADING}\n\nChief Executive: Good afternoon. The talks went well.\n\nReporter: When is the next round?\n\n" \
           "Chief Executive: Next year.\n"
    paragraphs = clean(body).paragraphs
    assert "Chief Executive: Good afternoon. The talks went well." in paragraphs, paragraphs
    assert any(p.startswith("Reporter: When") for p in paragraphs), paragraphs


def test_a_captions_lead_in_is_still_dropped():
    body = "Deal sealed: Officials sign the pact in Riverton.\n\nWarm welcome: The Mayor greets the guests.\n"
    assert clean(body).paragraphs == ["Officials sign the pact in Riverton.", "The Mayor greets the guests."]
    assert turn_labels(["Title: A feed item.", "Description: More.", "Title: Another.", "Description: Again."]) == frozenset()


def test_the_speaker_of_a_short_label_is_i(tmp_path):
    body = (f"{HEADING}\n\nChief Executive: Good afternoon. Last night, I met the Mayor of Riverton, Mr Zhou Lianbo. "
            "We discussed trade.\n\nReporter: Did you meet anyone else?\n\nChief Executive: No. Thank you.\n")
    found = event_attendees(page_graph(tmp_path, body, title="Transcript of remarks by CE at media session"))
    meeting = next(people for label, people in found.items() if label.startswith("Meeting") and "Zhou" in label)
    assert meeting == {"alan-brookfield", "zhou-lianbo"}, found


def test_an_interviewers_i_is_nobody(tmp_path):
    body = ("Following is the transcript of an interview given by the Chief Executive, Mr Alan Brookfield, to a radio "
            "station, broadcast today (March 20):\n\nInterviewer: Last week I visited the Riverton Ferry Depot. Did you?\n\n"
            "Chief Executive: Not yet.\n")
    found = event_attendees(page_graph(tmp_path, body, title="Transcript of radio interview"))
    assert not any("alan-brookfield" in people for label, people in found.items() if "Depot" in label), found


SPEECH = ("Following is the speech by the Secretary for Tourism, Mr Alan Wexford, at a dinner jointly hosted by the "
          "Riverton Trade Council and the Harbour Shippers Association at the Lotus Garden Hotel in Riverton this evening "
          "(May 9):\n\nMayor Zhou Lianbo, distinguished guests, ladies and gentlemen,\n\nGood evening. It is a pleasure to be here.\n")


def test_a_speechs_occasion_told_by_its_kind_is_its_event(tmp_path):
    graph = page_graph(tmp_path, SPEECH, title="Speech by STour at dinner in Riverton", published="2031-05-09")
    found = event_attendees(graph)
    dinner = next(label for label in found if label.startswith("Dinner jointly hosted by"))
    assert {"alan-wexford", "zhou-lianbo"} <= found[dinner], found
    assert not any(label.lower().startswith("stour at") for label in found), found
    starts = {label: days for label, days in event_starts(graph).items() if label.startswith("dinner-jointly")}
    assert list(starts.values()) == [{"2031-05-09"}], starts


def test_a_named_occasion_is_not_told_twice(tmp_path):
    body = ("Following is the speech by the Secretary for Tourism, Mr Alan Wexford, at the Riverton Harbour Forum in "
            "Riverton today (May 9):\n\nGood morning. It is a pleasure to be here.\n")
    found = event_attendees(page_graph(tmp_path, body, title="Speech by STour at forum", published="2031-05-09"))
    assert [label for label in found if "alan-wexford" in found[label]] == ["Riverton Harbour Forum"], found
