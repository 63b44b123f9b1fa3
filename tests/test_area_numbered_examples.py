"""Areas in a spokesman's numbered examples ("(2) On innovation and technology, ..."), under the heading the
mechanism's items are agreed under ("items agreed under culture and sports"), and a list that ends "among other
areas" (kg.extract.area_sections, kg.extract.areas).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from test_area_sections import areas


@pytest.mark.parametrize("sentence, expected", [
    ("(2) On innovation and technology, universities of the two places set up eight joint laboratories.",
     {"innovation-and-technology"}),
    ("3. On youth development, the bureau arranged internships for 150 students;", {"youth-development"}),
    ("(iv) As regards tourism, the two boards held a joint fair.", {"tourism"}),
])
def test_a_numbered_example_headed_by_a_known_area(reference, sentence, expected):
    assert areas(reference, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "(5) On Monday, the two sides met in Riverton.",
    "2. On behalf of the Government, I thank the delegation.",
    "(3) On arrival, the delegates toured the port.",
])
def test_a_numbered_line_opening_with_on_and_no_area(reference, sentence):
    assert areas(reference, sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Sports exchange was one of the co-operation items agreed under culture and sports at the Fourth Plenary Session.",
     {"cultural-and-creative-industries", "sports"}),
    ("The items listed under finance, trade and tourism were reviewed by the working group.",
     {"finance", "commerce-trade-and-investment", "tourism"}),
])
def test_the_heading_items_are_agreed_under(reference, sentence, expected):
    assert areas(reference, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The items agreed under the new arrangement were reviewed by the working group.",
    "The items agreed under heavy rain and wind were postponed.",
    "The items stored under the stage were found.",
])
def test_no_area_under_a_heading_without_a_known_area(reference, sentence):
    assert areas(reference, sentence) == set()


def test_the_items_under_pattern_fails_fast():
    from kg.extract.area_sections import ITEMS_UNDER
    text = "items agreed under " + "a, " * 3000 + "!"
    started = time.perf_counter()
    ITEMS_UNDER.search(text)
    assert time.perf_counter() - started < 0.5


def test_a_list_that_ends_among_other_areas(reference):
    found = areas(reference, "At the session the two sides agreed on co-operation in finance, shipping and youth "
                             "development, among other areas.")
    assert found == {"finance", "civil-aviation-maritime-transport-and-logistics", "youth-development"}


@pytest.mark.parametrize("sentence, expected", [
    ("The co-operation items cover eight areas: (a) finance; (b) innovation and technology; and (c) elderly care.",
     {"finance", "innovation-and-technology", "elderly-care"}),
    ("The items fall into the following areas: finance, urban management and elderly care.",
     {"finance", "urban-management", "elderly-care"}),
])
def test_a_counted_list_of_areas_after_a_colon(reference, sentence, expected):
    assert areas(reference, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The co-operation items cover three areas.",
    "The co-operation items cover 12 areas.",
    "The people fall into the following groups: students, teachers and parents.",
])
def test_a_count_of_areas_alone_names_none(reference, sentence):
    assert areas(reference, sentence) == set()
