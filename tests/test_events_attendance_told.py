"""Attendees and organisers told apart from the event's own clause (kg/extract/remarks.py, kg/extract/organisers.py):
invented releases (none comes from a document of the repository), each with a near miss."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
SEMINAR = ("The Riverton Port Council and the Lotus Trade Board jointly held the Riverton-Lotus Logistics Seminar 2031 "
           "at the Harbour Expo Centre today (May 6). ")


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def test_an_edition_year_and_an_abbreviation_do_not_hide_the_organisers(reference):
    body = ("More than 300 traders gathered at the Harbour Expo Centre today (May 6) for the Riverton Harbour Trade Fair "
            "2031, organised by the Riverton Port Council (RPC) and the Lotus Trade Board.\n")
    event = found(reference, body)["Riverton Harbour Trade Fair 2031"]
    assert event["organisers"] == {"riverton-port-council", "lotus-trade-board"}, event


def test_the_events_own_head_word_told_again_is_organised(reference):
    body = ("The Riverton Film Panorama 2031 opened at the Harbour Arts Centre today (May 6).\n"
            "The Panorama is organised by the Riverton Port Council and the Lotus Trade Board, in collaboration with the "
            "Eastern Ferry Bureau.\n")
    event = found(reference, body)["Riverton Film Panorama 2031"]
    assert event["organisers"] == {"riverton-port-council", "lotus-trade-board"}, event


def test_a_head_word_the_event_lacks_names_no_organiser(reference):
    body = ("The Riverton Film Panorama 2031 opened at the Harbour Arts Centre today (May 6).\n"
            "The Carnival is organised by the Riverton Port Council.\n")
    event = found(reference, body)["Riverton Film Panorama 2031"]
    assert event["organisers"] == set(), event


def test_people_who_gave_opening_remarks_attend_the_event_told(reference):
    body = SEMINAR + ("The Chairman of the Riverton Port Council, Mr Arthur Penhallow, and the Director of the Lotus Trade "
                      "Board, Ms Wen Liqing, gave opening remarks.\n")
    event = found(reference, body)["Riverton-Lotus Logistics Seminar 2031"]
    assert {"arthur-penhallow", "wen-liqing"} <= event["attendees"], event


def test_a_speech_recalled_elsewhere_attends_nothing(reference):
    body = SEMINAR + ("Mr Arthur Penhallow said he had delivered a keynote speech in Lotus last year.\n")
    event = found(reference, body)["Riverton-Lotus Logistics Seminar 2031"]
    assert "arthur-penhallow" not in event["attendees"], event


def test_one_who_told_the_seminar_attends_it(reference):
    body = SEMINAR + ("Professor Hannah Quill, director of the Riverton Institute of Logistics, told the seminar that the "
                      "two ports were complementary.\n")
    event = found(reference, body)["Riverton-Lotus Logistics Seminar 2031"]
    assert "hannah-quill" in event["attendees"], event


def test_also_addressing_the_seminar_were_a_list(reference):
    body = SEMINAR + ("Also addressing the seminar were Arthur Penhallow, Chairman of the Riverton Port Council; Wen "
                      "Liqing, Director of the Lotus Trade Board; and Hannah Quill, Director of the Riverton Institute of "
                      "Logistics.\n")
    event = found(reference, body)["Riverton-Lotus Logistics Seminar 2031"]
    assert {"arthur-penhallow", "wen-liqing", "hannah-quill"} <= event["attendees"], event


def test_guests_who_attended_among_them(reference):
    body = SEMINAR + ("Some 200 guests from the two ports attended, among them Arthur Penhallow, Chairman of the Riverton "
                      "Port Council; and Wen Liqing, Director of the Lotus Trade Board.\n")
    event = found(reference, body)["Riverton-Lotus Logistics Seminar 2031"]
    assert {"arthur-penhallow", "wen-liqing"} <= event["attendees"], event
