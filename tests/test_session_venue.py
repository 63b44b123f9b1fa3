"""A plenary session said to be held at a venue in a city, each side's attendees, and a founding year that dates
no session (kg/extract/venues.py, SIDE_CLAUSE in kg/extract/presence.py, FOUNDED in kg/extract/events.py):
invented sentences, each with a near miss."""

from datetime import date

import pytest
from rdflib import URIRef
from rdflib.namespace import SDO

from conftest import ID, facts

CONF = "the Hong Kong/Shanghai Co-operation Conference"


def places(found, number: int) -> set[str]:
    iri = URIRef(ID + f"session/hong-kong-shanghai-co-operation-conference-{number}")
    return {str(p).rsplit("/", 1)[-1] for p in found.objects(iri, SDO.location)}


def dates(found, number: int) -> set[str]:
    iri = URIRef(ID + f"session/hong-kong-shanghai-co-operation-conference-{number}")
    return {str(d) for d in found.objects(iri, SDO.startDate)}


@pytest.mark.parametrize("sentence", [
    f"The Fourth Plenary Session of {CONF} was held at the Harbourside Government Offices on 21 August 2031.",
    f"The Fourth Plenary Session of {CONF} was held in Shanghai on 3 May 2031, and a dinner followed at the Peace Hotel.",
    f"After the Fourth Plenary Session of {CONF}, the delegates toured the Riverside Science Park.",
])
def test_a_venue_with_no_city_or_of_another_item_is_not_the_sessions(reference, sentence):
    found = facts(reference, sentence, published=date(2031, 5, 3))
    assert not places(found, 4) - {"shanghai"}


def test_a_session_said_to_be_held_at_a_venue_in_a_city_is_at_both(reference):
    found = facts(reference, f"Firstly, we served the Ninth Plenary Session of {CONF}. The session was held at the "
                  "Grand Riverside Hotel in Shanghai on 3 May 2031.", published=date(2031, 6, 1))
    assert places(found, 9) == {"grand-riverside-hotel", "shanghai"}
    assert (URIRef(ID + "place/grand-riverside-hotel"), SDO.containedInPlace, URIRef(ID + "place/shanghai")) in found.triples


@pytest.mark.parametrize("count", [
    "Since the Conference was established in 2009, it has held nine plenary sessions.",
    "The Conference was set up in 2009 and has met nine times.",
])
def test_a_founding_year_is_no_date_of_the_session_named_before(reference, count):
    found = facts(reference, f"We served the Ninth Plenary Session of {CONF}. The session was held in Shanghai on "
                  f"3 May 2031. {count}", published=date(2031, 6, 1))
    assert dates(found, 9) == {"2031-05-03"}


def test_a_session_referred_back_to_keeps_its_own_year(reference):
    found = facts(reference, f"We served the Ninth Plenary Session of {CONF}. The session was held in Shanghai in "
                  "2031.", published=date(2031, 6, 1))
    assert dates(found, 9) == {"2031"}


def attendees(found, number: int) -> set[str]:
    iri = URIRef(ID + f"session/hong-kong-shanghai-co-operation-conference-{number}")
    return {str(p).rsplit("/", 1)[-1] for p in found.objects(iri, SDO.attendee)}


def test_each_sides_clause_gives_its_attendees(reference):
    found = facts(reference, f"We served the Ninth Plenary Session of {CONF}. The session was held in Shanghai on 3 May "
                  "2031. Vice Mayor Liu Qiming and Director of the Office Ada Quell attended on the Shanghai side; "
                  "Financial Secretary Paul Chan attended on the Hong Kong side.", published=date(2031, 6, 1))
    assert attendees(found, 9) == {"liu-qiming", "ada-quell", "paul-chan-mo-po"}


def test_a_clause_after_a_sides_clause_that_tells_no_attendance_gives_none(reference):
    found = facts(reference, f"We served the Ninth Plenary Session of {CONF}. The session was held in Shanghai on 3 May "
                  "2031. Vice Mayor Liu Qiming attended on the Shanghai side; Financial Secretary Paul Chan said the "
                  "talks went well.", published=date(2031, 6, 1))
    assert attendees(found, 9) == {"liu-qiming"}
