"""Sessions recalled in a body that never names the mechanism in full, under a title that does: a joint
communique headed "<mechanism> Working Meeting" whose paragraphs speak only of "the sixth plenary session".
Invented texts; near misses where the title names another body or none."""

from rdflib.namespace import SDO

from kg.namespaces import HKSH

from conftest import facts

BODY = ("The two sides recalled that the ninth plenary session, held in Shanghai on 3 May 2031 and co-chaired by "
        "Ada Quell and Bo Kettle, agreed on 40 measures.",
        "They agreed that the tenth plenary session will be held in Hong Kong in 2033.")


def _sessions(f) -> dict[int, dict]:
    found = {int(o): s for (s, p, o) in f.triples if p == HKSH.sessionNumber}
    return {n: {"date": {str(o) for (s, p, o) in f.triples if s == iri and p == SDO.startDate},
                "place": {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == iri and p == SDO.location}}
            for n, iri in found.items()}


def test_a_title_naming_the_mechanism_makes_the_body_s_plenary_sessions_its_own(reference):
    found = _sessions(facts(reference, *BODY, title="Joint Communique: Hong Kong/Shanghai Co-operation Conference Working Meeting 2032"))
    assert found[9] == {"date": {"2031-05-03"}, "place": {"shanghai"}}
    assert found[10]["place"] == {"hong-kong"}


def test_a_title_naming_another_body_or_none_gives_no_session(reference):
    assert _sessions(facts(reference, *BODY, title="Joint Communique: Riverton Harbour Board Working Meeting 2032")) == {}
    assert _sessions(facts(reference, *BODY)) == {}
