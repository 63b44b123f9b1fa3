"""A coming session told in a preview: its day said again after a weekday ("on Friday next week, that is
September 26"), and the delegations that "will be" attending ("Members of the X delegation attending the session
will be <people>. Members of the Y delegation attending will be <people>."). Invented sentences; near misses."""

import datetime

from rdflib.namespace import SDO

from kg.extract.dates import find_dates

from conftest import facts
from test_session_lists import sessions

TUESDAY = datetime.date(2035, 9, 18)


def test_a_weekday_said_again_as_a_date_is_that_date():
    found = [str(d.start) for d in find_dates("It will be held on Friday next week, that is September 28.", TUESDAY)]
    assert found == ["2035-09-28"]
    found = [str(d.start) for d in find_dates("It will be held on Friday (September 28).", TUESDAY)]
    assert found == ["2035-09-28"]


def test_a_weekday_alone_is_counted_from_the_day():
    assert [str(d.start) for d in find_dates("It will be held on Friday, as planned.", TUESDAY)] == ["2035-09-21"]


def test_a_preview_session_dated_by_the_day_said_again(reference):
    found = sessions(facts(reference, "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference will "
                           "be held in Shanghai on Friday next week, that is September 28.", published=TUESDAY))
    assert found[9] == ({"2035-09-28"}, {"shanghai"})


def attendees(findings) -> set[str]:
    return {str(o).rsplit("/", 1)[-1] for (s, p, o) in findings.triples if p == SDO.attendee and "/session/" in str(s)}


def test_delegations_that_will_be_attending(reference):
    findings = facts(reference, "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference will be "
                     "held at Government House tomorrow.",
                     "Members of the HKSAR Government delegation attending the session will be the Financial Secretary, "
                     "Mr Paul Chan; and the Secretary for Transport and Logistics, Ms Mable Chan. Members of the "
                     "Shanghai delegation attending will be the Vice Mayor of Shanghai, Mr Liu Qiming.", published=TUESDAY)
    assert {"paul-chan-mo-po", "mable-chan", "liu-qiming"} <= attendees(findings)


def test_a_delegation_that_will_be_visiting_is_not_attending(reference):
    findings = facts(reference, "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference will be "
                     "held at Government House tomorrow.",
                     "Members of the delegation visiting the port will be the Secretary for Transport and Logistics, "
                     "Ms Mable Chan.", published=TUESDAY)
    assert "mable-chan" not in attendees(findings)
