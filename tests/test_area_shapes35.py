"""Co-operation areas in shapes of mainland reports, speeches and bulletins: invented sentences, each with a near miss."""

import pytest

from test_area_sections import areas

NAMED = "The Hong Kong/Shanghai Co-operation Conference met in the spring."


def test_a_list_that_ends_with_its_source(reference):
    found = areas(reference, "The two sides agreed to step up co-operation in tourism, river works and elderly care, "
                             "according to a joint statement issued after the meeting.")
    assert found == {"tourism", "river-works", "elderly-care"}


def test_areas_among_them(reference):
    found = areas(reference, "The two towns agreed to deepen co-operation in nine areas, among them tourism, river works "
                             "and healthcare, and to make harbour dredging a new area of co-operation.")
    assert found == {"tourism", "river-works", "healthcare-and-medicine-regulation", "harbour-dredging"}
    # near miss: a firm that makes someone a partner of its own
    assert areas(reference, "The firm made John a new partner of the company.") == set()


def test_a_colon_list_of_what_preparations_focus_on(reference):
    found = areas(reference, "The two sides agreed that preparations for the next plenary session would focus on: "
                             "finance; international shipping; the digital economy; and youth exchanges.")
    assert found == {"finance", "civil-aviation-maritime-transport-and-logistics", "digital-economy", "youth-development"}
    # near miss: a shop's focus, no co-operation
    assert areas(reference, "The shop will focus on: shoes; hats; and bags.") == set()


def test_what_co_operation_this_year_centres_on(reference):
    found = areas(reference, "He said the two cities' co-operation this year would centre on finance and river works.")
    assert found == {"finance", "river-works"}


def test_fields_added_in_the_passive(reference):
    assert areas(reference, "Rowing and the drone economy are added to the areas of co-operation.") == {
        "rowing", "drone-economy"}
    # near miss: something added to a list that is not of areas
    assert areas(reference, "Shoes and hats were added to the list of goods.") == set()


def test_a_field_listed_as_a_priority_of_the_pair(reference):
    assert areas(reference, "At the third plenary session, the two sides listed youth exchanges as a priority.") == {
        "youth-development"}
    # near miss: a company's priority
    assert areas(reference, "The company named cost cutting as a priority.") == set()


def test_the_counted_areas_told_after_the_count(reference):
    assert areas(reference, NAMED, "The three areas are river works, elderly care and tourism.") == {
        "river-works", "elderly-care", "tourism"}


@pytest.mark.parametrize("paragraphs", [
    # a list with more items than it counts; a text that never named the mechanism
    [NAMED, "The three areas are river works, elderly care, tourism and shoes."],
    ["The shop has three areas.", "The three areas are shoes, hats and bags."],
])
def test_no_counted_areas_from_a_near_miss(reference, paragraphs):
    assert areas(reference, *paragraphs) == set()


def test_fields_a_co_operation_is_singled_out_in(reference):
    found = areas(reference, "The fair lets the two cities take their co-operation to a new level, in particular in "
                             "tourism, in the convention and exhibition industry, and in culture.")
    assert found == {"tourism", "convention-and-exhibition-industry", "cultural-and-creative-industries"}
    # near miss: no co-operation singled out
    assert areas(reference, "The weather was fine, especially in the morning.") == set()


def test_the_agenda_of_the_mechanism(reference):
    assert areas(reference, "The Hong Kong/Shanghai Co-operation Conference has a long agenda: finance, river works and "
                            "tourism.") == {"finance", "river-works", "tourism"}
    assert areas(reference, "Today the conference's agenda covers finance and elderly care.") == {"finance", "elderly-care"}
    # near misses: a board's agenda; a club's
    assert areas(reference, "The agenda of the board meeting covers budgets and hiring.") == set()
    assert areas(reference, "The club has a busy agenda: dinners, walks and talks.") == set()


def test_the_areas_agreed_and_the_list_after_the_clause(reference):
    found = areas(reference, "The report notes that the areas of co-operation agreed at the three sessions so far, such "
                             "as finance, river works and healthcare, have brought benefits.")
    assert found == {"finance", "river-works", "healthcare-and-medicine-regulation"}


def test_the_items_carried_out_in_known_fields(reference):
    found = areas(reference, "Since then, the two sides have carried out the co-operation items agreed there one by one, "
                             "in finance, shipping and culture.")
    assert found == {"finance", "civil-aviation-maritime-transport-and-logistics", "cultural-and-creative-industries"}


def test_fields_listed_as_key_fields_of_co_operation(reference):
    assert areas(reference, "Finance, river works and tourism were listed as key fields of co-operation.") == {
        "finance", "river-works", "tourism"}
    # near miss: not of co-operation
    assert areas(reference, "Red and blue were listed as colours of the team.") == set()


def test_the_consensus_in_particular_in_fields(reference):
    found = areas(reference, "Shanghai would work with Hong Kong to implement the consensus reached at the session, in "
                             "particular in financial services, trade and investment and shipping.")
    assert found == {"finance", "commerce-trade-and-investment", "civil-aviation-maritime-transport-and-logistics"}


def test_the_outcomes_of_the_mechanism_in_fields(reference):
    found = areas(reference, "The Secretary will follow up on the outcomes of the Hong Kong/Shanghai Co-operation "
                             "Conference in youth development and tourism.")
    assert found == {"youth-development", "tourism"}
    # near miss: a session in a place
    assert areas(reference, "The Secretary reviewed the outcomes of the plenary session in Shanghai.") == set()


def test_new_proposals_discussed_on_known_fields(reference):
    assert areas(reference, "The two sides discussed new proposals on finance and tourism.") == {"finance", "tourism"}
    assert areas(reference, "The board discussed new plans for the canteen and the car park.") == set()


def test_fields_among_the_focuses_and_high_on_the_agenda(reference):
    assert areas(reference, "Tourism was among the focuses of the talks between the two sides.") == {"tourism"}
    assert areas(reference, "River works and tourism were also high on the agenda of the plenary session.") == {
        "river-works", "tourism"}
    # near misses: an airline's focuses; guests among whom someone was
    assert areas(reference, "Cheap flights were among the focuses of the airline.") == set()
    assert areas(reference, "He was among the guests at the plenary session.") == set()
