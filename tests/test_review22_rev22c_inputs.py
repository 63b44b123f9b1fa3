"""Review of the ev21 rules (events bodies hold named by their kind, sports games, signings referred back to,
upcoming-event sections): invented sentences of press releases on which a new rule gives a wrong fact (none from
a document of the repository)."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
MOU = ("The Hong Kong Monetary Authority and the Shanghai Financial Bureau today signed a Memorandum of Understanding "
       "on Fintech Co-operation.\n\n")


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def organisers(events: dict[str, dict]) -> set[str]:
    return {o for e in events.values() for o in e["organisers"]}


def signing(events: dict[str, dict]) -> dict:
    return next(e for label, e in events.items() if label.startswith("Signing of a Memorandum of Understanding on Fintech"))


def test_people_of_a_body_holding_an_event_are_not_a_body(reference):
    body = ("Representatives of the Education Bureau held a seminar on STEM education today at the Harbour Education "
            "Centre.\n\nMembers of the Legislative Council held a seminar on housing today.\n")
    events = found(reference, body)
    assert not {o for o in organisers(events) if o.startswith(("representatives-", "members-"))}, events


def test_the_day_after_what_a_seminar_is_on_is_not_in_its_label(reference):
    body = "The Education Bureau held a seminar on STEM education today at the Harbour Education Centre.\n"
    events = found(reference, body)
    assert not [label for label in events if label.endswith("today")], events
    assert events.get("Seminar on STEM education", {}).get("organisers") == {"education-bureau"}, events


def test_a_consultation_exercise_is_no_event(reference):
    body = "The Security Bureau held a public consultation exercise on the new bill today.\n"
    events = found(reference, body)
    assert not [label for label in events if "consultation" in label.lower()], events


def test_people_who_did_not_or_will_sign_the_mou_do_not_attend_its_signing(reference):
    for tail in ("Mr Eddie Yue and Mr Zhou Ming did not sign the MoU.", "Mr Eddie Yue and Mr Zhou Ming will sign the MoU.",
                 "Mr Eddie Yue and Mr Zhou Ming were unable to sign the MoU."):
        events = found(reference, MOU + tail + "\n")
        assert not signing(events)["attendees"] & {"eddie-yue", "zhou-ming"}, (tail, events)


def test_an_mou_signed_years_before_is_not_the_signing_told_today(reference):
    events = found(reference, MOU + "The MoU was signed by Mr Eddie Yue and Mr Zhou Ming in 2015.\n")
    assert not signing(events)["attendees"] & {"eddie-yue", "zhou-ming"}, events


def test_the_mou_signed_by_people_is_still_the_signing_told(reference):
    events = found(reference, MOU + "The MoU was signed by Mr Eddie Yue and Mr Zhou Ming.\n")
    assert signing(events)["attendees"] >= {"eddie-yue", "zhou-ming"}, events


def test_an_item_told_as_past_under_looking_ahead_is_not_ahead():
    from kg.text.ahead import ahead_paragraphs
    from kg.text.clean import clean

    body = "Looking ahead\n\nMarch 3: The Riverton Youth Forum was held at the Riverton Park with 300 students.\n"
    assert ahead_paragraphs(body, clean(body, title="Release").paragraphs) == set()
