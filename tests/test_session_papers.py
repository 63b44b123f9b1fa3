"""Sessions and areas in the kinds of text a Legislative Council paper and a joint summary of co-operation items
are: sub-items telling one session each, and lists of items under area headings.

Every sentence is invented (places, dates and people are made up or shuffled); each kind has a near miss.
"""

from rdflib.namespace import SDO, SKOS

from kg.namespaces import HKSH
from kg.text.clean import clean

from conftest import facts

FULL = "2. The Hong Kong/Shanghai Co-operation Conference was set up to deepen co-operation."


def sessions(findings) -> dict[int, tuple[set[str], set[str], set[str]]]:
    """number -> (dates, place slugs, attendee slugs)"""
    out = {}
    for (s, p, o) in findings.triples:
        if p == HKSH.sessionNumber:
            def objects(prop):
                return {str(x).rsplit("/", 1)[-1] for (s2, p2, x) in findings.triples if s2 == s and p2 == prop}
            out[int(o)] = (objects(SDO.startDate), objects(SDO.location), objects(SDO.attendee))
    return out


def areas(findings) -> set[str]:
    found = {str(e) for e in findings.mentions if "/area/" in str(e)}
    found |= {str(s) for (s, p, o) in findings.triples if p == SKOS.inScheme}
    return {a.rsplit("/", 1)[-1] for a in found}


def test_counted_sessions_whose_sub_items_say_session(reference):
    found = sessions(facts(reference, FULL, "3. Four plenary sessions have been held so far: the first session, held in "
                           "Hong Kong on 3 May 2031, agreed on six areas; the second session, held in Shanghai on 8 June 2033, "
                           "was attended by Mr HAN Zheng; and the third session took place in Hong Kong on 2 July 2035."))
    assert found == {1: ({"2031-05-03"}, {"hong-kong"}, set()), 2: ({"2033-06-08"}, {"shanghai"}, {"han-zheng"}),
                     3: ({"2035-07-02"}, {"hong-kong"}, set())}


def test_counted_meetings_of_something_else_are_no_sessions(reference):
    assert sessions(facts(reference, FULL, "3. Two meetings have been held so far: the first session, held in Hong Kong "
                          "on 3 May 2031, and the second session, held in Shanghai on 8 June 2033.")) == {}


def test_lettered_sub_items_under_a_lead_in_about_plenary_sessions(reference):
    found = sessions(facts(reference, FULL, "3. Two plenary sessions were held before 2034. The Panel was briefed on both.",
                           "(a) The first session was held in Shanghai on 9 May 2031.",
                           "(b) The second session was held in Hong Kong on 4 June 2033."))
    assert found == {1: ({"2031-05-09"}, {"shanghai"}, set()), 2: ({"2033-06-04"}, {"hong-kong"}, set())}


def test_lettered_sub_items_with_no_lead_in_or_of_another_body_are_no_sessions(reference):
    assert sessions(facts(reference, FULL, "3. The Panel met twice.", "(a) The first session was held in Shanghai on 9 May 2031.")) == {}
    assert sessions(facts(reference, FULL, "3. Two plenary sessions were held.",
                          "(a) The fourth session of the Legislative Council began on 9 May 2031.")) == {}


SUMMARY = """The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today.

Finance
(1) Promote links between the two bond markets (Financial Services and the Treasury Bureau)
(2) Support green bonds (Hong Kong Monetary Authority)

Culture, Sports and Tourism
(3) Co-organise a festival of the arts (Culture, Sports and Tourism Bureau)
"""


def test_a_joint_summary_keeps_its_headings_and_items():
    paragraphs = clean(SUMMARY).paragraphs
    assert "Finance" in paragraphs and "Culture, Sports and Tourism" in paragraphs
    assert "(2) Support green bonds (Hong Kong Monetary Authority)" in paragraphs


