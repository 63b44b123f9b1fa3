"""A list set out as short plain lines under a sentence that introduces it (kg/text/short_lists.py)."""

import time

from kg.text.clean import clean
from kg.text.short_lists import short_lists


def test_short_lines_under_a_lead_in_are_the_sentence_they_end():
    text = ("The two towns agreed to co-operate in the following areas:\n\nFinance\n\nTourism\n\nRiver restoration\n\n"
            "The Mayor said the list would grow.")
    assert clean(text).paragraphs == ["The two towns agreed to co-operate in the following areas: Finance; Tourism; "
                                      "River restoration.", "The Mayor said the list would grow."]


def test_the_same_lines_in_one_block_read_alike():
    text = ("The two towns agreed to co-operate in the following areas:\nFinance\nTourism\nRiver restoration\n"
            "The Mayor said the list would grow.")
    assert clean(text).paragraphs[0].endswith("areas: Finance; Tourism; River restoration.")


def test_navigation_under_a_links_lead_and_lines_under_no_lead_stay_dropped():
    text = "The Mayor opened the fair today.\n\nRelated links:\n\nFinance\n\nTourism\n\nHome\n\nContact us"
    assert clean(text).paragraphs == ["The Mayor opened the fair today."]
    text = "The Mayor opened the fair today.\n\nFinance\n\nTourism\n\nWeather"
    assert clean(text).paragraphs == ["The Mayor opened the fair today."]


def test_one_short_line_or_lines_with_figures_make_no_list():
    assert short_lists(["The two towns agreed to co-operate in the following areas:", "Finance", "The Mayor spoke."]) == [
        "The two towns agreed to co-operate in the following areas:", "Finance", "The Mayor spoke."]
    lines = ["For enquiries please contact the officers of the office below:", "Tel 2345 6789", "Fax 2345 6780"]
    assert short_lists(lines) == lines


def test_short_lists_read_in_linear_time():
    lines = ["The two towns agreed to co-operate in the following areas:"] + ["Finance"] * 20000
    started = time.process_time()
    short_lists(lines * 3)
    assert time.process_time() - started < 2.0


def test_a_lead_in_ended_by_a_dash_introduces_its_numbered_items():
    text = ("The terms of reference of the Panel are—\n\n(a) to advise on the items, in particular in the following areas—\n\n"
            "(i) finance;\n\n(ii) tourism; and\n\n(b) to advise on the Panel's work.")
    assert clean(text).paragraphs == ["The terms of reference of the Panel are: to advise on the items, in particular in the "
                                      "following areas: finance; tourism; and to advise on the Panel's work."]
    # a dash that ends a line above no item stays, and the line is dropped as before
    assert clean("The Panel was appointed—\n\nChairman\n\nThe Panel met today.").paragraphs == ["The Panel met today."]
