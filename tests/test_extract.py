"""Stage 2: mentions and facts, on invented sentences written in the two styles the rules target."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SDO, XSD

from kg.extract.document import extract
from kg.namespaces import HKSH
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def facts(reference, *paragraphs, title=None, published=None):
    from kg.text.sentences import Sentence

    sentences = split_sentences(list(paragraphs))
    head = Sentence(index=len(sentences), paragraph=-1, text=title) if title else None
    return extract(sentences, title=head, published=published, doc=DOC, reference=reference).triples


def holds(triples, person, post):
    return (URIRef(ID + "person/" + person), ORG.holds, URIRef(ID + "post/" + post)) in triples


def test_hong_kong_style_title_comma_honorific_name(reference):
    t = facts(reference, "The Chief Secretary for Administration, Mr Chan Kwok-ki, met the press today.")
    assert holds(t, "chan-kwok-ki", "chief-secretary-for-administration")


def test_mainland_style_place_title_name_and_coordinated_title(reference):
    t = facts(reference, "Shanghai Party Secretary Chen Jining and Mayor Gong Zheng met the delegation.")
    assert holds(t, "chen-jining", "secretary-of-the-cpc-shanghai-municipal-committee")
    assert holds(t, "gong-zheng", "mayor-of-shanghai")


def test_appositive_name_comma_title_and_second_title(reference):
    t = facts(reference, "The team led by Gong Zheng, Deputy Secretary of the Shanghai Municipal Party Committee and Mayor, arrived.")
    assert holds(t, "gong-zheng", "deputy-secretary-of-the-cpc-shanghai-municipal-committee")
    assert holds(t, "gong-zheng", "mayor-of-shanghai")


def test_a_new_person_is_found_by_pattern_and_marked_unreviewed(reference):
    t = facts(reference, "The Director of the Fudan University, Professor Wang Xiaoming, spoke.")
    person = URIRef(ID + "person/wang-xiaoming")
    assert (person, RDFS.label, Literal("Wang Xiaoming", lang="en")) in t
    assert (person, HKSH.reviewStatus, Literal("unreviewed")) in t
    assert holds(t, "wang-xiaoming", "director-of-fudan-university")


def test_title_then_comma_list_does_not_shift_titles(reference):
    t = facts(reference, "The Financial Secretary, Chen Maobo, the Secretary for Justice, Lin Dingguo, attended.")
    assert holds(t, "paul-chan-mo-po", "financial-secretary")
    assert holds(t, "paul-lam-ting-kwok", "secretary-for-justice")
    assert not holds(t, "paul-chan-mo-po", "secretary-for-justice")


def test_a_lower_case_job_is_not_a_post(reference):
    t = facts(reference, "The gala invited Hong Kong director Zhang Yimou to speak.")
    assert not any(p == ORG.holds for (_, p, _) in t)


def test_spellings_resolve_to_one_person(reference):
    t = facts(reference, "Mr Lee Ka-chiu met Mr Li Jiachao's staff.", "John Lee spoke.")
    people = {s for (s, p, o) in t} | {o for (s, p, o) in t}
    mentions_of = {str(x).rsplit("/", 1)[-1] for x in people if "/person/" in str(x)}
    assert mentions_of <= {"john-lee-ka-chiu"}


def test_ordinals_in_words_and_digits_name_the_same_session(reference):
    a = facts(reference, "The sixth meeting of the Shanghai-Hong Kong Cooperation Conference will be held in Hong Kong.")
    b = facts(reference, "The 6th Plenary Session of the Hong Kong/Shanghai Co-operation Conference ended.")
    session = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-6")
    for t in (a, b):
        assert (session, HKSH.sessionNumber, Literal(6, datatype=XSD.integer)) in t
    assert (session, SDO.location, URIRef(ID + "place/hong-kong")) in a


def test_a_plain_meeting_is_not_a_session(reference):
    t = facts(reference, "The third meeting of the working group was held in Shanghai.")
    assert not any(o == HKSH.PlenarySession for (_, _, o) in t)


def test_relative_date_of_a_session_resolves_against_publication(reference):
    t = facts(reference, "Following the Fifth Plenary Session of the Hong Kong/Shanghai Co-operation Conference held in August this year, work went on.",
              published=date(2021, 10, 1))
    session = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-5")
    assert (session, SDO.startDate, Literal("2021-08", datatype=XSD.gYearMonth)) in t


def test_event_with_organisers_place_and_date_range(reference):
    t = facts(reference,
              "A fair to promote the achievements of youth jointly organised by the SHETO and the TVB was opened in Shanghai today (May 2).",
              "The fair will be held at HKRI Taikoo Hui from today to May 9.", published=date(2025, 5, 2))
    events = {s for (s, p, o) in t if p == RDF.type and o == SDO.ExhibitionEvent}
    assert len(events) == 1
    event = events.pop()
    assert (event, SDO.organizer, URIRef(ID + "org/hong-kong-economic-and-trade-office-in-shanghai")) in t
    assert (event, SDO.organizer, URIRef(ID + "org/television-broadcasts-limited")) in t
    assert (event, SDO.startDate, Literal("2025-05-02", datatype=XSD.date)) in t
    assert (event, SDO.endDate, Literal("2025-05-09", datatype=XSD.date)) in t
    assert (event, SDO.location, URIRef(ID + "place/hkri-taikoo-hui")) in t


def test_a_visit_takes_its_end_from_the_return_sentence(reference):
    t = facts(reference, "The Financial Secretary, Mr Paul Chan, visited Shanghai today (March 3).",
              "Mr Chan will return to Hong Kong tomorrow (March 4).", published=date(2025, 3, 3))
    visits = [s for (s, p, o) in t if p == RDF.type and o == HKSH.Visit]
    assert len(visits) == 1
    assert (visits[0], SDO.startDate, Literal("2025-03-03", datatype=XSD.date)) in t
    assert (visits[0], SDO.endDate, Literal("2025-03-04", datatype=XSD.date)) in t
    assert (visits[0], SDO.attendee, URIRef(ID + "person/paul-chan-mo-po")) in t


def test_areas_listed_after_consensus_link_to_the_session_named_before(reference):
    t = facts(reference, "The 7th Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in 2026.",
              "The two sides reached consensus on 3 co-operation areas, including finance, tourism and space exploration.")
    session = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-7")
    subjects = {str(o).rsplit("/", 1)[-1] for (s, p, o) in t if s == session and str(p).endswith("subject")}
    assert subjects == {"finance", "tourism", "space-exploration"}


def test_every_fact_has_a_sentence(reference):
    t = facts(reference, "Chief Executive John Lee attended the 8th China International Import Expo in Shanghai.")
    assert t and all(indexes for indexes in t.values())


def test_a_misspelt_known_person_is_resolved_and_the_spelling_kept(reference):
    t = facts(reference, "The Director of the SHETO, Mrs Laura Arron, spoke.")
    aron = URIRef(ID + "person/laura-aron")
    assert holds(t, "laura-aron", "director-of-the-hong-kong-economic-and-trade-office-in-shanghai")
    from rdflib.namespace import SKOS
    assert (aron, SKOS.altLabel, Literal("Laura Arron", lang="en")) in t


@pytest.mark.parametrize("name, other", [("Chen Jie", "chen-jining"), ("Paul Lam", "paul-chan-mo-po"), ("Gong Wei", "gong-zheng")])
def test_people_sharing_a_surname_are_never_merged(reference, name, other):
    t = facts(reference, f"The Vice Mayor of Shanghai, Mr {name}, spoke.")
    people = {str(s) for (s, p, o) in t if p == ORG.holds}
    assert people and ID + "person/" + other not in people


def test_a_list_of_known_areas_leaves_no_connective_behind_as_a_new_area():
    from kg.extract.areas import _leftovers
    span = "civil aviation, maritime transport and logistics, innovation and technology and youth development"
    labels = ["civil aviation", "maritime transport and logistics", "innovation and technology", "youth development"]
    known = [(span.index(label), span.index(label) + len(label), None) for label in labels]
    assert _leftovers(span, known) == []
    assert _leftovers(span + " and cultural exchanges", known) == ["cultural exchanges"]


def _said_again_by_regex(text: str, names: set[str]) -> list[tuple[int, int]]:
    """The regex alternation that `said_again` replaces, as the reference it must agree with."""
    import re
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return [m.span() for m in re.finditer(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", text)]


_NAME_CHARS = st.text(alphabet="Lia Qé-_.9", min_size=1, max_size=6)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="Lia Qé-_.9,", max_size=40), names=st.sets(_NAME_CHARS, min_size=1, max_size=4))
def test_a_name_said_again_is_found_where_the_regex_alternation_finds_it(text, names):
    from kg.extract.mentions import said_again
    assert said_again(text, names) == _said_again_by_regex(text, names)
