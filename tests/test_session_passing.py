"""Sessions a text names in passing, in a report of something else: a day counted from the publication's year
("held on August 21 last year"), and the meeting the text tells that is not the session it prepares for."""

from datetime import date

import pytest
from rdflib.namespace import SDO

from conftest import facts

from kg.extract.dates import find_dates


@pytest.mark.parametrize("text, expected", [
    ("The session was held in Hong Kong on August 21 last year.", "2018-08-21"),
    ("It opened on 27 October last year in Shanghai.", "2018-10-27"),
    ("The forum is to open on May 1 next year.", "2020-05-01"),
    ("They signed it on January 5 this year.", "2019-01-05"),
])
def test_a_day_in_a_year_counted_from_the_publication(text, expected):
    assert [str(d.start) for d in find_dates(text, date(2019, 7, 12))] == [expected]


def test_a_day_then_a_new_clause_about_last_year_is_this_years_day():
    found = [str(d.start) for d in find_dates("They met on August 21. Last year they met in May.", date(2019, 9, 12))]
    assert found[0] == "2019-08-21"


def attendees(found) -> set[tuple[str, str]]:
    return {(str(s).rsplit("-", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in found.triples
            if "/session/" in str(s) and p == SDO.attendee}


COMMITTEE = ("The Secretary for Commerce and Economic Development, Mr Carl Wong, chaired the second meeting of the Joint "
             "Task Group on Hong Kong/Shanghai Co-operation today to review the preparations for the Ninth Plenary Session "
             "of the Hong Kong/Shanghai Co-operation Conference.")
HELD = "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today."
ATTENDING = "Attending the meeting were the Director-General of Trade, Ms Mary Lo, and the Commissioner for Tourism, Mr Ben Ho."
FOLLOW_UP = ("The arrangement follows up the Eighth Plenary Session of the Hong Kong/Shanghai Co-operation Conference, held in "
             "Hong Kong last year.")
WORKING = "Before the signing, the two sides held a working meeting."
JOINING = "Joining Mr Ben Ho at the meeting were the Deputy Director of Trade, Ms Mary Lo, and Mr Alan Ng."


@pytest.mark.parametrize("paragraphs", [(COMMITTEE, ATTENDING), (FOLLOW_UP, WORKING, JOINING), (HELD, WORKING, ATTENDING)])
def test_the_meeting_after_another_meeting_is_not_the_session(reference, paragraphs):
    assert attendees(facts(reference, *paragraphs, published=date(2027, 3, 4))) == set()


@pytest.mark.parametrize("paragraphs, number", [((HELD, ATTENDING), "9"), ((WORKING, FOLLOW_UP, JOINING), "8")])
def test_the_meeting_of_a_text_that_tells_the_session_is_the_session(reference, paragraphs, number):
    found = attendees(facts(reference, *paragraphs, published=date(2027, 3, 4)))
    assert (number, "mary-lo") in found


def test_who_chairs_a_meeting_to_prepare_for_a_session_does_not_attend_it(reference):
    assert attendees(facts(reference, COMMITTEE, published=date(2027, 3, 4))) == set()
    held = "Mr Carl Wong chaired the Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference in Shanghai today."
    assert ("9", "carl-wong") in attendees(facts(reference, held, published=date(2027, 3, 4)))


def test_the_other_meeting_pattern_fails_fast():
    import time

    from kg.extract.session_meetings import OTHER_MEETING

    text = "the first " + "working " * 5000 + "meeting of the " + "Joint Task " * 5000
    started = time.perf_counter()
    OTHER_MEETING.search(text)
    OTHER_MEETING.search("a meeting of the " + "A " * 20000)
    assert time.perf_counter() - started < 1.0
