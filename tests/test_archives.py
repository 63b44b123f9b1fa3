"""Pages kept by a web archive: the archive's banner and its capture dates over the page (invented text, each
with a near miss)."""

from datetime import date

from kg.text.archives import unarchived
from kg.text.clean import clean

SNAPSHOT = ("The Wayback Machine - https://web.archive.org/web/20360415083212/https://www.example.gov/p/2036/04/12.htm\n"
            "15 captures\n13 Apr 2036 - 30 Nov 2038\nApr MAY Jun\n15\n2035 2036 2037\nsuccess\nfail\n"
            "About this capture\nCOLLECTED BY\nCollection: Government websites crawl\n"
            "Home > Press Releases > April 2036\n\nSecretary meets Mayor\n\n"
            "The Secretary, Mr Alan Brookfield, met the Mayor of Eastport, Ms Ada Quell, today (April 12).\n\n"
            "Ends/Saturday, April 12, 2036\n")


def test_a_snapshot_reads_as_the_page_dated_by_its_own_date_not_its_captures():
    cleaned = clean(unarchived(SNAPSHOT))
    assert cleaned.title == "Secretary meets Mayor"
    assert cleaned.published == date(2036, 4, 12)
    assert cleaned.paragraphs == ["The Secretary, Mr Alan Brookfield, met the Mayor of Eastport, Ms Ada Quell, today (April 12)."]


def test_a_page_that_names_an_archive_lower_down_keeps_its_lines():
    text = "Talks held\n\n15\n\nThe papers are kept at web.archive.org, the Secretary said.\nsuccess\n"
    assert unarchived(text) == text
    today = ("archive.today\nwebpage capture\nSaved from https://www.example.gov/p/2036/04/12.htm\n15 Apr 2036 08:32:12 UTC\n"
             "All snapshots from host www.example.gov\n12 April 2036\nThe Secretary met the Mayor.\n15\n")
    assert unarchived(today) == "\n12 April 2036\nThe Secretary met the Mayor.\n15\n"
