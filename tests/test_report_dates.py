"""An annual report's pages: the period in its header dates the page ("(for the year ended 31 December 2031; adopted
at the Annual General Meeting of 20 April 2032)"), so that its items' days without a year and its "in August" are of
that year; and each item's day in brackets after its name ("Charity Walk (11 December), Central: ...") is its start.
Invented pages; near misses: a header with no period, a date in brackets that says something else."""

from datetime import date

from kg.convert import convert

from conftest import cleaned_events, event_fields


def converted(tmp_path, body: str) -> dict[str, dict]:
    """Each event's fields in a page with no front matter, dated by what its body says alone."""
    path = tmp_path / "report.txt"
    path.write_text(body)
    return event_fields(convert(path))

HEADER = ("HARBOURSIDE TRADERS FEDERATION\nANNUAL REPORT 2031\n"
          "(for the year ended 31 December 2031; adopted at the Annual General Meeting of 20 April 2032)\n\n")
ITEMS = ("REVIEW OF ACTIVITIES 2031\n\nThe Federation's programme grew again in 2031.\n\n"
         "JANUARY\n  Spring Members' Luncheon (14 January), Harbour Hall: the Chairman reviewed the year with 80 members.\n\n"
         "DECEMBER\n  Members' Christmas Dinner (Saturday, 11 December), Harbour Hall: 200 members took part.\n")


def test_the_report_period_gives_the_year_of_its_items_days(tmp_path):
    found = converted(tmp_path, HEADER + ITEMS)
    assert found["Spring Members' Luncheon"]["start"] == {"2031-01-14"}
    assert found["Members' Christmas Dinner"]["start"] == {"2031-12-11"}


def test_without_a_period_the_items_have_no_year(tmp_path):
    found = converted(tmp_path, "HARBOURSIDE TRADERS FEDERATION\nANNUAL REPORT\n\n" + ITEMS)
    assert found.get("Spring Members' Luncheon", {}).get("start", set()) == set()


def test_a_full_date_in_brackets_dates_the_event_named_before_it(reference):
    found = cleaned_events(reference, "The Lotus Trade Fair (3 May 2031), Harbour Hall, drew 300 buyers.",
                           title="News", published=date(2031, 6, 1))
    assert found["Lotus Trade Fair"]["start"] == ["2031-05-03"]


def test_brackets_that_say_more_than_a_date_give_no_day(reference):
    found = cleaned_events(reference, "The Lotus Trade Fair (postponed from 3 May 2031) drew 300 buyers.",
                           title="News", published=date(2031, 6, 1))
    assert found.get("Lotus Trade Fair", {}).get("start", []) == []
