"""Review of the 26th session's rules on sessions, the mechanism's history and agreements (rev26b): invented
near misses where a new rule read a wrong fact. Invented sentences only."""

from datetime import date

from rdflib.namespace import DCTERMS, RDF, RDFS

from conftest import facts
from kg.namespaces import HKSH

OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."
DAY = date(2036, 9, 19)


def _created(found) -> set[str]:
    return {str(o) for s, p, o in found.triples if p == DCTERMS.created}


def _attended(found) -> set[tuple[str, str]]:
    return {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in found.triples if "attendee" in str(p).lower()}


def _agreements(found) -> set[str]:
    kinds = {s for s, p, o in found.triples if p == RDF.type and o == HKSH.Agreement}
    return {str(o) for s, p, o in found.triples if s in kinds and p == RDFS.label}


def test_a_conference_that_started_on_a_day_was_not_founded_that_day(reference):
    for told in ("The conference started on 5 May 2036 with a welcome speech by the Chief Executive.",
                 "The conference began on Monday (May 5) at the Central Government Offices."):
        found = facts(reference, OURS, told, published=DAY)
        assert not {"2036-05-05", "2036-05"} & _created(found), (told, _created(found))


def test_the_mechanism_that_began_in_a_year_as_a_body_is_still_dated(reference):
    found = facts(reference, OURS, "The mechanism began in 2003 as the Hong Kong/Shanghai Economic and Trade "
                  "Co-operation Conference.", published=DAY)
    assert "2003" in _created(found)


def test_a_back_reference_after_another_conference_is_not_to_ours(reference):
    found = facts(reference, OURS, "The Hong Kong/Guangdong Co-operation Joint Conference held its plenary session in "
                  "Guangzhou in June 2036.", "That mechanism was set up in 1998.", published=DAY)
    assert "1998" not in _created(found)


def test_a_definite_conference_after_another_conference_is_not_ours(reference):
    found = facts(reference, OURS, "The Hong Kong/Guangdong Co-operation Joint Conference held its plenary session in "
                  "Guangzhou in June 2036.", "The conference was established in 1998.", published=DAY)
    assert "1998" not in _created(found)


def test_a_delegation_member_who_will_not_join_does_not_attend(reference):
    found = facts(reference, OURS, "Members of the Hong Kong delegation attending will be the Financial Secretary, Mr "
                  "Paul Chan, but the Secretary for Justice, Mr Paul Lam, will not join the trip.", published=DAY)
    assert ("hong-kong-shanghai-co-operation-conference-6", "paul-lam-ting-kwok") not in _attended(found)
    assert ("hong-kong-shanghai-co-operation-conference-6", "paul-chan-mo-po") in _attended(found)


def test_renewed_contracts_of_people_are_no_agreement(reference):
    found = facts(reference, OURS, "The board renewed the contracts of two directors.", published=DAY)
    assert not _agreements(found)


def test_a_renewed_memorandum_is_still_an_agreement(reference):
    found = facts(reference, OURS, "The two governments renewed a memorandum of understanding on cultural exchange.",
                  published=DAY)
    assert _agreements(found)
