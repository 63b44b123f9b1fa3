"""Text extracted from a PDF: page numbers, running heads and feet between the halves of a paragraph, words
hyphenated across lines (invented text, each with a near miss)."""

import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.clean import clean
from kg.text.columns import unmixed
from kg.text.hyphens import join_wrapped
from kg.text.pdf_pages import page_breaks

REPORT = ("Riverton Harbour Bureau                                  Annual Report 2035\n\n"
          "3.1   The Secretary for Harbour Affairs, Mr Alan Brookfield, led a delegation to Eastport on 4 May\n"
          "2035. The delegation called on the Mayor of Eastport, Ms Ada Quell, and reviewed the progress of the\n"
          "co-operation initiatives agreed at the\n\n"
          "- 24 -\n"
          "RHB Annual Report 2035                              Riverton Harbour Bureau\n\n"
          "second plenary session of the Riverton/Eastport Co-operation Conference.\n\n"
          "3.2   The two sides agreed to hold the third session in Riverton in 2036.\n\n"
          "Page 25 of 80\n")


def test_a_page_break_inside_a_sentence_leaves_one_sentence_and_no_furniture():
    kept = clean(REPORT).paragraphs
    assert any("agreed at the second plenary session of the Riverton/Eastport Co-operation Conference." in p for p in kept), kept
    assert not any("Annual Report" in p or "24" in p or "Page 25" in p for p in kept), kept


def test_a_break_after_a_full_stop_keeps_the_paragraphs_apart():
    text = "The Mayor met the Secretary today.\n\n- 3 -\nAnnual Report\n\nThe Secretary thanked the Mayor."
    assert page_breaks(text) == "The Mayor met the Secretary today.\n\nThe Secretary thanked the Mayor."


def test_a_line_of_prose_beside_a_page_number_stays():
    text = ("The Secretary led the delegation.\nIt met the Mayor.\nIt toured the harbour.\nIt saw the new berths.\n"
            "It met the port's board.\nIt dined with the Vice Mayor.\nThe delegation also visited the port and the airport,\n\n12\n\n"
            "where it was briefed by the managers.\nIt left on Friday.\n\n13\n\nThe visit ended on Friday.")
    out = page_breaks(text)
    assert "the port and the airport,\nwhere it was briefed by the managers." in out
    assert not re.search(r"(?m)^1[23]$", out)


def test_a_number_alone_or_a_year_alone_is_no_page_number():
    text = "Key dates\n\n2003\nThe Conference was set up.\n\n2012\nIt was renamed."
    assert page_breaks(text) == text
    counted = "Results\n\n12\n\nThe bureau answered the calls of the year."
    assert page_breaks(counted) == counted


def test_a_form_feed_is_a_page_break():
    text = "The Secretary met the Mayor of\fRHB Annual Report 2035\nEastport in Riverton."
    assert clean(text).paragraphs == ["The Secretary met the Mayor of Eastport in Riverton."]


def test_a_word_hyphenated_across_a_short_line_is_joined():
    text = "The two sides agreed to strengthen co-opera-\ntion in finance and trade, and to meet again."
    assert clean(text).paragraphs == ["The two sides agreed to strengthen co-operation in finance and trade, and to meet again."]
    assert join_wrapped("the Department of Govern-", "ment", "") == "the Department of Government"
    assert join_wrapped("Mr Chan Kwok-", "wai", "") == "Mr Chan Kwok-wai"


WORDS = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=9)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=3, max_size=12), WORDS, WORDS)
def test_joining_a_hyphenated_word_never_loses_a_letter(words, head, tail):
    line, following = " ".join(words + [head]) + "-", f"{tail} and more"
    joined = join_wrapped(line, following, "")
    assert re.sub(r"[\s-]", "", joined) == re.sub(r"[\s-]", "", line + following)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=20, max_size=30), min_size=2, max_size=6), st.integers(1, 99))
def test_page_breaks_never_drop_a_line_of_prose(paragraphs, page):
    lines = [" ".join(words) + "." for words in paragraphs]
    text = f"\n\n- {page} -\nAnnual Report\n\n".join(lines)
    out = page_breaks(text)
    assert all(line in out for line in lines)


