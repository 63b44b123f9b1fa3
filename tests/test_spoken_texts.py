"""Spoken texts: a speech's occasion told by its kind is its event; what a question asks is not told (invented
text, none from a document of the repository)."""

from datetime import date

from conftest import event_attendees, event_starts, page_graph
from test_events_kinds import events

SPEECH = ("Following is the speech by the Secretary for Tourism, Mr Alan Wexford, at a dinner jointly hosted by the "
          "Riverton Trade Council and the Harbour Shippers Association at the Lotus Garden Hotel in Riverton this evening "
          "(May 9):\n\nMayor Zhou Lianbo, distinguished guests, ladies and gentlemen,\n\nGood evening. It is a pleasure to be here.\n")
DAY = date(2031, 5, 9)


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


def test_a_meeting_a_question_asks_about_is_not_held(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, answered questions today (May 9).",
                   "President, will the Secretary tell us whether he met Riverton officials after the forum?",
                   "Yesterday the Secretary met the Riverton Port Council officials.", published=DAY)
    assert not any("Riverton officials" in label for label in found), found
    assert any("Port Council" in label for label in found), found


def test_what_question_keeps_the_event_it_names(reference):
    found = events(reference, "What is the Riverton Design Week 2031?", "It is a fair held in Riverton every May.",
                   published=DAY)
    assert any(label.startswith("Riverton Design Week") for label in found), found



def test_an_officials_visit_is_named_by_the_short_name_the_reference_lists(reference):
    found = events(reference, "The Chief Executive, Mr John Lee, visited Shanghai today (May 9).", published=DAY)
    assert "Visit of John Lee to Shanghai" in found, found
