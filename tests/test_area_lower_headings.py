"""Items of a numbered list headed in lower case by their field, as a policy address or a gazette sets them out
("(a) finance: the bureau will ...; (b) tourism: ...") (kg.extract.area_sections, kg.extract.area_cues.labels_only):
invented text, with near misses that must give nothing."""

from test_area_sections import areas

CIVIL = "civil-aviation-maritime-transport-and-logistics"


def test_lower_case_labels_after_the_following_areas(reference):
    found = areas(reference, "Next year we will deepen co-operation with Riverton in the following areas: finance: the bureau "
                             "will hold a working meeting in May; shipping and aviation: we will study a green corridor with "
                             "the port; river restoration: the department will send engineers.")
    assert {"finance", CIVIL, "river-restoration"} <= found, found
    assert not {"the-bureau", "the-port"} & found, found


def test_a_numbered_item_headed_by_known_fields_in_lower_case(reference):
    assert areas(reference, "(d) culture, sports and tourism: the bureau will stage a week of shows in Riverton;") == {
        "cultural-and-creative-industries", "sports", "tourism"}


def test_a_numbered_item_headed_by_no_field_names_none(reference):
    assert areas(reference, "(b) the following persons: Mr A and Ms B;") == set()
    assert areas(reference, "(c) time and venue: 10am at the town hall;") == set()
