"""An abbreviation in brackets names the body its letters spell: "the Innovation, Technology and Industry Bureau
(ITIB)" whole, with the field before its comma; "Bo, Cy and the Harbour Trade Council (HTC)" only the council.
Invented sentences (kg.extract.orgnames)."""

from rdflib.namespace import SKOS

from conftest import facts


def _named(f) -> set[tuple[str, str]]:
    return {(str(s).rsplit("/", 1)[-1], str(o)) for (s, p, o) in f.triples if p == SKOS.altLabel}


def test_a_name_listing_its_fields_with_commas(reference):
    named = _named(facts(reference, "The Challenge is organised by the Harbour, Ferry and Canal Bureau (HFCB) and the "
                                    "Riverton Science Commission."))
    assert ("harbour-ferry-and-canal-bureau", "HFCB") in named
    assert not any(body == "ferry-and-canal-bureau" for body, _ in named)


def test_a_name_after_a_list_of_people(reference):
    named = _named(facts(reference, "It met Bo, Cy and the Harbour Trade Council (HTC) on Monday."))
    assert ("harbour-trade-council", "HTC") in named
    assert not any(body.startswith("cy-") for body, _ in named)


def test_letters_that_spell_the_name_as_read_keep_it(reference):
    named = _named(facts(reference, "The Riverton Ferry and Canal Bureau (RFCB) met the press."))
    assert ("riverton-ferry-and-canal-bureau", "RFCB") in named
