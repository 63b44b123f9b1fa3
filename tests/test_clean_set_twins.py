"""Texts set another way read alike (kg/text/wrapping.py, kg/text/typography.py, kg/text/clean.py): a hard-wrapped page with no blank
lines keeps its headings and numbered paragraphs apart; an em dash between a pair's places is its hyphen, and
between two days a range's dash; a transcript's heading is no list's lead-in. Invented texts, each with a near miss."""

from kg.text.clean import clean
from kg.text.typography import plain_dashes

WRAPPED = ("4.1  The Conference is the principal platform for co-operation between the two\n"
           "towns. It was set up in October 2003 and took its present name in 2012, when\n"
           "the two sides met in Hong Kong; the Bureau serves as its secretariat there.\n"
           "The Sixth Plenary Session\n"
           "4.2  The Sixth Plenary Session was held in Hong Kong on 24 November 2023 and\n"
           "was co-chaired by the Chief Executive and the Mayor of Shanghai, who met for\n"
           "two hours.\n"
           "113. Last October, the Secretary led a delegation of eleven officials to the\n"
           "town for the meeting, which was the first in four years in its new building.\n")


def test_a_heading_and_numbered_paragraphs_in_a_block_with_no_blank_lines():
    paragraphs = clean(WRAPPED).paragraphs
    assert paragraphs[0].endswith("its secretariat there.")
    assert "The Sixth Plenary Session." in paragraphs
    assert paragraphs[-1].startswith("113. Last October, the Secretary led")
    assert clean(WRAPPED.replace("\n", "\n\n")).paragraphs == paragraphs


def test_a_wrapped_sentence_that_goes_on_stays_one_paragraph():
    text = ("The Conference is the principal platform for co-operation between the two\n"
            "towns. It was set up in October 2003 and took its present name in 2012, when\n"
            "the two sides met. In Hong Kong the Bureau serves as its secretariat, and the\n"
            "Office in Shanghai as its liaison with the Municipal Government there now.\n")
    assert len(clean(text).paragraphs) == 1


def test_an_em_dash_between_a_pairs_places_is_its_hyphen():
    assert plain_dashes("the Hong Kong\u2014Shanghai Co-operation Conference") == "the Hong Kong-Shanghai Co-operation Conference"
    assert plain_dashes("the Chief Executive\u2014John Lee\u2014said") == "the Chief Executive \u2014 John Lee \u2014 said"


def test_an_em_dash_between_two_days_is_a_range():
    assert plain_dashes("Expo: 1 May \u2014 31 October 2010") == "Expo: 1 May - 31 October 2010"
    assert plain_dashes("on 3 May \u2014 the day after") == "on 3 May \u2014 the day after"


def test_a_transcripts_heading_stays_apart_from_the_first_turn():
    text = ("Following is the transcript of remarks by the Secretary for Home Affairs, Mr Chan Siu-ming, at a media\n"
            "session after the meeting today (June 3):\n"
            "Secretary for Home Affairs: We agreed to hold the next meeting in the autumn.\n")
    assert clean(text, title="Remarks").paragraphs == [
        "Following is the transcript of remarks by the Secretary for Home Affairs, Mr Chan Siu-ming, at a media session "
        "after the meeting today (June 3):", "Secretary for Home Affairs: We agreed to hold the next meeting in the autumn."]
    listed = "The two towns agreed on the following areas of work:\n\n- finance;\n\n- tourism.\n"
    assert clean(listed, title="Areas").paragraphs == ["The two towns agreed on the following areas of work: finance; tourism."]
