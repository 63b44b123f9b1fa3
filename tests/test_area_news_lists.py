"""Areas as wire stories and briefs list them: double-hyphen bullets, a counted list a clause announces, an
"item of co-operation", and the World Expo the mechanism once worked on. Every text is invented."""

from kg.text.clean import clean
from kg.text.sentences import split_sentences

from test_area_sections import areas

CONF = "The Hong Kong/Shanghai Co-operation Conference met in Riverton."


def test_double_hyphen_bullets_join_the_list_they_set_out():
    body = "The two sides agreed to work together in three areas:\n\n-- aviation;\n\n-- tourism; and\n\n-- finance.\n"
    texts = [s.text for s in split_sentences(clean(body, title=None, published=None).paragraphs)]
    assert "The two sides agreed to work together in three areas: aviation; tourism; and finance." in texts


def test_a_signature_dash_line_is_no_bullet():
    body = "Thank you for your note.\n\n-- \nJane Wong\n"
    texts = " ".join(s.text for s in split_sentences(clean(body, title=None, published=None).paragraphs))
    assert "Thank you for your note." in texts


def test_a_counted_list_a_clause_announces(reference):
    found = areas(reference, CONF, "It is expected that three areas will be added to those agreed in 2031: innovation and "
                                   "technology, legal services and harbour pilotage.")
    assert found == {"innovation-and-technology", "legal-and-dispute-resolution", "harbour-pilotage"}


def test_a_clause_list_longer_than_counted_names_nothing(reference):
    assert areas(reference, CONF, "Two areas will be added to the plan: tourism, finance and the car park.") == set()


def test_a_clause_list_of_no_fields_names_nothing(reference):
    assert areas(reference, CONF, "Three areas will be closed for repairs: the lobby, the east wing and the car park.") == set()


def test_a_clause_list_without_the_mechanism_names_nothing(reference):
    assert areas(reference, "Three areas will be discussed: finance, tourism and sport.") == set()


def test_an_item_of_co_operation(reference):
    assert areas(reference, "He said preparations for the Expo had been an item of co-operation between the two places "
                            "since 2034.") == {"world-expo-2010"}


def test_the_world_expo_in_a_list_of_areas(reference):
    found = areas(reference, "The two sides agreed to co-operate in finance, tourism and the 2010 World Expo.")
    assert found == {"finance", "tourism", "world-expo-2010"}


def test_fields_identified_as_priorities_of_the_two_cities(reference):
    found = areas(reference, "The conference, which at its second session identified exhibitions, harbour pilotage and "
                             "professional services as priorities for the two cities, met again.")
    assert found == {"convention-and-exhibition-industry", "harbour-pilotage", "professional-services"}


def test_things_identified_as_priorities_of_a_shop_are_no_areas(reference):
    assert areas(reference, "The board identified lower costs and faster delivery as priorities for the shop.") == set()


def test_key_areas_for_both_cities_after_a_dash(reference):
    found = areas(reference, "This is one of the projects under the Hong Kong/Shanghai Co-operation Conference — youth "
                             "development, culture and tourism are key areas for both cities!")
    assert found == {"youth-development", "cultural-and-creative-industries", "tourism"}


def test_known_areas_to_build_on_and_work_closely_in(reference):
    assert areas(reference, "He hoped the two cities would build on that foundation in finance, shipping and youth exchanges.") \
        == {"finance", "civil-aviation-maritime-transport-and-logistics", "youth-development"}
    assert areas(reference, "They will work more closely in tourism and harbour pilotage.") == {"tourism"}


def test_working_together_in_a_place_names_no_area(reference):
    assert areas(reference, "The teams will work together in the new building on Riverton Road.") == set()
