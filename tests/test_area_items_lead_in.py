"""Items of a semicolon list of areas whose words lead in to a known area ("the exchange of talent", "exchanges in
education and sports") or follow it as a field word ("airport co-operation"): the known areas, no new ones."""

import pytest

from test_area_sections import areas

LEAD = "At the session, the two sides agreed to co-operate in the following six areas: "


@pytest.mark.parametrize("items, expected", [
    ("airport co-operation; tourism; finance; professional services and the exchange of talent; and exchanges in "
     "education, health care and culture.",
     {"civil-aviation-maritime-transport-and-logistics", "tourism", "finance", "professional-services",
      "education-and-talent-development", "healthcare-and-medicine-regulation", "cultural-and-creative-industries"}),
    # near misses: an item with words of its own is a new area beside the known one
    ("finance; tourism; and cold-chain storage, sports and culture.",
     {"finance", "tourism", "cold-chain-storage", "sports", "cultural-and-creative-industries"}),
])
def test_words_that_lead_in_to_a_known_area_are_no_area(reference, items, expected):
    found = areas(reference, LEAD + items)
    assert expected <= found and not {a for a in found if a.startswith(("the-", "exchanges", "airport"))}


@pytest.mark.parametrize("sentence, expected", [
    ("The Beijing-Hong Kong Economic and Trade Co-operation Conference met in Beijing.", set()),
    # near miss: the field's co-operation between the two places, with no name going on
    ("Hong Kong-Shanghai economic and trade co-operation has grown.", {"commerce-trade-and-investment"}),
])
def test_a_conference_named_for_its_field_names_no_area(reference, sentence, expected):
    assert areas(reference, sentence) == expected
