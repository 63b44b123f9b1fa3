"""Lists of areas a text names as a list: "a list of areas for the session, covering A", "areas in which to work
together: A, B", "a common list: A, B", "listed A and B among its areas", "agreed to add A to the list"
(kg.extract.areas, kg.extract.area_cues): invented sentences, each kind with a near miss that must give nothing."""

from test_area_sections import areas

TRADE = "commerce-trade-and-investment"


def test_a_list_of_areas_for_the_session(reference):
    assert areas(reference, "Officials drew up a list of areas for the session, covering finance, river restoration and "
                            "tourism.") == {"finance", "river-restoration", "tourism"}
    assert areas(reference, "The report lists a range of areas where the town lags, including housing and transport.") == set()


def test_areas_in_which_to_work_together(reference):
    assert areas(reference, "We drew up lists of areas in which to work together: finance, trade and river "
                            "restoration.") == {"finance", TRADE, "river-restoration"}
    assert areas(reference, "There are areas where we cannot co-operate, he said.") == set()


def test_the_pair_s_common_list(reference):
    assert areas(reference, "Now the bureaux on both sides work to a common list: finance, trade and culture.") == {
        "finance", TRADE, "cultural-and-creative-industries"}
    assert areas(reference, "The shops keep a common list: finance, trade and tourism.") == set()


def test_fields_a_session_listed_among_its_areas(reference):
    assert areas(reference, "The seventh plenary session listed finance, tourism and youth development among its "
                            "areas.") == {"finance", "tourism", "youth-development"}
    assert areas(reference, "The bank listed finance and insurance among its areas of strength.") == set()
    assert areas(reference, "The bank listed wealth management and insurance among its areas.") == set()


def test_fields_the_sides_agreed_to_add_to_the_list(reference):
    assert "sports" in areas(reference, "At the second plenary session, the two sides agreed to add sports and the "
                                        "preparations for the Riverton Fair to the list.")
    assert areas(reference, "The club agreed to add darts and chess to the list.") == set()
