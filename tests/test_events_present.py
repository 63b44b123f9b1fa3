""""Also present ..." lines that name no event (kg/extract/event_facts.py): one right after "Also present at the
meeting were ..." is of that meeting, not of an event told in between. Invented releases, with a near miss."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
MET = ("The Secretary for Transport, Mr Peter Kwan, met the Director of the Shanghai Ferry Office, Mr Li Gang, at the Harbour Hotel this "
       "afternoon (May 6). Mr Kwan said he looked forward to the Lakeside Ferry Forum, to be held in Riverton next month.\n\n")


def attendees(reference, body: str) -> dict[str, set]:
    return {label: e["attendees"] for label, e in cleaned_events(reference, body, title="Release", published=DAY).items()}


def test_also_present_from_the_other_side_is_at_the_meeting_the_line_before_named(reference):
    body = MET + ("Also present at the meeting was the Director of Marine, Ms Joan Ho.\n\n"
                  "Also present from Shanghai was the Deputy Director of the Shanghai Ferry Office, Mr Wu Lan.\n")
    found = attendees(reference, body)
    meeting = next(people for label, people in found.items() if label.startswith("Meeting"))
    assert {"joan-ho", "wu-lan"} <= meeting, found
    assert not any("wu-lan" in people for label, people in found.items() if "Forum" in label), found


def test_also_present_after_another_sentence_is_of_the_event_last_told(reference):
    body = MET + ("Also present at the meeting was the Director of Marine, Ms Joan Ho.\n\n"
                  "Mr Kwan will also attend the Lakeside Ferry Forum, where he will speak on pilot training.\n\n"
                  "Also present from Shanghai was the Deputy Director of the Shanghai Ferry Office, Mr Wu Lan.\n")
    found = attendees(reference, body)
    meeting = next(people for label, people in found.items() if label.startswith("Meeting"))
    assert "joan-ho" in meeting and "wu-lan" not in meeting, found
