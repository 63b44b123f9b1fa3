"""A body named after two places joined by a hyphen ("Riverton-Shanghai Business Council (RSBC)") is one body:
its abbreviation names it whole, never a body named from the second place on.

Every sentence is invented; the near miss is a body named after one place.
"""

from rdflib.namespace import RDFS

from conftest import facts
from test_firm_short_names import alt_names


def orgs(f) -> set[str]:
    return {str(s).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == RDFS.label and "/org/" in str(s)}


def test_two_hyphened_places_begin_one_body(reference):
    f = facts(reference, "The Hong Kong-Shanghai Business Advisory Council (HSBAC) met yesterday.")
    assert alt_names(f) == {"hong-kong-shanghai-business-advisory-council": {"HSBAC"}}
    assert "shanghai-business-advisory-council" not in orgs(f)


def test_a_body_after_one_place_is_read_as_before(reference):
    f = facts(reference, "The Shanghai Education Association (SEA) met yesterday.")
    assert alt_names(f) == {"shanghai-education-association": {"SEA"}}
