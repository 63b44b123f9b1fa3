"""Posts in time: every membership says when its document saw the post held, and nothing it did not state."""

from datetime import date
import shutil

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, SDO, TIME, XSD

from kg.graph.build import build
from kg.graph.dataset import load_dataset
from kg.namespaces import HKSH
from kg.queries import resolve, run
from kg.rdf.post_times import membership_times

from conftest import ID, ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"
M = URIRef(ID + "doc/d/membership/a--ce")
PERSON, EVENT = URIRef(ID + "person/a"), URIRef(ID + "event/e")


def findings(*extra):
    triples = {(M, RDF.type, ORG.Membership): {1}, (M, ORG.member, PERSON): {1}}
    for triple, sentences in extra:
        triples[triple] = sentences
    return triples


def test_publication_date_when_no_event_dates_the_post():
    out, quoted = membership_times(findings(), {PERSON: {1}}, date(2015, 4, 10))
    during = URIRef(f"{M}/during")
    assert (M, ORG.memberDuring, during) in out and (during, RDF.type, TIME.Interval) in out
    assert (during, HKSH.heldOn, Literal("2015-04-10", datatype=XSD.date)) in out
    assert not any(p in (TIME.hasBeginning, TIME.hasEnd) for (_, p, _) in out)  # no term invented
    assert quoted == {during: {1}}  # the interval quotes its membership's sentence


def test_event_attended_in_the_same_sentence_dates_the_post():
    day = Literal("2010-10", datatype=XSD.gYearMonth)
    extra = [((EVENT, SDO.attendee, PERSON), {1}), ((EVENT, SDO.startDate, day), {1})]
    out, _ = membership_times(findings(*extra), {EVENT: {1}, PERSON: {1}}, date(2024, 1, 1))
    assert {o for (_, p, o) in out if p == HKSH.heldOn} == {day}
    elsewhere, _ = membership_times(findings(*extra), {EVENT: {2}, PERSON: {1}}, date(2024, 1, 1))
    assert {o for (_, p, o) in elsewhere if p == HKSH.heldOn} == {Literal("2024-01-01", datatype=XSD.date)}


def test_no_date_no_sighting_and_stated_terms_become_instants():
    out, _ = membership_times(findings(), {}, None)
    assert not any(p == HKSH.heldOn for (_, p, _) in out)
    began = Literal("2022-07-01", datatype=XSD.date)
    out, quoted = membership_times(findings(((M, SDO.validFrom, began), {1})), {}, None)
    instant = URIRef(f"{M}/during/beginning")
    assert {(URIRef(f"{M}/during"), TIME.hasBeginning, instant), (instant, RDF.type, TIME.Instant),
            (instant, TIME.inXSDDate, began)} <= out
    assert instant in quoted and not any(p == TIME.hasEnd for (_, p, _) in out)


@pytest.fixture(scope="module")
def chief_executives(tmp_path_factory):
    documents = tmp_path_factory.mktemp("ce") / "documents"
    documents.mkdir()
    for name in ("104_2010-10-20_ce-hk-week-shanghai-expo.txt", "107_2015-04-10_ce-attends-hk-shanghai-forum.txt"):
        shutil.copy(CORPUS / name, documents / name)
    out = documents.parent / "dist"
    build(documents=documents, out=out)  # fails on any SHACL violation
    return load_dataset(out / "hksh.trig")


def test_every_membership_has_an_interval_in_the_build(chief_executives):
    assert not chief_executives.query("""PREFIX org: <http://www.w3.org/ns/org#>
        ASK { ?m a org:Membership FILTER NOT EXISTS { ?m org:memberDuring ?i } }""").askAnswer


def test_post_holders_answers_who_was_chief_executive_in_november_2023(dataset):
    """Document 002 (published Monday 2023-11-06) names him at the signing ceremony "on Saturday": the
    event's date is the one the title was seen on, not the publication's. The shipped corpus adds two
    more: the release of 2023-11-03 ("will tomorrow lead a delegation") and that of 2023-11-04."""
    _, text = resolve("post-holders")
    got = {(str(r.name), str(r.heldOn), str(r.document).rsplit("/", 1)[-1]) for r in run(dataset, text)}
    assert got == {("John Lee Ka-chiu", "2023-11-04", "002-81ec4a361fd5f7e7"),
                   ("John Lee Ka-chiu", "2023-11-04", "120-2023-11-03-ce-leads-delegation-to-shanghai"),
                   ("John Lee Ka-chiu", "2023-11-04", "2023-11-04-ce-visit-shanghai")}


def test_who_was_chief_executive_in_april_2015(chief_executives):
    from kg.params import bind

    _, text = resolve("post-holders")
    ask = lambda day: {(str(r.name), str(r.heldOn)) for r in  # noqa: E731
                       run(chief_executives, bind(text, {"post": "Chief Executive", "date": day}))}
    assert ask("2015-04") == ask("2015") == ask("2015-04-10") == {("Leung Chun-ying", "2015-04-10")}
    assert ask("2015-04-11") == set()  # seen on the 10th: nothing is said of the 11th
    assert ask("2010") == {("Donald Tsang", "2010-10-20")}


def test_a_past_title_is_not_seen_held_when_the_document_was_published():
    """"the then Secretary" was held at the time told (an event's day), not on the day of publication; "the
    former Director" was held neither at the event the sentence names nor then."""
    day = Literal("2010-10", datatype=XSD.gYearMonth)
    extra = [((EVENT, SDO.attendee, PERSON), {1}), ((EVENT, SDO.startDate, day), {1})]
    then, _ = membership_times(findings(*extra), {EVENT: {1}, PERSON: {1}}, date(2024, 1, 1), {M: "then"})
    assert {o for (_, p, o) in then if p == HKSH.heldOn} == {day}
    undated, _ = membership_times(findings(), {PERSON: {1}}, date(2024, 1, 1), {M: "then"})
    assert not any(p == HKSH.heldOn for (_, p, _) in undated)
    former, _ = membership_times(findings(*extra), {EVENT: {1}, PERSON: {1}}, date(2024, 1, 1), {M: "former"})
    assert not any(p == HKSH.heldOn for (_, p, _) in former)


@pytest.mark.parametrize("sentence, past", [
    ("Ms Ada Quell, the former Director of the Riverton Harbour Office, spoke at the forum.", "former"),
    ("The then Secretary for Riverton Affairs, Mr Bo Kettle, signed the agreement.", "then"),
    ("Former Director of the Riverton Harbour Office Ada Quell spoke at the forum.", "former"),
    ("Ms Ada Quell, Director of the Riverton Harbour Office, spoke at the forum.", None),
    ("Then the Director of the Riverton Harbour Office, Ms Ada Quell, spoke at the forum.", None),
])
def test_the_word_before_a_title_says_whether_it_is_past(reference, sentence, past):
    from conftest import facts

    found = facts(reference, sentence, published=date(2024, 1, 1))
    memberships = [s for (s, p, o) in found.triples if p == RDF.type and o == ORG.Membership]
    assert memberships
    assert {found.past.get(m) for m in memberships} == {past}
