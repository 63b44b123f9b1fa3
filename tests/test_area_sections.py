"""Areas set out as priorities, announced sections, headed sections and lists: invented sentences."""

import pytest

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def areas(reference, *paragraphs) -> set[str]:
    """The areas a text names: known ones (mentioned) and new concepts (in the scheme)."""
    findings = extract(split_sentences(list(paragraphs)), title=None, published=None, doc=DOC, reference=reference)
    found = {str(e) for e in findings.mentions if "/area/" in str(e)}
    found |= {str(s) for (s, p, o) in findings.triples if p == SKOS.inScheme}
    return {a.rsplit("/", 1)[-1] for a in found}


def test_areas_said_to_be_priorities_of_the_co_operation(reference):
    assert areas(reference, "The Director said tourism and elderly care were the two priorities of the "
                            "co-operation between the two cities.") == {"tourism", "elderly-care"}


def test_an_agenda_item_and_the_list_it_covers(reference):
    assert areas(reference, "Urban renewal would be high on the agenda of the working group, covering heritage "
                            "conservation and flood control.") == {"urban-renewal", "heritage-conservation", "flood-control"}


def test_a_priority_of_no_co_operation_is_no_area(reference):
    assert areas(reference, "The manager said lower costs were the priority of the shop this year.") == set()


def test_announced_ordinal_sections_name_areas(reference):
    found = areas(reference, "Let me highlight three areas. First, tourism. Visitor numbers have doubled. "
                             "Second, digital trade: we will open a new portal. Third, elderly care.")
    assert found == {"tourism", "commerce-trade-and-investment", "elderly-care"}


def test_ordinals_without_an_announced_list_of_areas_are_not_areas(reference):
    assert areas(reference, "Let me say a few words. First, tourism. Second, the weather was kind.") == set()


def test_an_ordinal_clause_is_not_an_area(reference):
    assert areas(reference, "We will focus on three areas. First, we will meet more often.") == set()


def test_headed_sections_of_a_numbered_list(reference):
    found = areas(reference, "(a) Tourism: joint promotion of routes;", "(b) Culture, sports and heritage: co-organising events.")
    assert found == {"tourism", "cultural-and-creative-industries", "sports", "heritage"}


def test_a_single_headed_line_is_no_list(reference):
    assert areas(reference, "(a) Heritage: the building dates from 1920.") == set()


def test_a_passage_headed_by_a_known_area(reference):
    assert areas(reference, "On tourism, we will launch two new routes.") == {"tourism"}
    assert areas(reference, "On Monday, we will launch two new routes.") == set()
    assert areas(reference, "On the new bridge, work will start soon.") == set()


def test_other_fields_include_a_list_ending_in_he_said(reference):
    assert areas(reference, "Other fields include tourism and elderly care, he said.") == {"tourism", "elderly-care"}


def test_results_in_areas_from_one_field_to_another(reference):
    found = areas(reference, "The conference has produced results in areas from aviation to exhibitions.")
    assert found == {"civil-aviation-maritime-transport-and-logistics", "convention-and-exhibition-industry"}


def test_sectors_a_placement_covers_are_no_areas(reference):
    assert areas(reference, "The internships cover sectors from fintech to port logistics.") == set()


def test_a_field_of_co_operation_and_what_it_includes(reference):
    found = areas(reference, "They discussed water co-operation, including flood control and river cleaning.")
    assert {"flood-control", "river-cleaning"} <= found
    assert areas(reference, "Through a wide range of exchanges, including visits and seminars, ties grew.") == set()


def test_an_area_that_has_become_one_of_the_fields_of_the_co_operation(reference):
    found = areas(reference, "The Director said elderly care had become one of the most active fields of co-operation "
                             "between the two cities.")
    assert found == {"elderly-care"}
    assert areas(reference, "Robotics would become one of its busiest tracks, the mechanism's chairman said.") == {"robotics"}
    # near miss: a shop's line of business
    assert areas(reference, "The bakery said bread had become one of its busiest lines this year.") == set()


