"""The field an agreement's name gives it, and what the co-operation itself covers (kg/extract/area_agreements.py,
kg.extract.area_cues.REMIT): invented sentences, each kind with a near miss that must give nothing."""

from test_area_sections import areas

CIVIL = "civil-aviation-maritime-transport-and-logistics"
TRADE = "commerce-trade-and-investment"


def test_the_field_an_agreement_is_named_for(reference):
    assert areas(reference, "The two bureaux signed a Memorandum of Understanding on Financial Co-operation today.") == {"finance"}
    assert areas(reference, "The council and the commission signed a Memorandum of Understanding (MoU) on promoting "
                            "two-way trade and investment in Riverton.") == {TRADE}
    assert areas(reference, "The board signed an agreement on tourism promotion with the Riverton administration.") == {"tourism"}


def test_a_field_the_name_narrows_or_only_modifies_is_no_area(reference):
    for sentence in ("The two bureaux signed a Letter of Intent on Cruise Tourism Promotion.",
                     "The two bureaux signed a Memorandum of Understanding on Green Shipping Corridor Co-operation.",
                     "The two bureaux signed an Agreement on Mutual Recognition of Authorised Economic Operators."):
        assert not {"tourism", CIVIL, TRADE} & areas(reference, sentence), sentence


def test_a_firm_s_agreement_or_a_batch_s_summary_names_no_area_here(reference):
    assert areas(reference, "The two firms signed an MoU on logistics at the fair.") == set()
    assert areas(reference, "The two sides signed agreements on research collaboration and talent exchange.") == set()


def test_another_pair_s_agreement_is_not_ours(reference):
    found = areas(reference, "At the Hong Kong/Guangdong Co-operation Joint Conference the two sides signed an agreement on "
                             "tourism promotion.")
    assert "tourism" not in found, found


def test_what_the_co_operation_now_covers(reference):
    assert areas(reference, "The Hong Kong/Shanghai Co-operation Conference, set up in 2003, now covers emergency management "
                            "and urban safety alongside its economic agenda.") == {"emergency-management", "urban-safety"}
    assert areas(reference, "The co-operation between the two governments, which covers legal services and culture among "
                            "other areas, goes on.") == {"legal-and-dispute-resolution", "cultural-and-creative-industries"}


def test_what_a_firm_s_co_operation_or_a_later_clause_covers_is_no_area(reference):
    assert areas(reference, "The co-operation between the two companies covers retail outlets and parking.") == set()
    assert areas(reference, "Co-operation is vital, and the report covers retail outlets and parking.") == set()
    assert areas(reference, "The co-operation now covers all sorts of things.") == set()


def test_fields_of_co_operation_with_a_place(reference):
    assert areas(reference, "The bureau will promote co-operation with Riverton in urban planning, river restoration and "
                            "construction technology.") == {"urban-management", "river-restoration", "construction-technology"}
    assert areas(reference, "The bureau will strengthen co-operation with Riverton in the coming years and the project.") == set()
