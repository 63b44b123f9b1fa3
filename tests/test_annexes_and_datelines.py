"""A paper's annex that lists agreements by name, a paper's section headed "LATEST PROGRESS", a company
release's dateline and an archive's stamp (kg.text.item_lists, kg.text.clean, kg.text.page_shapes).

Every text is invented; each kind has a near miss that must not give the fact.
"""

import time
from datetime import date

import pytest

from kg.text.clean import clean
from kg.text.item_lists import AGREEMENT_ITEM, agreement_line
from kg.text.page_shapes import place_dated

from conftest import facts
from test_agreements import agreements

ANNEX = """Annex

Agreements signed at past sessions

Ninth Plenary Session (4 March 2036)
1.  Memorandum of Understanding on Heritage Exchange between the Leisure Bureau and the Shanghai Municipal Heritage Administration
2.  Agreement on Co-operation in Staff Training between the Staff Bureau and the Shanghai Municipal Staff Bureau"""


def test_an_annexs_numbered_agreements_are_kept_and_read(reference):
    kept = clean(ANNEX).paragraphs
    assert any(p.startswith("1. Memorandum of Understanding on Heritage Exchange") for p in kept)
    found = agreements(facts(reference, *kept))
    assert {"Memorandum of Understanding on Heritage Exchange between the Leisure Bureau and the Shanghai Municipal "
            "Heritage Administration",
            "Agreement on Co-operation in Staff Training between the Staff Bureau and the Shanghai Municipal Staff "
            "Bureau"} <= set(found)


@pytest.mark.parametrize("line, listed", [
    ("1.  Memorandum of Understanding on Heritage Exchange between the Leisure Bureau and the Port Board", True),
    ("• Framework Agreement on Airport Co-operation between Riverton Airport and Eastfield Airport", True),
    ("(c) Letter of Intent on Youth Internships", True),
    # near misses: no agreement's name, a heading in lower case after its first word, no number or bullet
    ("1.  Progress of Hong Kong/Shanghai co-operation in culture", False),
    ("2. agreement on fares was reached by both sides", False),
    ("Memorandum of Understanding on Heritage Exchange between the Leisure Bureau and the Port Board", False),
])
def test_an_agreement_line(line, listed):
    assert agreement_line(line) is listed


def test_the_agreement_line_fails_fast():
    line = "1. Agreement " + "on, " * 3000 + "!"
    started = time.perf_counter()
    AGREEMENT_ITEM.match(line)
    assert time.perf_counter() - started < 0.5


def test_a_papers_latest_progress_heading_heads_no_sidebar():
    body = ("PURPOSE\n\nThis paper reports progress.\n\nLATEST PROGRESS\n\n"
            "(a) Finance: the two sides held a forum.\n\nAnnex\n\n"
            "1.  Memorandum of Understanding on Heritage Exchange between the Leisure Bureau and the Port Board")
    assert any(p.startswith("1. Memorandum") for p in clean(body).paragraphs)
    sidebar = ("The forum was held today.\n\nLatest news\n\n"
               "1. Memorandum of Understanding on Heritage Exchange between the Leisure Bureau and the Port Board signed")
    assert not any(p.startswith("1. Memorandum") for p in clean(sidebar).paragraphs)


@pytest.mark.parametrize("lines, day", [
    (["Shanghai, 19 October 2036 - The Riverton Port Authority today signed a memorandum."], date(2036, 10, 19)),
    (["Hong Kong, 20 August 2036"], date(2036, 8, 20)),
    (["Riverton, March 4, 2036 – Eastfield Group announced a merger."], date(2036, 3, 4)),
    # an archive's or an editor's stamp dates no publication; a dash that runs on in lower case is no dateline
    (["Archived, 1 January 2040"], None),
    (["Updated, 2 May 2036"], None),
    (["Shanghai, 19 October 2036 - and more"], None),
])
def test_place_and_date_lines(lines, day):
    assert place_dated(lines) == day