def test_headings_of_a_joint_summary_are_the_sessions_areas(reference):
    found = facts(reference, *clean(SUMMARY).paragraphs)
    assert areas(found) == {"finance", "cultural-and-creative-industries", "tourism", "sports"}
    subjects = {str(o).rsplit("/", 1)[-1] for (s, p, o) in found.triples if str(p).endswith("subject") and str(s).endswith("-9")}
    assert subjects == {"finance", "cultural-and-creative-industries", "tourism", "sports"}


def test_headings_above_numbered_paragraphs_are_no_areas(reference):
    text = ("Background\n1. The Hong Kong/Shanghai Co-operation Conference met in 2031 (Hong Kong Monetary Authority)\n\n"
            "Purpose\n2. This paper gives the Panel the facts (Financial Services and the Treasury Bureau)\n")
    assert areas(facts(reference, *clean(text).paragraphs)) == set()
    one = "Finance\n(1) Promote links between the two bond markets (Financial Services and the Treasury Bureau)\n"
    assert areas(facts(reference, *clean(one).paragraphs)) == set()  # a single heading is no list of areas


def test_remarks_at_a_media_session_after_the_session_are_an_attendees(reference):
    found = sessions(facts(reference, "Following is the transcript of remarks by the Chief Executive, Mr John Lee, at a "
                           "media session after the Eighth Plenary Session of the Hong Kong/Shanghai Co-operation Conference "
                           "in Shanghai today (June 3):", published=__import__("datetime").date(2031, 6, 3)))
    assert found[8][2] == {"john-lee-ka-chiu"}
    before = sessions(facts(reference, "Following is the transcript of remarks by the Chief Executive, Mr John Lee, at a "
                            "media session before departing for the Eighth Plenary Session of the Hong Kong/Shanghai "
                            "Co-operation Conference in Shanghai today (June 3):"))
    assert before[8][2] == set()


def test_a_live_blogs_session_begins_on_the_blogs_day(reference):
    from datetime import date
    blog = ["Live updates from the Eighth Plenary Session of the Hong Kong/Shanghai Co-operation Conference.",
            "9.30am Chief Executive John Lee arrives at the venue.", "10.05am The plenary session begins.",
            "Mayor Gong Zheng and Mr Lee co-chair the meeting."]
    found = sessions(facts(reference, *blog, published=date(2031, 6, 3)))
    assert found[8][0] == {"2031-06-03"} and found[8][2] == {"john-lee-ka-chiu", "gong-zheng"}
    one_post = sessions(facts(reference, blog[0], "10.05am The plenary session begins.", published=date(2031, 6, 3)))
    assert one_post[8][0] == set()  # one timestamped line is no live blog
    told = sessions(facts(reference, blog[0], blog[1], "10.05am The press room opens.", published=date(2031, 6, 3)))
    assert told[8][0] == set()


def one_sentence_areas(reference, sentence):
    return areas(facts(reference, "The Hong Kong/Shanghai Co-operation Conference met in Shanghai on 8 May 2031.", sentence))


def test_areas_in_commentaries_shapes(reference):
    assert one_sentence_areas(reference, "Their agenda now runs wider, covering tourism; culture; and urban management.") \
        == {"tourism", "cultural-and-creative-industries", "urban-management"}
    assert one_sentence_areas(reference, "Going forward, the partnership will centre on youth development and elderly care.") \
        == {"youth-development", "elderly-care"}
    assert one_sentence_areas(reference, "Areas for future co-operation include finance, tourism and legal services.") \
        == {"finance", "tourism", "legal-and-dispute-resolution"}
    assert one_sentence_areas(reference, "The two sides will step up collaboration across finance, trade and culture.") \
        == {"finance", "commerce-trade-and-investment", "cultural-and-creative-industries"}
    assert one_sentence_areas(reference, "Key areas of co-operation this year are finance, tourism and the silver economy.") \
        == {"finance", "tourism"}