def test_areas_among_the_priorities_of_the_two_cities(reference):
    found = areas(reference, "He noted that river cleaning and the creative industries were among the priorities "
                             "agreed by the two cities.")
    assert found == {"river-cleaning", "cultural-and-creative-industries"}
    assert areas(reference, "The manager said lower costs were among the priorities of the shop.") == set()


def test_the_creative_industries_are_the_cultural_and_creative_industries(reference):
    found = areas(reference, "The two sides agreed to deepen co-operation in the creative industries and river cleaning.")
    assert found == {"cultural-and-creative-industries", "river-cleaning"}


def test_a_counted_list_of_areas_set_apart_by_semicolons(reference):
    found = areas(reference, "The working meeting picked five areas for the next round of co-operation: finance; river "
                             "cleaning; tourism and aviation; elderly care; and film archives.")
    assert found == {"finance", "river-cleaning", "tourism", "civil-aviation-maritime-transport-and-logistics",
                     "elderly-care", "film-archives"}


def test_a_miscounted_list_with_commas_names_only_known_areas(reference):
    found = areas(reference, "The two sides agreed to work on two fronts: tourism, healthcare and river cleaning.")
    assert found == {"tourism", "healthcare-and-medicine-regulation"}


def test_a_counted_list_that_is_not_of_the_co_operation_or_miscounted(reference):
    assert areas(reference, "The shop has three priorities: price; service; and tourism.") == set()
    found = areas(reference, "The two sides named four areas of co-operation: finance; river cleaning; and film archives.")
    assert found == {"finance"}
    found = areas(reference, "The two sides set three priorities: finance; to meet more often; and making new plans.")
    assert found == {"finance"}


def test_sections_announced_as_things_both_sides_do_together(reference):
    found = areas(reference, "Let me mention three things we are building together. First, marine research. It has grown. "
                             "Second, film archive collaboration. Third, tourism.")
    assert found == {"marine-research", "film-archive-collaboration", "tourism"}
    # near misses: things not done together; how the sides co-operate rather than in what
    assert areas(reference, "Let me tell you three things about my trip. First, the noodles. Second, the river.") == set()
    assert areas(reference, "Two things we will pursue together. First, closer co-operation. Second, more visits.") == set()


# --- wordings of the scheme's areas that releases use ----------------------------------------------
def test_wordings_of_the_schemes_areas(reference):
    assert areas(reference, "The two sides will deepen co-operation in port services, trade promotion and the "
                            "financial sector.") == {"civil-aviation-maritime-transport-and-logistics",
                                                     "commerce-trade-and-investment", "finance"}
    assert areas(reference, "They agreed to step up collaboration in arbitration and mediation, public health, "
                            "I&T and youth affairs.") == {"legal-and-dispute-resolution", "healthcare-and-medicine-regulation",
                                                         "innovation-and-technology", "youth-development"}


def test_the_exhibition_trade_is_one_area_in_its_many_wordings(reference):
    for wording in ("exhibitions", "the exhibition industry", "convention and exhibition services"):
        assert areas(reference, f"The two cities will co-operate in areas such as {wording} and river restoration.") \
            == {"convention-and-exhibition-industry", "river-restoration"}


def test_a_wording_inside_a_longer_phrase_is_not_that_area(reference):
    # near miss: "port" in a place's name, "medical" before a noun of its own
    assert areas(reference, "They agreed to co-operate in areas such as medical devices and river restoration.") \
        == {"medical-devices", "river-restoration"}
    assert areas(reference, "The delegation toured the Riverton Port and the exhibition hall.") == set()


# --- where a list of areas ends --------------------------------------------------------------------
def test_a_list_ends_before_the_parties_between_whom_it_runs(reference):
    assert areas(reference, "They will step up co-operation in river restoration and flood control between "
                            "Riverton and Northbay.") == {"river-restoration", "flood-control"}
    # near miss: "between" inside an item of common nouns stays in the item
    assert areas(reference, "They will co-operate in areas such as exchanges between universities and flood "
                            "control.") == {"exchanges-between-universities", "flood-control"}


