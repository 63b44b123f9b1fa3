"""Co-operation areas in further shapes of prose (kg/extract/area_cues.py): invented sentences, each with a near miss."""

import time

import pytest

from kg.extract.areas import _spans
from test_area_sections import areas


def test_an_enumeration_of_a_years_work_by_field(reference):
    assert areas(reference, "Firstly, in tourism, we staged two joint roadshows in Osaka.",
                 "Secondly, in the field of cold-chain logistics, we opened a shared depot with the port authority of the other town.",
                 "Thirdly, in river restoration, the two towns exchanged engineers.") == {
        "tourism", "cold-chain-logistics", "civil-aviation-maritime-transport-and-logistics", "river-restoration"}


@pytest.mark.parametrize("sentence", [
    "Firstly, in addition, we opened two offices.",
    "Secondly, in March, the delegation called on the Mayor.",
    "Thirdly, in 2024, the office received twelve groups.",
    "Finally, in this regard, we thank our partners.",
])
def test_an_enumeration_that_opens_with_no_field_names_none(reference, sentence):
    assert areas(reference, sentence) == set()


def test_what_a_session_is_to_cover(reference):
    found = areas(reference, "We expect the meeting to cover finance, especially fund management and bond issuance; "
                             "harbour works; tourism, sports and heritage; and youth exchange.")
    assert found == {"finance", "harbour-works", "tourism", "sports", "heritage", "youth-development"}
    # near miss: a meeting that covers its arrangements names no field
    assert areas(reference, "The meeting covered the arrangements for the visit and the timetable of the visit.") == set()


def test_an_aside_in_a_list_set_apart_by_semicolons_is_no_item(reference):
    found = areas(reference, "The talks will cover finance, especially green bonds and offshore funds; tourism; and trade.")
    assert found == {"finance", "tourism", "commerce-trade-and-investment"}


def test_the_items_agreed_and_what_they_cover(reference):
    assert areas(reference, "The office followed up the items agreed, which cover tourism, flood control and trade.") == {
        "tourism", "flood-control", "commerce-trade-and-investment"}
    # near miss: items that cover no fields ("the items on the agenda cover two pages")
    assert areas(reference, "The notes on the items agreed cover two pages.") == set()


def test_fields_added_to_the_areas_of_co_operation(reference):
    assert areas(reference, "The session added river restoration to the co-operation areas of the two towns.") == {
        "river-restoration"}
    assert areas(reference, "The two sides agreed on 20 items in 9 areas, with elderly care added to a list that runs "
                            "from tourism to culture.") >= {"elderly-care", "tourism", "cultural-and-creative-industries"}
    # near miss: something added to a list that is not of areas
    assert areas(reference, "The clerk added two names to the list of guests.") == set()


def test_partners_concentration_and_priorities_name_known_fields(reference):
    assert areas(reference, "The two towns are natural partners in tourism, the Mayor said.") == {"tourism"}
    assert areas(reference, "Follow-up has been concentrated in trade, shipping and, lately, culture.") == {
        "commerce-trade-and-investment", "civil-aviation-maritime-transport-and-logistics", "cultural-and-creative-industries"}
    assert areas(reference, "The town's priorities with its neighbour were tourism and trade.") == {
        "tourism", "commerce-trade-and-investment"}
    # near misses: partners in a project; a priority that is no field
    assert areas(reference, "The two firms are partners in the project.") == set()
    assert areas(reference, "The shop's priorities were lower costs and longer hours.") == set()


def test_openings_in_a_list_of_fields(reference):
    assert areas(reference, "The group looked for openings for members in trade, tourism and the silver economy.") == {
        "commerce-trade-and-investment", "tourism", "silver-economy"}
    # near miss: openings in a list that is not one of fields
    assert areas(reference, "The group looked for openings in the schedule, the venue and the budget.") == set()


