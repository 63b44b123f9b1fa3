"""Co-operation areas in further constructions of English prose: invented sentences."""

import pytest

from test_area_sections import areas


def test_other_fields_closing_a_list_leave_no_area_behind(reference):
    assert areas(reference, "The two towns will carry out practical co-operation in finance, tourism, health and other "
                            "fields.") == {"finance", "tourism", "healthcare-and-medicine-regulation"}


@pytest.mark.parametrize("sentence", [
    "Both towns agreed to enhance co-operation in the light of the new situation, in line with the principle of "
    "mutual benefit and win-win results.",
    "The two harbours will deepen co-operation in line with market rules and shared goals.",
    "The parties will promote co-operation in a pragmatic manner and with mutual benefit.",
])
def test_idioms_after_co_operation_in_are_no_fields(reference, sentence):
    assert areas(reference, sentence) == set()


def test_innovation_alone_is_the_innovation_field(reference):
    assert areas(reference, "The two towns will co-operate in finance, innovation and culture.") == {
        "finance", "innovation-and-technology", "cultural-and-creative-industries"}
    # near miss: innovation paired with start-ups is a field of young founders, not the I&T field
    assert "innovation-and-technology" not in areas(reference, "The youth group came for exchanges of experience "
                                                               "in innovation and business start-up.")


def test_a_field_narrowed_by_one_word_in_a_list_of_areas_is_a_field_of_its_own(reference):
    found = areas(reference, "The two ports will co-operate in areas such as ferry tourism, harbour tourism and finance.")
    assert {"ferry-tourism", "harbour-tourism", "tourism", "finance"} == found


@pytest.mark.parametrize("sentence, expected", [
    # a modifier that is a field itself, or a longer phrase, does not make a new field of the item
    ("The two ports will co-operate in areas such as cultural tourism and finance.", {"tourism", "finance"}),
    ("The two ports will co-operate in areas such as the upkeep of harbour tourism and finance.", {"tourism", "finance"}),
    # a manner is no narrower field: green finance is finance
    ("The two ports will co-operate in areas such as green finance and tourism.", {"tourism", "finance"}),
])
def test_a_field_narrowed_otherwise_is_the_broad_field(reference, sentence, expected):
    assert {a for a in areas(reference, sentence)} == {
        {"tourism": "tourism", "finance": "finance"}[e] for e in expected}


def test_fields_two_parties_work_together_on(reference):
    assert areas(reference, "The two ports agreed to team up on ferry ticketing, sea wall upkeep and tourism, "
                            "the Director said.") == {"ferry-ticketing", "sea-wall-upkeep", "tourism"}
    assert areas(reference, "Both towns will join hands in developing river restoration, flood control and "
                            "finance.") == {"river-restoration", "flood-control", "finance"}


def test_what_parties_work_together_on_that_is_no_list_of_fields(reference):
    assert areas(reference, "The two teams will work together on the preparations for the gala and the visit.") == set()
    assert areas(reference, "The staff will work together on ferry ticketing and sea wall upkeep.") == set()
