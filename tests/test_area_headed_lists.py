"""Areas under a heading, in a counted range, "named ... as priority areas", what exchanges are strengthened on, the
fields of a mechanism's items and its remit (kg/text/headed_lists.py, kg.extract.area_cues): invented sentences,
each kind with a near miss that must give nothing."""

import time

from kg.text.clean import clean
from kg.text.headed_lists import headed_lists

from test_area_sections import areas

CIVIL = "civil-aviation-maritime-transport-and-logistics"


def _areas_of(reference, text: str) -> set[str]:
    return areas(reference, *clean(text).paragraphs)


def test_a_heading_over_bullets_names_them_areas(reference):
    text = "The two towns meet each year.\n\nPriority areas\n\n- finance\n- river restoration\n- tourism\n\nThe list may grow."
    assert clean(text).paragraphs[1] == "Priority areas: finance; river restoration; tourism."
    assert _areas_of(reference, text) == {"finance", "river-restoration", "tourism"}


def test_a_heading_over_a_lead_in_and_bullets(reference):
    text = ("Areas of co-operation\n\nSince 2020 the two towns have set out their work under these heads:\n\n"
            "- finance\n- elderly care\n- shipping\n\nThe list may grow.")
    assert _areas_of(reference, text) == {"finance", "elderly-care", CIVIL}


def test_a_heading_over_short_plain_lines(reference):
    text = "Co-operation areas\n\nFinance\n\nTourism\n\nThe Mayor said the list would grow."
    assert clean(text).paragraphs[0] == "Co-operation areas: Finance; Tourism."
    assert _areas_of(reference, text) == {"finance", "tourism"}


def test_another_heading_over_bullets_names_no_areas(reference):
    text = "Who runs it\n\n- finance officials\n- tourism officials\n\nThe list may grow."
    assert _areas_of(reference, text) == set()
    text = "Co-operation in the region\n\n- Mr Chan\n- Ms Lee\n\nThe list may grow."
    assert headed_lists(["Co-operation in the region", "- Mr Chan", "- Ms Lee"]) == ["Co-operation in the region", "- Mr Chan", "- Ms Lee"]
    assert _areas_of(reference, text) == set()


def test_exchanges_strengthened_on_fields(reference):
    assert areas(reference, "At the session the two towns agreed to strengthen exchanges on the civil service and "
                            "flood control.") == {"civil-service", "flood-control"}
    assert areas(reference, "The two towns agreed to strengthen exchanges on the preparations for the next session.") == set()
    assert areas(reference, "The two towns agreed to deepen co-operation on ways to improve the mechanism.") == set()


def test_a_counted_range_of_fields(reference):
    found = areas(reference, "The two sides agreed on 30 items in 9 areas, from finance to sports and, for the first time, "
                             "river restoration.")
    assert found == {"finance", "sports", "river-restoration"}
    assert areas(reference, "The 30 delegates, from Hong Kong to Shanghai, met for 3 days, from Monday to Friday.") == set()


def test_fields_named_as_priority_areas(reference):
    assert areas(reference, "The session named elderly care and tourism as priority areas.") == {"elderly-care", "tourism"}
    assert areas(reference, "The company named Mr Chan and Ms Lee as its directors.") == set()


def test_items_agreed_in_fields_and_projects_under_the_mechanism(reference):
    assert areas(reference, "The towns have taken forward 28 of the 31 co-operation items agreed in finance, shipping and "
                            "tourism.") == {"finance", CIVIL, "tourism"}
    assert areas(reference, "The lab joins the tourism projects pursued under the two towns' co-operation mechanism.") == {"tourism"}
    assert areas(reference, "The lab joins the tourism projects pursued under the university's own plan.") == set()


def test_a_mechanisms_remit_grown(reference):
    assert areas(reference, "The mechanism, set up in 2003, has since also covered trade, shipping and "
                            "tourism.") == {"commerce-trade-and-investment", CIVIL, "tourism"}
    assert areas(reference, "The newspaper, set up in 2003, has since also covered trade, shipping and tourism.") == set()


def test_a_long_run_of_short_lines_is_fast():
    lines = ["Areas of co-operation"] + ["Finance"] * 3000
    start = time.perf_counter()
    headed_lists(lines)
    assert time.perf_counter() - start < 0.5
