"""The people told around a session in the sentences after it (the seats on each side of the table, a delegation's
members, those who "joined" a co-chair) and sessions named by a bare ordinal. Invented text."""

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


def test_a_bare_ordinal_a_co_chair_also_chaired(reference):
    found = facts(reference, f"The fifth session of {CONF}, held by video link in August 2031, was co-chaired by Mr "
                             "Ada Quell and Mr Bo Kettle, who also co-chaired the sixth with Mr Cy Dunmore.")
    assert attendees(found, 5) == {"ada-quell", "bo-kettle"}
    assert {"bo-kettle", "cy-dunmore"} <= attendees(found, 6)


def test_a_bare_ordinal_being_prepared_with_its_own_clause(reference):
    found = sessions(facts(reference, OPEN, "The two sides discussed the consensus of the ninth plenary session and "
                                            "preparations for the tenth, to be held in Hong Kong in 2040."))
    assert found[10] == ({"2040"}, {"hong-kong"})
    assert found[9][1] == set()


def test_a_bare_ordinal_of_something_else_is_no_session(reference):
    found = sessions(facts(reference, OPEN, "Mr Quell chaired the tenth, a seminar on trade, with Mr Cy Dunmore.",
                           "They attended the eleventh anniversary dinner."))
    assert set(found) == {9}
