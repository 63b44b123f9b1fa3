"""Sessions a text names in passing, in a report of something else: a day counted from the publication's year
("held on August 21 last year"), and the meeting the text tells that is not the session it prepares for."""

from datetime import date

import pytest
from rdflib.namespace import DCTERMS, SDO

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


CONF = "the Hong Kong/Shanghai Co-operation Conference"


def session_facts(found, kind) -> set[tuple[str, str]]:
    return {(str(s).rsplit("-", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in found.triples
            if "/session/" in str(s) and p == kind}


def created(found) -> set[str]:
    return {str(o) for s, p, o in found.triples if p == DCTERMS.created}


def test_who_co_chaired_that_session(reference):
    found = facts(reference, f"The mechanism, {CONF}, held its eighth plenary session in Shanghai in May.",
                  "Chief Executive Jane Ho and Mayor Li Wen co-chaired that session, at which eight agreements were signed.",
                  published=date(2031, 9, 1))
    assert {("8", "jane-ho"), ("8", "li-wen")} <= session_facts(found, SDO.attendee)


def test_who_co_chaired_another_session_than_that_one_is_not_its_attendee(reference):
    found = facts(reference, f"The mechanism, {CONF}, held its eighth plenary session in Shanghai in May.",
                  "Chief Executive Jane Ho and Mayor Li Wen co-chaired the forum that followed.", published=date(2031, 9, 1))
    assert session_facts(found, SDO.attendee) == set()


@pytest.mark.parametrize("sentence, expected", [
    (f"Talks were held under {CONF}, which the two cities set up in 2003.", {"2003"}),
    (f"Talks were held under {CONF}, which Hong Kong and Shanghai jointly launched in October 2003.", {"2003-10"}),
    (f"Talks were held under {CONF}, which set up a task force on healthcare in 2019.", set()),
    (f"Talks were held under {CONF}, which the two cities attended in 2019.", set()),
])
def test_the_mechanism_the_two_cities_set_up(reference, sentence, expected):
    assert created(facts(reference, sentence, published=date(2031, 9, 1))) == expected


@pytest.mark.parametrize("sentence, expected", [
    (f"He recalled that the First Plenary Session of {CONF}, held in Shanghai on 27 October 2003, had marked the "
     "establishment of the Conference as a mechanism for co-operation.", {"2003-10-27"}),
    (f"He recalled that the Second Plenary Session of {CONF}, held in Hong Kong on 5 January 2012, had marked the "
     "establishment of the Conference's youth committee.", set()),
    (f"He recalled that the Second Plenary Session of {CONF}, held in Hong Kong on 5 January 2012, had marked a new "
     "stage for the mechanism.", set()),
])
def test_the_first_session_that_marked_the_founding(reference, sentence, expected):
    assert created(facts(reference, sentence, published=date(2031, 9, 1))) == expected


@pytest.mark.parametrize("sentence, expected", [
    (f"A task force was set up in March 2012, following the second plenary session of {CONF}, to take the items forward.", set()),
    (f"The task force was set up after the second plenary session of {CONF} in January 2012.", {("2", "2012-01")}),
    (f"It took eight years before the second plenary session of {CONF}, held in Hong Kong in January 2012.", {("2", "2012-01")}),
    (f"The pacts were signed after the second plenary session of {CONF}, which Mr Tsang and Mr Han co-chaired today.",
     {("2", "2031-09-01")}),
])
def test_a_day_before_following_the_session_is_not_its_day(reference, sentence, expected):
    assert session_facts(facts(reference, sentence, published=date(2031, 9, 1)), SDO.startDate) == expected


@pytest.mark.parametrize("sentence, expected", [
    (f"The delegation urged that, at the Fourth Plenary Session of {CONF}, the Government should seek measures for "
     "Hong Kong people working, studying and living in Shanghai.", set()),
    (f"At the Fourth Plenary Session of {CONF} in Shanghai, the two sides agreed on measures for Hong Kong people.",
     {("4", "shanghai")}),
])
def test_where_people_live_is_not_the_sessions_place(reference, sentence, expected):
    assert session_facts(facts(reference, sentence, published=date(2031, 9, 1)), SDO.location) == expected


def test_a_delegation_of_officials_led_to_the_session(reference):
    found = facts(reference, f"Last May, Mr Carl Wong led a delegation of nine officials to Shanghai for the Ninth Plenary "
                             f"Session of {CONF}.", published=date(2031, 9, 1))
    assert ("9", "shanghai") in session_facts(found, SDO.location) and ("9", "carl-wong") in session_facts(found, SDO.attendee)
    # near miss: a delegation of officials on a trip of its own, after the session
    found = facts(reference, f"Mr Carl Wong led a delegation of nine officials to Hangzhou after the Ninth Plenary Session "
                             f"of {CONF}.", published=date(2031, 9, 1))
    assert session_facts(found, SDO.location) == set()


def test_the_speaker_who_co_chaired_the_session_with_someone(reference):
    found = facts(reference, f"Mr Carl Wong attended the Ninth Plenary Session of {CONF}, which Mr Ben Ho co-chaired with "
                             "the Mayor of Shanghai, Mr Li Wen.", published=date(2031, 9, 1))
    assert {("9", "ben-ho"), ("9", "li-wen")} <= session_facts(found, SDO.attendee)


@pytest.mark.parametrize("sentence, expected", [
    (f"Hong Kong will host the Ninth Plenary Session of {CONF} next year.", {("9", "hong-kong")}),
    (f"Hong Kong will host the opening of the Ninth Plenary Session of {CONF} next year.", set()),
])
def test_a_city_that_hosts_the_capitalised_session(reference, sentence, expected):
    assert session_facts(facts(reference, sentence, published=date(2031, 9, 1)), SDO.location) == expected
