"""English translated from Chinese-language pages: the day number kept in brackets after a relative day
("yesterday (21st)"), dates left in Chinese characters, the mechanism's translated names (invented text, each with a near miss)."""

import re
from datetime import date

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, SDO, SKOS

from conftest import ID, facts
from kg.extract.dates import find_dates
from kg.extract.history import same_name
from kg.extract.mechanism import mechanism_pattern


def days(text: str, published: date | None = date(2037, 3, 22)) -> list[str]:
    return [str(d.start) for d in find_dates(text, published)]


def test_a_relative_day_with_its_number_in_brackets_is_that_day():
    assert days("Yesterday (21st) afternoon, Mayor Quell met the visiting delegation.") == ["2037-03-21"]
    assert days("The forum opened in the port district today (22nd).") == ["2037-03-22"]
    assert days("Yesterday (the 21st), the two sides held talks.") == ["2037-03-21"]
    assert days("Tomorrow (23rd) the delegation will tour the science park.") == ["2037-03-23"]


def test_the_bracketed_number_wins_where_it_and_the_relative_day_disagree():
    assert days("Yesterday (20th), the two sides held talks.") == ["2037-03-20"]  # the page was posted a day late
    assert days("Today (2nd), the delegation left.", date(2037, 4, 3)) == ["2037-04-02"]


def test_a_bracketed_number_that_is_no_day_is_not_read():
    assert days("Yesterday (21 guests in all) the two sides held talks.") == []
    assert days("The 21st forum opened yesterday.") == ["2037-03-21"]
    assert days("Yesterday (21st), the two sides held talks.", None) == []


def test_a_date_in_chinese_characters():
    assert days("2036年11月21日, the two sides signed a memorandum.") == ["2036-11-21"]
    assert days("On 3月20日, the delegation arrived.") == ["2037-03-20"]
    assert days("The office moved to Room 12月 at 5日.") == []  # month and day apart
    assert days("The 2036年 plan was agreed.") == []


CONF = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
HKSH = "https://w3id.org/hksh/ontology#"


@pytest.mark.parametrize("name", [
    "Hu-Gang Cooperation Conference", "Hu-Hong co-operation mechanism", "Shanghai-Hong Kong Cooperation Meeting",
    "Shanghai and Hong Kong Cooperation Joint Conference", "Hong Kong-Shanghai Co-operation Joint Meeting",
])
def test_the_mechanism_in_a_translations_word_order_and_short_names(reference, name):
    found = facts(reference, f"The {name} held its seventh plenary session in the city last spring.")
    assert name in {str(o) for s, p, o in found.triples if s == CONF and p == SKOS.altLabel}


@pytest.mark.parametrize("name", [
    "Hu-Hong youth exchange conference",                 # another body of the pair
    "Shanghai-Hong Kong cooperation meeting",            # a meeting, not a name
    "Hong Kong/Guangdong Co-operation Joint Conference",  # another mechanism
    "Hu-Hong Kong Cooperation Conference",               # no pair
])
def test_near_names_are_not_the_mechanisms(name):
    assert not re.fullmatch(mechanism_pattern(), name, re.I)


def test_a_translated_name_said_at_the_founding_is_no_former_name(reference):
    found = facts(reference, "The Shanghai and Hong Kong Cooperation Joint Conference mechanism was set up in 2003.",
                  published=date(2037, 3, 22))
    assert not any(o == URIRef(HKSH + "Renaming") for s, p, o in found.triples if p == RDF.type)
    assert same_name("Hu-Gang Cooperation Meeting", "Hong Kong/Shanghai Co-operation Conference")
    assert not same_name("Hu-Gang Economic and Trade Cooperation Conference", "Hong Kong/Shanghai Co-operation Conference")


SESSION = "Yesterday, the ninth plenary session of the Shanghai-Hong Kong Cooperation Conference was held in Hong Kong."


def seated(reference, sentence: str) -> set[str]:
    found = facts(reference, SESSION, sentence, published=date(2037, 3, 22))
    return {str(o).rsplit("/", 1)[-1] for s, p, o in found.triples if p == SDO.attendee and "/session/" in str(s)}


@pytest.mark.parametrize("sentence", [
    "Gong Zheng and John Lee co-presided over the meeting.",
    "Gong Zheng, Mayor of Shanghai, and John Lee, Chief Executive of the HKSAR, co-presided the plenary meeting.",
    "The session was co-presided over by Gong Zheng and John Lee.",
])
def test_co_chairing_told_as_co_presided(reference, sentence):
    assert seated(reference, sentence) == {"gong-zheng", "john-lee-ka-chiu"}


def test_presiding_over_something_else_seats_no_one(reference):
    assert seated(reference, "Gong Zheng co-presided over a tea party for young entrepreneurs last week.") == set()


def areas(reference, sentence: str) -> set[str]:
    found = facts(reference, SESSION, sentence, published=date(2037, 3, 22))
    return {str(o).rsplit("/", 1)[-1] for s, p, o in found.triples if p == DCTERMS.subject}


def test_two_areas_joined_by_a_hyphen_are_both_areas(reference):
    assert areas(reference, "At the session, the two sides signed nine documents covering culture-tourism, finance and education.") == {
        "cultural-and-creative-industries", "tourism", "finance", "education-and-talent-development"}


def test_a_hyphened_word_that_is_not_two_areas_stays_whole(reference):
    got = areas(reference, "At the session, the two sides signed nine documents covering tourism-related training, finance and education.")
    assert "education-and-talent-development" in got and "tourism" not in got