def test_a_list_ends_before_a_second_phrase_and_on(reference):
    assert areas(reference, "They exchanged views on co-operation in river restoration, museums and flood control, "
                            "and on joint productions by drama groups.") == {"river-restoration", "museums", "flood-control"}


# --- a feature's wording: "the agenda covers everything from A to B", "its remit extends to A and B" --
def test_an_agenda_or_remit_that_runs_from_one_field_to_another(reference):
    assert areas(reference, "These days the agenda covers everything from river restoration to elderly care.") \
        == {"river-restoration", "elderly-care"}
    # a list or a remit names the scheme's known areas only: lists and remits are of anything
    assert areas(reference, "The list agreed in May runs from flood control and tourism to youth internships.") == set()
    assert areas(reference, "The mechanism's remit now extends to healthcare and river restoration.") \
        == {"healthcare-and-medicine-regulation"}
    # near misses found in review: exchanges, speakers, another collaboration
    assert areas(reference, "The exchanges of the two sides covered everything from the weather to the price of property.") == set()
    assert areas(reference, "The list of speakers runs from public health experts to airport managers.") == set()
    assert areas(reference, "The collaboration between the two universities extends to joint supervision of doctoral "
                            "students and shared laboratories.") == set()


def test_times_and_places_that_a_meeting_runs_over_are_no_areas(reference):
    # near misses: the same verbs of a meeting's hours, an agreement's years, a visit's cities
    assert areas(reference, "The talks ran from morning to night.") == set()
    assert areas(reference, "The co-operation agreement runs from 2031 to 2034.") == set()
    assert areas(reference, "The co-operation was extended to the Riverton district last year.") == set()


# --- "X co-operation": a known field before the word co-operation ------------------------------------
def test_a_known_field_before_co_operation_is_that_area(reference):
    assert areas(reference, "The two cities will deepen tourism co-operation and I&T collaboration.") \
        == {"tourism", "innovation-and-technology"}
    # near misses: a body's name, and a field word before some other noun
    assert areas(reference, "The Tourism Co-operation Working Group met in Riverton today.") == set()
    assert areas(reference, "They signed a tourism agreement in Riverton.") == set()


# --- a counted list set apart by commas ---------------------------------------------------------------
def test_a_counted_list_of_as_many_items_as_it_says_names_new_areas(reference):
    assert areas(reference, "The two sides agreed to focus their work on three fronts: online enforcement, "
                            "flood control, and the promotion of design trading.") \
        == {"online-enforcement", "flood-control", "promotion-of-design-trading"}


def test_a_counted_list_of_other_things_or_of_more_items_names_no_new_areas(reference):
    # near misses: a count that does not match, places to visit, deeds
    assert areas(reference, "The two sides agreed on three areas: flood control, river restoration, heritage "
                            "conservation and tourism.") == {"tourism"}
    assert areas(reference, "The delegation will visit three places: the museum, the port and the library.") == set()
    assert areas(reference, "The two sides agreed on three measures: to promote visits, to share data and to "
                            "train staff.") == set()


# --- more wordings that open a list of areas -------------------------------------------------------------
def test_lists_that_agreements_items_and_opportunities_open(reference):
    expected = {"river-restoration", "elderly-care"}
    for sentence in ("The two sides signed 12 co-operation agreements covering river restoration and elderly care.",
                     "The 30 co-operation items agreed at the session cover river restoration and elderly care.",
                     "Areas of co-operation: river restoration and elderly care.",
                     "Both sides hoped to expand co-operation to river restoration and elderly care.",
                     "The two sides will explore co-operation opportunities in river restoration and elderly care."):
        assert areas(reference, sentence) == expected, sentence


