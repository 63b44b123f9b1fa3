"""The people told around a session in the sentences after it (the seats on each side of the table, a delegation's
members, those who "joined" a co-chair) and the next session told as a statement. Invented text."""

from rdflib.namespace import SDO

from conftest import facts, tail
from test_session_lists import sessions

CONF = "the Hong Kong/Shanghai Co-operation Conference"
OPEN = (f"The Chief Executive, Mr Ada Quell, and the Mayor of Shanghai, Mr Bo Kettle, co-chaired the Ninth Plenary "
        f"Session of {CONF} today.")


def attendees(findings, number: int) -> set[str]:
    return {tail(o) for (s, p, o) in findings.triples if p == SDO.attendee and tail(s).endswith(f"-{number}")}


def test_the_seats_on_one_side_of_the_table(reference):
    found = facts(reference, OPEN, "Sitting on the Hong Kong side of the table were the Financial Secretary, Mr Cy "
                                   "Dunmore; and the Secretary for Justice, Ms Di Ebbing.")
    assert {"cy-dunmore", "di-ebbing"} <= attendees(found, 9)


def test_a_delegation_that_comprised_people_right_after_the_sessions_attendance(reference):
    found = facts(reference, OPEN, "Attending on the Hong Kong side was the Financial Secretary, Mr Cy Dunmore. "
                                   "The Shanghai delegation comprised Vice Mayor Di Ebbing; and the Director of the "
                                   "Shanghai Municipal Commission of Commerce, Mr Ed Fawkes.")
    assert {"di-ebbing", "ed-fawkes"} <= attendees(found, 9)


def test_a_delegation_told_later_in_a_visit_is_not_at_the_session(reference):
    found = facts(reference, OPEN, "The Mayor later toured the port.",
                  "The Shanghai delegation comprised Vice Mayor Di Ebbing and Mr Ed Fawkes.")
    assert not {"di-ebbing", "ed-fawkes"} & attendees(found, 9)


def test_those_who_joined_a_co_chair(reference):
    found = facts(reference, OPEN, "Vice Mayor Di Ebbing and the Director of Commerce, Mr Ed Fawkes, joined Mr Kettle.")
    assert {"di-ebbing", "ed-fawkes"} <= attendees(found, 9)


def test_joining_someone_who_attended_nothing_is_nothing(reference):
    found = facts(reference, OPEN, "Ms Di Ebbing joined Mr Cy Dunmore.")
    assert "di-ebbing" not in attendees(found, 9)


def test_the_next_session_told_as_a_statement(reference):
    found = sessions(facts(reference, OPEN, "The next plenary session will be held in Hong Kong in 2039."))
    assert found[10] == ({"2039"}, {"hong-kong"})


def test_the_next_session_agreed_as_a_wish_is_no_session(reference):
    found = sessions(facts(reference, OPEN, "The two sides agreed that the next plenary session would be held in Hong Kong."))
    assert 10 not in found
