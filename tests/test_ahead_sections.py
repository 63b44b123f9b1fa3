"""A section of coming events (kg/text/ahead.py): its items' days with no year are ahead of the publication
date; the text stays as written. Invented pages, each with a near miss."""

from conftest import event_starts, page_graph

ITEMS = "May 21: Riverton Youth Forum, at the Riverton Park\nJune 3: Riverton Design Week, at the Riverton Stadium\n"


def starts(tmp_path, body: str) -> dict[str, set[str]]:
    return event_starts(page_graph(tmp_path, body, title="Riverton notes", published="2036-03-20"))


def test_the_items_of_an_upcoming_events_section_are_ahead(tmp_path):
    found = starts(tmp_path, "Upcoming events\n\n" + ITEMS)
    assert {"2036-05-21"} in found.values() and {"2036-06-03"} in found.values(), found


def test_a_past_list_or_prose_after_the_heading_keeps_its_past(tmp_path):
    assert {"2035-05-21"} in starts(tmp_path, "Highlights\n\n" + ITEMS).values()
    body = "What's coming?\n\nThe Riverton Youth Forum was held at the Riverton Park on May 21.\n"
    assert {"2035-05-21"} in starts(tmp_path, body).values()


def test_the_section_ends_at_the_first_line_that_is_no_item():
    from kg.text.ahead import ahead_paragraphs
    body = "Coming up\n\nMay 21: Riverton Youth Forum.\nThe forum was held on May 1.\nJune 3: Riverton Design Week.\n"
    paragraphs = ["May 21: Riverton Youth Forum.", "The forum was held on May 1.", "June 3: Riverton Design Week."]
    assert ahead_paragraphs(body, paragraphs) == {0}
    assert ahead_paragraphs(body.replace("Coming up", "Programme"), paragraphs) == set()