def test_what_an_agreement_or_a_programme_otherwise_covers_is_no_area(reference):
    # near misses: an agreement's term, a programme's events
    assert areas(reference, "The co-operation agreement covers the period from 2031 to 2034.") == set()
    assert areas(reference, "The festival's programme covers film screenings and concerts.") == set()


# --- the fields of the groups the co-operation sets up ------------------------------------------------
def test_the_known_fields_of_task_forces_and_working_groups(reference):
    assert areas(reference, "The meeting agreed to set up three task forces, on maritime co-operation, on the "
                            "exhibition industry, and on tourism promotion.") \
        == {"civil-aviation-maritime-transport-and-logistics", "convention-and-exhibition-industry", "tourism"}
    # near miss: a group's business that is no known field
    assert areas(reference, "The working group on the plenary session's preparations met today.") == set()


def test_known_fields_of_the_co_operation_between_the_two_cities(reference):
    assert areas(reference, "Co-operation between the two cities in finance, sci-tech innovation and culture has "
                            "borne fruit.") == {"finance", "innovation-and-technology", "cultural-and-creative-industries"}
    # near miss: a known word that only modifies another noun
    assert areas(reference, "Co-operation between the two cities in finance talks has borne fruit.") == set()


def test_etc_ends_a_list_without_being_an_area(reference):
    assert areas(reference, "They will deepen co-operation in river restoration, elderly care, etc.") \
        == {"river-restoration", "elderly-care"}


def test_other_industries_closing_a_list_are_no_area(reference):
    assert areas(reference, "They will expand co-operation in biomedicine, river restoration and other emerging "
                            "industries.") == {"biomedicine", "river-restoration"}


def test_a_wide_range_of_areas_from_one_to_another(reference):
    assert areas(reference, "The Conference has promoted co-operation in a wide range of areas, from finance and "
                            "trade to river restoration.") == {"finance", "commerce-trade-and-investment", "river-restoration"}


def test_a_list_ends_before_to_a_new_level(reference):
    assert areas(reference, "The agreements will bring co-operation in river restoration and elderly care to a new "
                            "level.") == {"river-restoration", "elderly-care"}
    # near miss: "to" between two items of a list that does not run "from" one to the other stays in the item
    assert areas(reference, "They will co-operate in areas such as access to markets.") == {"access-to-markets"}


def test_an_area_said_to_be_a_key_area_of_the_co_operation(reference):
    assert areas(reference, "River restoration is a key area of co-operation between the two cities.") == {"river-restoration"}
    assert areas(reference, "Legal services form one of the core areas of the co-operation.") == {"legal-and-dispute-resolution"}
    # near misses: a city's strengths, a thing that is a highlight of the co-operation
    assert areas(reference, "Finance is one of Riverton's key strengths.") == set()
    assert areas(reference, "The new bridge is a highlight of co-operation between the two cities.") == set()


def test_a_quoted_list_ends_before_the_speaker(reference):
    assert areas(reference, "\"We will strengthen co-operation in flood control, river restoration and the exhibition "
                            "industry,\" he said.") == {"flood-control", "river-restoration", "convention-and-exhibition-industry"}
    assert areas(reference, "\"We will strengthen co-operation in flood control and the exhibition industry,\" "
                            "Mr Chan said.") == {"flood-control", "convention-and-exhibition-industry"}


@pytest.mark.parametrize("sentence", [
    "Mr Bo Kettle discussed the exhibition with officials of the Riverton Museum.",
    "The two leaders exchanged views on the exhibition of the museum's treasures and the airport's third runway.",
    "The Secretary said the Government would focus on investment in infrastructure, including the airport and the port.",
    "They discussed the supply of medicine to Riverton residents.",
])
def test_an_exhibition_a_port_or_medicine_in_another_sense_is_no_area(reference, sentence):
    """One-word senses found in review: a show, a place, a policy's money, a supply."""
    assert areas(reference, sentence) == set()


