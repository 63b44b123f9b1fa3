"""Chinese-style long names of bodies with their Chinese name in brackets, perhaps with an English abbreviation after
a comma (kg.extract.orgnames): "the Riverton Municipal Federation of Crafts and Trades (河城市工艺商会, Riverton FCT)",
"Deputy Director of the Riverton Commission of Harbour Works and Transport (河城市港务和交通委员会)". The Chinese name
and the abbreviation are other names of the body (not of the title before it); the abbreviation then stands for it.

Every sentence is invented; near misses: a title's body with a person's short Chinese name after it, and a body
whose field is not capitalised."""

from rdflib import RDFS
from rdflib.namespace import SDO, SKOS

from conftest import facts, tail


def org_names(found) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for (s, p, o) in found.triples:
        if p == SKOS.altLabel and "/org/" in str(s):
            out.setdefault(tail(s), set()).add(str(o))
    return out


def test_a_field_after_the_head_word_and_an_abbreviation_after_the_chinese_name(reference):
    found = org_names(facts(reference, "Ms Oda Venn, Vice-Chairman of the Riverton Municipal Federation of Crafts and "
                                       "Trades (河城市工艺商会, Riverton FCT), spoke at the dinner."))
    assert found.get("riverton-municipal-federation-of-crafts-and-trades") == {"河城市工艺商会", "Riverton FCT"}
    assert not any(name.startswith("vice-chairman") for name in found)


def test_a_long_chinese_name_after_a_titles_body_is_the_bodys(reference):
    found = org_names(facts(reference, "The guest was Mr Ivo Brandt, Deputy Director of the Riverton Commission of Harbour "
                                       "Works and Transport (河城市港务和交通委员会)."))
    assert found.get("riverton-commission-of-harbour-works-and-transport") == {"河城市港务和交通委员会"}


def test_the_abbreviation_then_names_the_body_as_organiser(reference):
    found = facts(reference, "The Riverton Society of Builders (河城市建筑学会, RSB) was founded long ago.",
                  "On 3 May 2031, the RSB organised the Riverton Builders Forum at the Harbour Hall.")
    organisers = {tail(o) for (s, p, o) in found.triples if p == SDO.organizer}
    assert "riverton-society-of-builders" in organisers


def test_a_persons_short_chinese_name_after_a_titles_body_names_no_body(reference):
    found = org_names(facts(reference, "The Chairman of the Riverton Municipal Federation of Crafts and Trades (白浩) "
                                       "opened the fair."))
    assert not any("riverton" in name for name in found)


def test_a_field_in_lower_case_is_no_part_of_the_name(reference):
    found = org_names(facts(reference, "Ms Oda Venn spoke for the Riverton Federation of local traders (河城商会)."))
    assert "riverton-federation-of-local-traders" not in found
