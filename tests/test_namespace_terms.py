"""The vocabularies' terms are kept as plain attributes (kg/namespaces.py): the same IRIs rdflib makes, found
without rdflib's per-access checks."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kg.namespaces import HKSH, OA


def test_a_vocabulary_term_is_a_plain_attribute_with_rdflibs_iri():
    for vocabulary, name in ((DCTERMS, "subject"), (SKOS, "prefLabel"), (RDF, "type"), (PROV, "wasDerivedFrom")):
        assert name in vars(vocabulary)
        assert getattr(vocabulary, name) == URIRef(str(vocabulary) + name) == vocabulary[name]


def test_an_unknown_term_is_still_refused_as_rdflib_refuses_it():
    try:
        DCTERMS.notATerm
    except AttributeError:
        return
    raise AssertionError("DCTERMS.notATerm was accepted")


def test_a_project_namespace_keeps_each_term_once_with_rdflibs_iri():
    plain = Namespace(str(HKSH))
    assert HKSH.Session == plain.Session and HKSH.Session is HKSH.Session
    assert OA.hasTarget == URIRef("http://www.w3.org/ns/oa#hasTarget")
    assert HKSH["Session"] == plain["Session"] and isinstance(HKSH, Namespace)
