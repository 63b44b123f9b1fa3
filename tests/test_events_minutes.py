"""Minutes of a meeting, read from an invented text (none comes from a document of the repository): an agenda
item ("Item 1: Confirmation of the minutes") is no event; an item named as an event is one."""

from datetime import date

from test_events_kinds import events as events_of
from test_events_notices import events

MINUTES = """Minutes of the Fourth Meeting

Item 1: Confirmation of the minutes of the third meeting

1.   The minutes of the third meeting were confirmed without amendment.

Item 2: Follow-up to the Ninth Plenary Session

2.   Members noted the progress of the items agreed at the Ninth Plenary Session.

Item 3: Riverton Harbour Youth Camp 2031

3.   Mr Hal Brody briefed members on the camp, to be held from 20 to 25 July 2031.

Item 4: Exchange programme for young teachers

4.   Members endorsed the plan.

Item 5: Any other business

5.   There being no other business, the meeting closed at 5 pm.
"""


def test_agenda_items_are_no_events_and_a_named_item_is_one(reference):
    found = events_of(reference, *[p.strip() for p in MINUTES.split("\n\n") if p.strip()], published=date(2031, 3, 18))
    assert "Riverton Harbour Youth Camp 2031" in found
    for label in ("Confirmation of the minutes of the third meeting", "Follow-up to the Ninth Plenary Session",
                  "Any other business", "Exchange programme for young teachers"):
        assert label not in found


def test_a_notices_event_lines_still_open_events(reference):
    body = "Event 1: Signing ceremony of the memorandum on river port logistics\n\nDate: May 12 (Tuesday)\n\nVenue: Kestrel Art Centre\n"
    found = events(reference, body, published=date(2031, 5, 8))
    assert found["Signing ceremony of the memorandum on river port logistics"]["start"] == ["2031-05-12"]
