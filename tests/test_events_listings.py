"""Events in listing pages: a chronology's items under a year heading, and an event's organisers after its place.

Every line is invented; each kind has a near miss.
"""

from datetime import date

from conftest import cleaned_events

DAY = date(2036, 6, 30)

YEARS = """Chronology of co-operation (newest first)

2035
  ▸ 12-15 Apr  [RV]  Riverton Design Week in Shanghai, organised by the Riverton Port Council, at the
                     Shanghai Exhibition Center.
  ▸ Jan        [LT]  Lotus Trade Board annual review.

2033
  ▸ 5 Jan      [RV]  Harbour Logistics Forum, Shanghai, organised by the Lotus Trade Board.
"""


def test_a_year_heading_dates_the_items_under_it():
    from kg.text.clean import clean

    paragraphs = clean(YEARS, title="Chronology").paragraphs
    assert "12-15 Apr 2035: Riverton Design Week in Shanghai, organised by the Riverton Port Council, at the Shanghai " \
           "Exhibition Center." in paragraphs, paragraphs
    assert any(p.startswith("5 Jan 2033: Harbour Logistics Forum") for p in paragraphs), paragraphs


def test_an_item_is_dated_in_its_year_not_the_pages(reference):
    events = cleaned_events(reference, YEARS, title="Chronology", published=DAY)
    assert events["Riverton Design Week"]["start"] == ["2035-04-12"], events
    assert events["Riverton Design Week"]["organisers"] == {"riverton-port-council"}, events
    assert events["Harbour Logistics Forum"]["start"] == ["2033-01-05"], events


def test_prose_under_a_year_is_left_as_it_is():
    from kg.text.chronology import year_items

    assert year_items("2035", ["  The Riverton Design Week was held in April."]) is None
    assert year_items("April 2035", ["  ▸ 5 Jan  Forum held."]) is None


def test_a_month_and_year_are_no_part_of_the_name(reference):
    events = cleaned_events(reference, "12-15 April 2035: Riverton Design Week, at the Shanghai Exhibition Center.\n",
                            title="Diary", published=DAY)
    assert "Riverton Design Week" in events, events


def test_organisers_after_the_place_it_was_held_at(reference):
    body = ("The Harbour Logistics Forum was held at the Shanghai Exhibition Center today (June 30), jointly organised by "
            "the Riverton Port Council and the Lotus Trade Board.\n"
            "The Riverton Design Week in Shanghai, organised by the Riverton Port Council, opened today.\n")
    events = cleaned_events(reference, body, title="Release", published=DAY)
    assert events["Riverton Design Week"]["organisers"] == {"riverton-port-council"}, events
    assert events["Harbour Logistics Forum"]["organisers"] == {"riverton-port-council", "lotus-trade-board"}, events


def test_a_host_named_by_title_after_the_place_is_no_organiser(reference):
    body = "The Harbour Logistics Forum in Shanghai, hosted by the Chairman of the Riverton Port Council, opened today.\n"
    events = cleaned_events(reference, body, title="Release", published=DAY)
    assert events["Harbour Logistics Forum"]["organisers"] == set(), events


GRID = """List of follow-up actions

+------------+----------------------+--------------------------------+
| Meeting    | Subject              | Action                         |
+------------+----------------------+--------------------------------+
| 16.11.2034 | Riverton/            | (a) To report on the Harbour   |
|            | Lotus co-            | Logistics Forum organised by   |
|            | operation            | the Riverton Port Council in   |
|            |                      | Shanghai on 8 December 2034.   |
|            |                      |                                |
|            |                      | (b) To list the speakers.      |
+------------+----------------------+--------------------------------+
"""


def test_a_grid_table_is_read_down_its_columns(reference):
    from kg.text.clean import clean

    paragraphs = clean(GRID, title="List").paragraphs
    assert "Meeting: 16.11.2034 | Subject: Riverton/Lotus co-operation." in paragraphs, paragraphs
    assert "(a) To report on the Harbour Logistics Forum organised by the Riverton Port Council in Shanghai on 8 " \
           "December 2034." in paragraphs, paragraphs
    event = cleaned_events(reference, GRID, title="List", published=DAY)["Harbour Logistics Forum"]
    assert event["organisers"] == {"riverton-port-council"}, event


def test_rules_without_bordered_rows_are_no_grid():
    from kg.text.grid_tables import grid_tables

    text = "+------+------+------+\nThe forum was held.\n+------+------+------+"
    assert grid_tables(text) == text


def test_a_newsletters_bulleted_diary_is_kept():
    from kg.text.clean import clean

    page = ("Harbour News\n\nThe fair opened on Monday with 300 firms taking part.\n\nDIARY\n"
            "• 1 September: Breakfast with the Riverton Port Council\n"
            "• Later this year: the Riverton Design Week in Shanghai, organised by the Riverton Port Council\n")
    paragraphs = clean(page, title="Harbour News").paragraphs
    assert any(p.endswith("organised by the Riverton Port Council.") for p in paragraphs), paragraphs
    lone = clean("Harbour News\n\nThe fair opened.\n\n• Later this year: the Riverton Design Week\n", title="x").paragraphs
    assert "• Later this year: the Riverton Design Week." not in lone, lone  # one item alone is no diary



def test_every_bulleted_block_under_a_year_is_dated_in_it():
    from kg.text.chronology import dated_entries

    lines = ["2034", "  Highlights of the year:", "  ▸ Nov 5  [SH]  Lotus Fair opened.", "  ▸ [BJ]  Forum held,",
             "    in Beijing.", "", "2031", "- 3 Aug: Design Week.", "Closing line"]
    assert dated_entries(lines) == ["2034: Highlights of the year:", "Nov 5 2034: Lotus Fair opened.",
                                    "2034: Forum held, in Beijing.", "", "3 Aug 2031: Design Week.", "Closing line"]


def test_a_month_first_item_is_dated_in_its_year(reference):
    body = "Chronology\n\n2033\n  ▸ Jan 5  [SH]  Harbour Logistics Forum in Shanghai.\n\n2031\n  ▸ Apr 12  Riverton Design Week.\n"
    events = cleaned_events(reference, body, title="Chronology", published=DAY)
    assert events["Harbour Logistics Forum"]["start"] == ["2033-01-05"], events
