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


def test_keynote_speeches_at_the_event_named(reference):
    body = ("The Riverton-Lotus Finance Forum 2031 was held at the Harbour Expo Centre today (May 6). After a signing "
            "ceremony, Mr Arthur Penhallow and Ms Wen Liqing delivered keynote speeches at the Riverton-Lotus Finance "
            "Forum 2031.\n")
    event = found(reference, body)["Riverton-Lotus Finance Forum 2031"]
    assert {"arthur-penhallow", "wen-liqing"} <= event["attendees"], event


def test_officially_opened_by_and_joined_at_the_ribbon_cutting(reference):
    body = ("The Riverton Fashion Showcase 2031 opened today (May 6) at the Harbour Expo Centre.\n"
            "The showcase was officially opened by the Secretary for Commerce of Riverton, Mr Arthur Penhallow, and the "
            "Vice Mayor of Lotus, Ms Wen Liqing. They were joined at the ribbon-cutting by the Chairman of the Riverton "
            "Port Council, Mr Hugo Varga; and the Director of the Lotus Trade Board, Mr Qi Fang.\n")
    event = found(reference, body)["Riverton Fashion Showcase 2031"]
    assert {"arthur-penhallow", "wen-liqing", "hugo-varga", "qi-fang"} <= event["attendees"], event


def test_joined_on_a_visit_elsewhere_is_not_at_the_event(reference):
    body = ("The Riverton Fashion Showcase 2031 opened today (May 6) at the Harbour Expo Centre.\n"
            "Mr Arthur Penhallow was joined by Mr Hugo Varga on a visit to the Lotus Science Park in the afternoon.\n")
    event = found(reference, body)["Riverton Fashion Showcase 2031"]
    assert "hugo-varga" not in event["attendees"], event


def test_the_final_is_not_the_semi_final(reference):
    body = ("The Riverton Start-up Challenge 2031 held its grand final at the Harbour Expo Centre today (May 6). Twenty "
            "teams had competed in the semi-final of the Riverton Start-up Challenge 2031 in Lotus on April 16.\n"
            "The final was officiated by Mr Arthur Penhallow; and Ms Wen Liqing.\n")
    events = found(reference, body)
    semi = next(e for label, e in events.items() if "emi-final" in label)
    assert not {"arthur-penhallow", "wen-liqing"} & semi["attendees"], events


def test_presentations_given_by_speakers(reference):
    body = SEMINAR + ("Keynote presentations were given this afternoon by the Director of the Lotus Trade Board, Mr Qi Fang, "
                      "on port data, and by Professor Hannah Quill on shipping.\n")
    event = found(reference, body)["Riverton-Lotus Logistics Seminar 2031"]
    assert {"qi-fang", "hannah-quill"} <= event["attendees"], event


def test_presentations_on_a_visit_attend_no_visit(reference):
    body = ("The Vice Mayor of Lotus, Mr Zhou Ming, visited the Riverton Science Park today (May 6).\n"
            "Presentations were given by the park's staff, Ms Wen Liqing, on its start-ups.\n")
    for label, event in found(reference, body).items():
        assert "wen-liqing" not in event["attendees"] or not label.startswith("Visit"), (label, event)


def test_bodies_by_their_short_names_organised_the_event_named_after(reference):
    body = ("The Riverton Port Council (RPC) and the Lotus Trade Board (LTB) signed an arrangement today (May 6). In the "
            "afternoon, the RPC and the LTB jointly organised the Riverton-Lotus Shipping Seminar at the Harbour Expo "
            "Centre, with the support of the Eastern Ferry Bureau.\n")
    event = found(reference, body)["Riverton-Lotus Shipping Seminar"]
    assert event["organisers"] == {"riverton-port-council", "lotus-trade-board"}, event


def test_people_who_held_the_event_are_no_organisers(reference):
    body = ("In the afternoon, Mr Arthur Penhallow and Ms Wen Liqing jointly hosted the Riverton-Lotus Shipping Seminar at "
            "the Harbour Expo Centre today (May 6).\n")
    event = found(reference, body)["Riverton-Lotus Shipping Seminar"]
    assert event["organisers"] == set(), event