def test_near_misses_of_commentaries_shapes_name_no_areas(reference):
    assert one_sentence_areas(reference, "Their agenda now runs long, covering two days and a dinner.") == set()
    assert one_sentence_areas(reference, "The two sides will step up collaboration across the board.") == set()
    assert one_sentence_areas(reference, "Key areas of co-operation this year are still under discussion.") == set()
    assert one_sentence_areas(reference, "The partnership will centre on the people of the two cities.") == set()


def test_a_session_slated_for_a_city_and_one_dated_by_a_months_possessive(reference):
    from datetime import date
    full = "The Hong Kong/Shanghai Co-operation Conference was set up in 2003."
    slated = sessions(facts(reference, full, "The conference's eighth session, slated for Hong Kong in the autumn, will "
                            "focus on finance.", published=date(2031, 3, 1)))
    assert slated[8][1] == {"hong-kong"}
    dated = sessions(facts(reference, full, "Last June's seventh plenary session in Shanghai produced 20 agreements.",
                           published=date(2031, 3, 1)))
    assert dated == {7: ({"2030-06"}, {"shanghai"}, set())}


def test_near_misses_of_slated_and_possessive_sessions(reference):
    full = "The Hong Kong/Shanghai Co-operation Conference was set up in 2003."
    flight = sessions(facts(reference, full, "The conference's eighth session over, the delegates were slated for Hong "
                            "Kong flights."))
    assert flight[8][1] == set()
    assert sessions(facts(reference, full, "It was Lee's second plenary session as Chief Executive.")) == {}


def test_headings_above_numbered_sentences_are_the_sessions_areas(reference):
    text = ("The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today.\n\n"
            "Finance\n1. The two sides will link their bond markets.\n\nYouth Development\n2. The two sides will run internships.\n")
    assert areas(facts(reference, *clean(text).paragraphs)) == {"finance", "youth-development"}
    other = ("The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today.\n\n"
             "Background\n1. The two sides met in 2031.\n\nPurpose\n2. This paper is for information.\n")
    assert areas(facts(reference, *clean(other).paragraphs)) == set()


def test_the_two_leaders_named_right_after_a_session_sat_at_it(reference):
    told = "The fourth session of the Hong Kong/Shanghai Co-operation Conference, in Hong Kong in May 2031, changed a great deal."
    found = sessions(facts(reference, told, "John Lee, then chief executive, and Gong Zheng, then the city's mayor, agreed "
                           "to set up a joint fund."))
    assert found[4][2] == {"john-lee-ka-chiu", "gong-zheng"}


def test_leaders_after_no_session_or_a_later_sentence_sit_at_none(reference):
    told = "The fourth session of the Hong Kong/Shanghai Co-operation Conference, in Hong Kong in May 2031, changed a great deal."
    later = sessions(facts(reference, told, "Hong Kong has grown since.", "John Lee and Gong Zheng agreed to set up a fund."))
    assert later[4][2] == set()
    both = sessions(facts(reference, "The fourth and fifth plenary sessions of the Hong Kong/Shanghai Co-operation Conference "
                          "were held in 2031 and 2033.", "John Lee and Gong Zheng agreed to set up a fund."))
    assert both[4][2] == set() and both[5][2] == set()


def test_areas_in_retrospectives_shapes(reference):
    assert one_sentence_areas(reference, "The first meeting was dominated by trade fairs, port logistics and tourism.") \
        == {"trade-fairs", "civil-aviation-maritime-transport-and-logistics", "tourism"}
    assert one_sentence_areas(reference, "The list agreed last month runs from fintech and the silver economy to elderly "
                                         "care and youth internships.") \
        == {"finance", "silver-economy", "elderly-care", "youth-internships"}


def test_near_misses_of_retrospectives_shapes(reference):
    assert one_sentence_areas(reference, "The meeting was dominated by rain and long speeches.") == set()
    assert one_sentence_areas(reference, "The list agreed last month runs from page one to page nine.") == set()
    from test_area_sections import areas as alone
    assert alone(reference, "The list agreed in May runs from flood control and tourism to youth internships.") == set()
    assert one_sentence_areas(reference, "The debate was dominated by finance.") == set()
