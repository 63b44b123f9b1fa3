"""Bodies that sign a named agreement, with a later "the signing ceremony" that only refers back to it
(kg/extract/party_signings.py): one event named by the agreement, with the people told after; a signing
ceremony told as an event of its own stays the event (invented releases, each with a near miss)."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
SIGNED = ("The Riverton Harbour Board (RHB) and the Lakeside Ferry Institute (LFI) today (May 6) signed the "
          "Co-operation Agreement on Pilot Training at the Harbourfront Tower.\n\n"
          "The agreement was signed by the Chairman of the RHB, Mr Alan Tse, and the President of the LFI, Ms Wu Lan, "
          "and witnessed by the Secretary for Transport, Mr Peter Kwan.\n\n")


def signings(reference, body: str) -> dict[str, dict]:
    found = cleaned_events(reference, body, title="Release", published=DAY)
    return {label: e for label, e in found.items() if "igning" in label}


def test_speaking_at_the_signing_ceremony_refers_back(reference):
    found = signings(reference, SIGNED + "Speaking at the signing ceremony, Mr Tse said the pilots would train together.\n")
    assert list(found) == ["Signing of Co-operation Agreement on Pilot Training between Riverton Harbour Board (RHB) "
                           "and the Lakeside Ferry Institute (LFI)"], found
    (event,) = found.values()
    assert {"alan-tse", "wu-lan", "peter-kwan"} <= event["attendees"] and event["start"] == ["2031-05-06"], event


def test_a_caption_at_the_signing_ceremony_refers_back(reference):
    found = signings(reference, SIGNED + "[Photo] Mr Tse and Ms Wu at the signing ceremony today.\n")
    assert len(found) == 1 and next(iter(found)).startswith("Signing of Co-operation Agreement"), found


def test_a_signing_ceremony_told_as_its_own_event_is_the_event(reference):
    found = signings(reference, SIGNED + "A signing ceremony was held at the Harbourfront Tower, attended by Mr Tse.\n")
    assert not any(label.startswith("Signing of Co-operation Agreement") for label in found), found
    found = signings(reference, SIGNED + "Mr Tse and Ms Wu witnessed the signing ceremony of the agreement.\n")
    assert not any(label.startswith("Signing of Co-operation Agreement") for label in found), found


def test_a_ceremony_after_two_papers_signed_is_of_both(reference):
    body = ("After the meeting, the Riverton Harbour Board and the Lakeside Ferry Institute signed a memorandum of "
            "understanding on pilot training, while the Riverton Tourism Board and the Lakeside Travel Council signed "
            "an agreement on joint tours. Mr Alan Tse and Ms Wu Lan attended the signing ceremony at the Harbourfront "
            "Tower.\n")
    found = signings(reference, body)
    assert not any(label.startswith("Signing of a memorandum") for label in found), found
