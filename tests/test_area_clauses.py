"""A list of areas that a semicolon's clause ends, and what that clause names (kg.extract.areas, agreements).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

from rdflib.namespace import RDF, RDFS

from kg.namespaces import HKSH

from conftest import facts
from test_area_sections import areas

CIVIL = "civil-aviation-maritime-transport-and-logistics"


def test_a_clause_after_the_list_is_no_area(reference):
    found = areas(reference, "The sides agreed on eight areas, including ports, finance and tourism; no formal agreements were signed.")
    assert found == {CIVIL, "finance", "tourism"}


def test_items_after_a_semicolon_stay_in_the_list(reference):
    found = areas(reference, "The sides agreed on eight areas, including finance and tourism; sport and youth development.")
    assert {"finance", "tourism"} < found


def agreements(reference, sentence) -> set[str]:
    found = facts(reference, sentence)
    kinds = {s for s, p, o in found.triples if p == RDF.type and o == HKSH.Agreement}
    return {str(o) for s, p, o in found.triples if s in kinds and p == RDFS.label}


def test_no_agreements_signed_is_no_agreement(reference):
    assert agreements(reference, "At the first session no formal agreements were signed.") == set()
    assert agreements(reference, "At the first session two formal agreements were signed.") != set()


def test_an_items_aside_does_not_end_the_list(reference):
    found = areas(reference, "Other areas include healthcare, where the sharing of experience mattered this year, education, "
                             "tourism and the civil service.")
    assert {"healthcare-and-medicine-regulation", "education-and-talent-development", "tourism", "civil-service"} <= found


def test_an_aside_that_ends_the_sentence_ends_the_list(reference):
    found = areas(reference, "Other areas include healthcare, where the hospitals are busy, and the sides will meet again in tourism.")
    assert found == {"healthcare-and-medicine-regulation"}


def test_the_aside_pattern_fails_fast():
    import time

    from kg.extract.areas import WHERE_ASIDE
    text = "health, where " + "a b " * 40 + ", x" + " y" * 3000
    start = time.perf_counter()
    WHERE_ASIDE.sub("", text)
    assert time.perf_counter() - start < 0.05
