"""A body's own news recalls the mechanism's first meeting with the mechanism as the subject of "held its first
meeting": "The Conference held its first meeting in X on D", "He recalled that the Conference, set up by the two
governments, held its first meeting in X". Session 1, not an event named "First meeting". Invented texts; near
misses where a working group or another body holds its first meeting."""

from rdflib import RDFS
from rdflib.namespace import SDO

from kg.namespaces import HKSH

from conftest import facts, tail

NAMED = "The Hong Kong/Shanghai Economic and Trade Co-operation Conference brings the two governments together."


def _found(f) -> tuple[dict[int, dict], set[str]]:
    sessions = {int(o): s for (s, p, o) in f.triples if p == HKSH.sessionNumber}
    fields = {n: {"date": {str(o) for (s, p, o) in f.triples if s == iri and p == SDO.startDate},
                  "place": {tail(o) for (s, p, o) in f.triples if s == iri and p == SDO.location}}
              for n, iri in sessions.items()}
    labels = {str(o).lower() for (s, p, o) in f.triples if p == RDFS.label and "/event/" in str(s)}
    return fields, labels


def test_the_capitalised_conference_holding_its_first_meeting_is_session_one(reference):
    sessions, labels = _found(facts(reference, NAMED, "The Conference held its first meeting in Shanghai on 14 March 2031, "
                                                      "attended by some forty officials."))
    assert sessions[1] == {"date": {"2031-03-14"}, "place": {"shanghai"}}
    assert "first meeting" not in labels


def test_a_reported_clause_with_an_apposition_is_session_one(reference):
    sessions, labels = _found(facts(reference, NAMED, "Mr Oren Vask recalled that the Conference, set up by the two "
                                                      "governments, held its first meeting in Shanghai in May 2031."))
    assert sessions[1] == {"date": {"2031-05"}, "place": {"shanghai"}}
    assert "first meeting" not in labels


def test_a_working_group_holding_its_first_meeting_is_no_session(reference):
    sessions, _ = _found(facts(reference, NAMED, "Mr Oren Vask recalled that the working group on tourism, set up under "
                                                 "the Conference, held its first meeting in Shanghai in May 2031."))
    assert 1 not in sessions


def test_another_body_holding_its_first_meeting_is_no_session(reference):
    sessions, _ = _found(facts(reference, NAMED, "Mr Oren Vask said that the Harbourside Traders Council held its "
                                                 "first meeting in Shanghai in May 2031."))
    assert 1 not in sessions