def test_a_range_widened_by_adding_fields_and_the_gloss_of_fields(reference):
    assert areas(reference, "Its scope widened from three fields (trade, ports and tourism) to nine, adding culture, "
                            "flood control and, in 2025, the silver economy.") == {
        "commerce-trade-and-investment", "civil-aviation-maritime-transport-and-logistics", "tourism",
        "cultural-and-creative-industries", "flood-control", "silver-economy"}
    # near miss: a gloss in brackets of something else
    assert areas(reference, "The team (trade officers and clerks) arrived.") == set()


def test_the_field_of_the_items_a_session_agreed(reference):
    assert areas(reference, "The prize is one of the tourism items agreed at the session.") == {"tourism"}
    assert areas(reference, "The prize is one of the tourism awards given at the gala.") == set()


def test_a_list_closed_by_among_other_areas_names_each_items_field(reference):
    assert areas(reference, "The towns signed six agreements covering green finance, tourism promotion fairs and "
                            "youth internships, among other areas.") == {"finance", "tourism", "youth-development"}
    # near miss: without the closing words, a label that only modifies its item names no field
    assert areas(reference, "The towns signed six agreements covering youth internships.") == set()


def test_and_the_like_and_in_particular_close_items(reference):
    assert areas(reference, "The release promised co-operation in finance, tourism and the like.") == {"finance", "tourism"}
    assert areas(reference, "The towns will deepen co-operation in tourism and in furniture design in particular.") == {
        "tourism", "furniture-design"}


def test_cue_patterns_fail_fast_on_long_lists():
    text = "Firstly, in " + ", ".join(["harbour works"] * 400) + " with added " + " and ".join(["x"] * 400) + " (" + "a, " * 400
    started = time.process_time()
    list(_spans(text))
    list(_spans("The priorities " + "of the towns " * 300 + "were"))
    assert time.process_time() - started < 1.0


def test_numbered_examples_joined_into_one_list_each_open_with_their_area(reference):
    assert areas(reference, "The spokesman said: the bureau held a meeting on bonds; On tourism, the two boards staged "
                            "fairs; and On innovation and technology, labs were set up.") == {"tourism", "innovation-and-technology"}
    # near miss: an idiom after a semicolon names no area
    assert areas(reference, "The bureau held a meeting on bonds; On the whole, the fairs went well.") == set()


def test_emphasis_the_range_of_items_and_a_core_area(reference):
    assert areas(reference, "Traders welcomed this year's emphasis on tourism and trade.") == {
        "tourism", "commerce-trade-and-investment"}
    assert areas(reference, 'The clerk said the items "range from river restoration to tourism" this year.') >= {"tourism"}
    assert areas(reference, "The Mayor said tourism co-operation had been among the core areas of the "
                            "co-operation between the two towns.") == {"tourism"}
    # near misses: an emphasis on no field; prices that range from one sum to another
    assert areas(reference, "Traders welcomed the emphasis on speed and price.") == set()
    assert areas(reference, 'The items "range from HK$5 to HK$50" in the shop.') == set()


def test_closer_work_progress_and_work_with_a_party_on_known_fields(reference):
    assert areas(reference, "He called for closer work in tourism, shipping and trade.") == {
        "tourism", "civil-aviation-maritime-transport-and-logistics", "commerce-trade-and-investment"}
    assert areas(reference, "The towns have made new progress in tourism, culture and trade.") == {
        "tourism", "cultural-and-creative-industries", "commerce-trade-and-investment"}
    assert areas(reference, "The Government wanted to work with Riverton on tourism and trade.") == {
        "tourism", "commerce-trade-and-investment"}
    assert areas(reference, "Ms Lau added that tourism promotion had been an important part of co-operation "
                            "between the two towns.") == {"tourism"}
    # near misses: progress and work that name no field
    assert areas(reference, "He made progress in his talks.") == set()
    assert areas(reference, "The team will work with Mr Chan on the plan.") == set()