@pytest.mark.parametrize("sentence", [
    "The two cities will work on three fronts of the co-operation: at the city level, at the district level and at the "
    "community level.",
    "The co-operation will proceed in three directions: more visits, closer ties and bigger investments.",
    "The Secretary said the agreements signed at the meeting were in eight areas of co-operation.",
])
def test_levels_aims_and_clauses_are_no_new_areas(reference, sentence):
    """Counted lists and priorities that name no field (found in review)."""
    assert areas(reference, sentence) == set()


def test_known_fields_of_co_operation_with_a_place(reference):
    assert areas(reference, "Mr Bo Kettle said Riverton would deepen co-operation with Shanghai in finance and tourism.") \
        == {"finance", "tourism"}
    assert areas(reference, "Riverton will co-operate with Shanghai in finance and tourism.") == {"finance", "tourism"}
    assert areas(reference, "Riverton will collaborate with the Shanghai Tourism Office on tourism.") == {"tourism"}
    # near misses: exchanges with bodies "in" a city, and a time after "in"
    assert areas(reference, "He held exchanges with major chambers of commerce in Hong Kong, as well as leaders of companies "
                            "in industries such as shipping.") <= {"civil-aviation-maritime-transport-and-logistics"}
    assert areas(reference, "Riverton has deepened co-operation with Shanghai in the past decade.") == set()


def test_agreements_signed_covering_fields(reference):
    assert areas(reference, "Riverton and Shanghai signed 16 co-operation agreements on Tuesday at the seventh plenary "
                            "session of the Hong Kong/Shanghai Co-operation Conference, covering finance, river restoration "
                            "and tourism.") == {"finance", "river-restoration", "tourism"}
    # near miss: a term, not fields
    assert areas(reference, "They signed two co-operation agreements today, covering the period from 2031 to 2034.") == set()


@pytest.mark.parametrize("sentence", [
    "The agreements involve finance, river restoration and tourism.",
    "The two sides signed agreements relating to finance, river restoration and tourism.",
    "The 16 agreements span finance, river restoration and tourism.",
])
def test_the_known_fields_agreements_involve(reference, sentence):
    assert areas(reference, sentence) == {"finance", "tourism"}  # known ones only: "river restoration" is not in the scheme


def test_what_agreements_involve_that_is_no_field(reference):
    assert areas(reference, "The agreements involve the two governments and twelve public bodies.") == set()


def test_the_known_fields_of_co_operation_projects(reference):
    assert areas(reference, "Co-operation projects in finance and river restoration will be launched.") == {"finance"}
    # near miss: projects in a place
    assert areas(reference, "Co-operation projects in Riverton will be launched.") == set()


def test_a_meetings_topics_that_are_all_fields_are_areas(reference):
    found = areas(reference, "The minister met the harbour master to exchange views on ferry ticketing, sea wall upkeep "
                             "and the upkeep of river mouths.")
    assert found == {"ferry-ticketing", "sea-wall-upkeep", "upkeep-of-river-mouths"}


@pytest.mark.parametrize("sentence, expected", [
    # a topic that is no field spoils the list: only the known areas in it count
    ("They exchanged views on the preparations for the gala, tourism and ferry ticketing.", {"tourism"}),
    ("Both sides discussed arrangements for the next meeting, the visit and the weather.", set()),
    # two topics are too few to tell a list of fields
    ("They exchanged views on ferry ticketing and sea wall upkeep.", set()),
])
def test_topics_that_are_not_plainly_fields_name_no_new_area(reference, sentence, expected):
    assert areas(reference, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a known field narrowed by the words before it is a narrower topic, not the broad field
    ("They exchanged views on cultural tourism and finance.", {"finance"}),
    # but a verb before it governs it: "strengthening trade co-operation" is trade
    ("They exchanged views on strengthening economic and trade co-operation.", {"commerce-trade-and-investment"}),
])
def test_a_narrowed_topic_is_not_the_broad_field(reference, sentence, expected):
    assert areas(reference, sentence) == expected
