"""Signings by bodies told once and referred back to, and the venues they are signed at (kg/extract/signing_refs.py):
invented releases of the kind a public body issues, each with a near miss."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
SIGNED = ("The Riverton Harbour Board (RHB) and the Lakeside Ferry Institute (LFI) today signed a Memorandum of "
          "Understanding on Pilot Training and Vessel Safety (the MoU) at the RHB's offices at Harbourfront Tower. "
          "The signing was witnessed by the Secretary for Transport, Mr Peter Kwan.\n\n")


def signings(reference, body: str) -> dict[str, dict]:
    found = cleaned_events(reference, body, title="Release", published=DAY)
    return {label: e for label, e in found.items() if label.startswith("Signing")}


def test_the_mou_signed_by_people_is_the_signing_told(reference):
    body = SIGNED + ("The MoU was signed by Mr Alan Tse, Chairman of the RHB, and Ms Wu Lan, President of the LFI. "
                     "Also present were Ms Joan Ho and Mr Li Gang.\n")
    found = signings(reference, body)
    assert len(found) == 1, found
    (event,) = found.values()
    assert {"alan-tse", "wu-lan", "joan-ho", "li-gang", "peter-kwan"} <= event["attendees"], event


def test_a_caption_signing_the_same_kind_of_paper_is_the_signing_told(reference):
    body = SIGNED + "Photo caption: Mr Alan Tse (right) and Ms Wu Lan (left) sign the MoU, witnessed by Mr Peter Kwan.\n"
    found = signings(reference, body)
    assert len(found) == 1, found
    assert {"alan-tse", "wu-lan", "peter-kwan"} <= next(iter(found.values()))["attendees"]


def test_a_paper_of_another_kind_or_an_indefinite_one_is_another_signing(reference):
    body = SIGNED + ("Later, Mr Alan Tse and Ms Wu Lan signed the Framework Agreement on Ferry Safety. "
                     "The two bodies also signed a co-operation agreement on crew training yesterday.\n")
    found = signings(reference, body)
    assert any("Framework Agreement" in label for label in found), found
    memorandum = next(e for label, e in found.items() if "Memorandum" in label)
    assert "alan-tse" not in memorandum["attendees"], found


def test_a_bare_signing_ceremony_is_no_paper_to_refer_back_to(reference):
    body = ("Before the signing ceremony, the two sides held a working meeting.\n\n"
            "Mr Alan Tse and Ms Wu Lan sign the co-operation arrangement in Riverton today.\n")
    found = signings(reference, body)
    assert any("arrangement" in label for label in found), found


def test_bodies_sign_at_a_named_venue(reference):
    found = signings(reference, SIGNED)
    assert [e["places"] for e in found.values()] == [{"harbourfront-tower"}], found
    body = ("The Riverton Airport Authority (RAA) and the Lakeside Airport Group (LAG) today (May 6) signed a "
            "Co-operation Agreement on Cargo Handling at the Riverton International Airport.\n")
    assert [e["places"] for e in signings(reference, body).values()] == [{"riverton-international-airport"}]


def test_a_body_signed_at_is_no_venue(reference):
    body = ("The Riverton Harbour Board (RHB) and the Lakeside Ferry Institute (LFI) today signed a Memorandum of "
            "Understanding on Pilot Training at the invitation of the Riverton Shipping Council.\n")
    found = signings(reference, body)
    assert all(not e["places"] for e in found.values()), found


def test_parties_signing_at_a_venue_in_a_city_on_a_day_is_a_signing_there(reference):
    body = ("The Riverton Harbour Board and the Shanghai Ferry Bureau signed a Co-operation Arrangement on River Pilotage "
            "at the Riverside Hall in Shanghai on Tuesday (May 6).\n")
    found = signings(reference, body)
    assert len(found) == 1, found
    (event,) = found.values()
    assert event["start"] == ["2031-05-06"] and {"riverside-hall", "shanghai"} <= event["places"], event


def test_parties_signing_at_a_venue_they_only_plan_is_no_signing(reference):
    body = ("The Riverton Harbour Board said it hoped the two sides signed a Co-operation Arrangement on River Pilotage "
            "at the Riverside Hall in Shanghai some day.\n")
    assert signings(reference, body) == {}
