"""Lists the splitter or the cleaner used to lose: items run into their sentence after "namely (a) ...; (b) ...",
and a notice's lead-in ended by a dash or a semicolon rather than a stop. Invented text."""

from kg.text.clean import clean
from kg.text.sentences import split_sentences

from test_area_sections import areas


def test_marked_items_stay_on_the_sentence_they_continue():
    texts = [s.text for s in split_sentences([
        "Mr Quell said that three areas had been picked at the meeting, namely (a) finance; (b) tourism; and "
        "(c) aviation. The next meeting is in May."])]
    assert texts == ["Mr Quell said that three areas had been picked at the meeting, namely (a) finance; (b) tourism; "
                     "and (c) aviation.", "The next meeting is in May."]


def test_an_item_after_a_stop_opens_its_own_sentence():
    texts = [s.text for s in split_sentences(["The plan was adopted. (b) The fund was set up. Then they left."])]
    assert texts[0] == "The plan was adopted."


def test_a_lead_in_ended_by_a_dash_is_kept_as_one_introducing_what_follows():
    body = ("GOVERNMENT NOTICE\n\nIt is hereby notified that the Secretary for Riverton Affairs has appointed the "
            "following persons to the Riverton Advisory Board for a term of two years from 1 April 2031—\n\n"
            "Chairman\n\n     Dr Ada QUELL Mei-ling\n     (Chairman, Quell Holdings Limited)\n\n"
            "2.  The Board advises on trade with the city.")
    kept = clean(body).paragraphs
    assert kept[0].startswith("It is hereby notified that the Secretary for Riverton Affairs has appointed")
    assert kept[0].endswith("from 1 April 2031:")


def test_a_clause_ended_by_a_semicolon_is_kept():
    body = ("Notice\n\n(a) to advise the Government on the strategy and priorities of the co-operation of the two "
            "cities under the new arrangement;\n\nAds\n\nThe Board meets twice a year.")
    assert any(p.startswith("(a) to advise the Government") for p in clean(body).paragraphs)


def test_a_short_heading_ended_by_a_dash_is_still_no_paragraph():
    assert clean("Members—\n\nThe Board meets twice a year.").paragraphs == ["The Board meets twice a year."]


def test_areas_identified_namely_marked_items(reference):
    found = areas(reference, "The Secretary said that four areas had been identified for co-operation at the first "
                             "plenary session, namely (a) tourism; (b) financial services; (c) aviation; and (d) "
                             "professional services. The list was long.")
    assert {"tourism", "finance", "professional-services"} <= found


def test_items_with_headings_of_their_own_stay_sentences():
    texts = [s.text for s in split_sentences([
        "We will work with Riverton in the following areas. (a) finance: the Bureau will hold a forum in May, to take "
        "forward bonds; (b) tourism: the Board will stage a week of events in June."])]
    assert len(texts) == 3


def test_marked_items_without_a_lead_in_word_stay_apart():
    texts = [s.text for s in split_sentences(["It grew in three years: (a) trade rose. (b) Tourism rose. Then it fell."])]
    assert "(b) Tourism rose." in texts
