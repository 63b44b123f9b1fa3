"""Agreements counted as "a dozen", and agreements renewed ("renewed the MoU on cultural exchange first signed in
2030"). Invented sentences; each with a near miss."""

from rdflib.namespace import XSD
from rdflib import Literal

from kg.namespaces import HKSH

from conftest import facts
from test_agreements import agreements

SESSION = "The Hong Kong/Shanghai Co-operation Conference held its ninth plenary session in Hong Kong on 5 May 2036."


def test_a_dozen_agreements_are_twelve(reference):
    findings = facts(reference, SESSION, "The two sides signed a dozen co-operation agreements at the session.")
    found = agreements(findings)
    assert set(found) == {"A dozen co-operation agreements"}
    assert findings.has(found["A dozen co-operation agreements"], HKSH.documentCount, Literal(12, datatype=XSD.integer))


def test_dozens_of_agreements_are_no_agreement(reference):
    assert agreements(facts(reference, SESSION, "Dozens of agreements have been signed since 2003.")) == {}


def test_a_renewed_agreement_is_an_agreement(reference):
    found = agreements(facts(reference, "The two departments renewed the MoU on cultural exchange first signed in 2030."))
    assert set(found) == {"MoU on cultural exchange"}


def test_a_renewed_licence_is_no_agreement(reference):
    assert agreements(facts(reference, "The two departments renewed the licence of the ferry operator in 2030.")) == {}