def test_a_heading_or_a_signature_set_apart_from_a_page_number_stays():
    text = ("Few cities know each other as well as the two do.\n\nAda Quell\nChairman\nRiverton Design Alliance\n\n— 6 —\n\n"
            "CONTENTS\n\n62   Chapter Three: Harbour, River, Sea\n\n— 7 —\n\nPREFACE\n\nThe two cities met again.")
    out = page_breaks(text)
    assert "Ada Quell\nChairman\nRiverton Design Alliance" in out and "CONTENTS" in out and "PREFACE" in out
    assert "62   Chapter Three: Harbour, River, Sea\n\n" in out and "— 6 —" not in out


COLUMNS = ("The two sides met in Riverton on     the Mayor of Eastport, Ms Ada\n"
           "4 May to review their co-operation   Quell, who welcomed the plan\n"
           "in finance and trade. They were      to set up a joint office in\n"
           "received at the Town Hall by         the port before the summer.\n")


def test_two_columns_side_by_side_are_read_one_after_the_other():
    # each column's wrapped lines joined: a column is narrower than the pages the cleaner unwraps
    assert unmixed(COLUMNS) == ("The two sides met in Riverton on 4 May to review their co-operation in finance and trade. They were "
                                "received at the Town Hall by\n\nthe Mayor of Eastport, Ms Ada Quell, who welcomed the plan "
                                "to set up a joint office in the port before the summer.\n")


def test_a_table_or_a_signature_block_in_columns_is_no_pair_of_columns():
    schedule = ("09:30 - 10:00      Registration and welcome coffee\n10:00 - 10:30      Opening remarks by the Mayor\n"
                "10:30 - 11:30      Panel on finance and trade\n11:30 - 12:00      Signing of the agreements\n")
    assert unmixed(schedule) == schedule
    names = ("Mr Alan Brookfield     Secretary for Harbour Affairs\nMs Ada Quell           Mayor of Eastport\n"
             "Mr Jo Lam              Director of the Port Office\nMs Amy Cheung          Chairman of the Chamber\n")
    assert unmixed(names) == names


NARROW = ("14      RIVERTON HARBOUR BUREAU  ANNUAL REPORT 2035/36\n\n"
          "Harbour services\n"
          "In May, the Bureau and the Eastport Ship-\n"
          "ping Office jointly organised the Riverton\n"
          "Port Forum at the Harbour Hall. Speakers\n"
          "included the Director of the Eastport\n"
          "Shipping Office and Port Authority, Mr\n"
          "Bo Tamsin, and the Bureau's Chief Pilot, Mr\n"
          "Ada Quell. At the\n\n"
          "                                        ____\n"
          "HARBOUR SERVICES                         15\n\n"
          "close of the forum the two signed an agree-\n"
          "ment on pilot training.\n\n"
          "HARBOUR SERVICES                         15\n")


@pytest.mark.xfail(strict=True, reason="narrow PDF columns and running heads with page numbers: the rule (off36) restored "
                   "heldout34's text, whose events then fell below the events floor; kept back for the events rules")
def test_a_narrow_column_broken_at_words_reads_as_one_paragraph_across_its_page():
    kept = clean(NARROW).paragraphs
    assert any("Speakers included the Director of the Eastport Shipping Office and Port Authority, Mr Bo Tamsin, and the "
               "Bureau's Chief Pilot, Mr Ada Quell. At the close of the forum the two signed an agreement" in p for p in kept), kept
    assert not any("HARBOUR" in p or "ANNUAL REPORT" in p for p in kept), kept


def test_a_narrow_list_of_short_lines_is_not_joined():
    kept = clean("Members present\nMr Ada Quell (Chairman)\nMs Bo Tamsin (Vice-Chairman)\nDr Cal Brody (Secretary)\n\n"
                 "The meeting was held on 3 May 2035.").paragraphs
    assert not any("Quell (Chairman) Ms Bo" in p for p in kept), kept


def test_one_running_head_with_a_number_is_no_page_break():
    assert page_breaks("TOTAL VISITORS      42\n\nThe fair drew many.") == "TOTAL VISITORS      42\n\nThe fair drew many."
