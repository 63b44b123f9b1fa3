"""Who organised an event, said apart from its name (kg/extract/organisers.py): invented releases (none comes from a
document of the repository), each with a near miss. Supporters and sponsors are no organisers; co-organisers are."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
FAIR = "The Riverton Harbour Trade Fair opened at the Harbour Expo Centre today (May 6). "


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def test_after_a_clause_of_its_own_without_the_supporters(reference):
    body = FAIR + ("Running until May 12, the week-long promotion is jointly hosted by the Riverton Municipal Commission of "
                   "Commerce and the Lotus Trade Board, with the support of the Harbour Arts Office and the Eastern Ferry Bureau.\n")
    event = found(reference, body)["Riverton Harbour Trade Fair"]
    assert event["organisers"] == {"riverton-municipal-commission-of-commerce", "lotus-trade-board"}, event


def test_organisers_before_the_event_told_again(reference):
    body = FAIR + ("Jointly hosted by the Riverton Municipal Commission of Commerce together with the Lotus Trade Board, the "
                   "fair drew 300 firms.\n")
    event = found(reference, body)["Riverton Harbour Trade Fair"]
    assert event["organisers"] == {"riverton-municipal-commission-of-commerce", "lotus-trade-board"}, event


def test_a_co_organiser_is_an_organiser_a_sponsor_is_not(reference):
    body = FAIR + ("It is jointly organised by the Riverton Port Council and the Lotus Trade Board, and co-organised by the "
                   "Eastern Ferry Bureau, and sponsored by the Harbour Arts Office.\n")
    event = found(reference, body)["Riverton Harbour Trade Fair"]
    assert event["organisers"] == {"riverton-port-council", "lotus-trade-board", "eastern-ferry-bureau"}, event


def test_hosts_who_hold_it_with_another_body(reference):
    body = ("The Buildings Department (BD) and the Civil Aviation Department (CAD) jointly hosted the Harbour Safety Forum "
            "with the Airport Authority Hong Kong today (May 6) at the Harbour Expo Centre, with the support of the "
            "Architectural Services Department.\n")
    event = found(reference, body)["Harbour Safety Forum"]
    assert event["organisers"] == {"buildings-department", "civil-aviation-department", "airport-authority-hong-kong"}, event
