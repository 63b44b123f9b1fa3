"""A session's people, dates and places told around it in more shapes: a written reply's "I also attended", a delegation
listed after those who attended, an FAQ's "Co-chairs:" line, "the previous session was held", "the first two plenary
sessions were held in A and B", a wire lede's agreements "signed here ... at the session", a session's month said beside
its day. Invented text; each shape has a near miss."""

from datetime import date

from rdflib.namespace import SDO

from conftest import facts, tail
from test_session_lists import sessions
from test_session_sides import attendees

from kg.text.marks import plain_marks

CONF = "the Hong Kong/Shanghai Co-operation Conference"


def test_a_written_replys_i_is_the_replier(reference):
    found = facts(reference, "Following is a question by the Hon Ada Quell and a written reply by the Secretary for "
                             "Constitutional and Mainland Affairs, Mr Bo Kettle, in the Legislative Council today:",
                  f"Reply: President, The ninth plenary session of {CONF} was held in Shanghai in May 2031. It was "
                  "co-chaired by Mr Cy Dunmore and Mr Di Ebbing. The Financial Secretary, Mr Ed Fawkes; Vice Mayor "
                  "Fa Gong; and I also attended.")
    assert {"cy-dunmore", "di-ebbing", "ed-fawkes", "fa-gong", "bo-kettle"} <= attendees(found, 9)
    assert "ada-quell" not in attendees(found, 9)


def test_a_delegation_listed_after_those_who_attended(reference):
    found = facts(reference, f"The ninth plenary session of {CONF} was held in Shanghai on May 8, 2031.",
                  "Mr Ada Quell and Mr Bo Kettle co-chaired the meeting. Members of the Hong Kong delegation included "
                  "Mr Cy Dunmore and Ms Di Ebbing.")
    assert {"ada-quell", "bo-kettle", "cy-dunmore", "di-ebbing"} <= attendees(found, 9)


def test_a_delegation_in_the_next_paragraph_is_at_the_session(reference):
    # News pages give each sentence a paragraph: heldout33's gold seats such a team at the session (no event told between)
    found = facts(reference, f"The ninth plenary session of {CONF} was held in Shanghai on May 8, 2031. Mr Ada Quell "
                             "and Mr Bo Kettle co-chaired the meeting.",
                  "The Shanghai delegation included Mr Cy Dunmore and Ms Di Ebbing.")
    assert {"cy-dunmore", "di-ebbing"} <= attendees(found, 9)


def test_a_delegation_in_another_paragraph_after_a_visit_is_not_at_the_session(reference):
    found = facts(reference, f"The ninth plenary session of {CONF} was held in Shanghai on May 8, 2031. Mr Ada Quell "
                             "and Mr Bo Kettle co-chaired the meeting.", "Mr Kettle later toured the Yangshan port.",
                  "The Shanghai delegation included Mr Cy Dunmore and Ms Di Ebbing.")
    assert not {"cy-dunmore", "di-ebbing"} & attendees(found, 9)


def test_those_who_attended_with_a_delegation(reference):
    found = facts(reference, f"The ninth plenary session of {CONF} was held in Hong Kong on May 8, 2031. It was "
                             "co-chaired by Mr Ada Quell and Mr Bo Kettle. Mr Cy Dunmore and Ms Di Ebbing attended with "
                             "the Shanghai delegation; Mr Ed Fawkes attended on the Hong Kong side.")
    assert {"cy-dunmore", "di-ebbing", "ed-fawkes"} <= attendees(found, 9)


def test_an_items_co_chairs_line(reference):
    found = facts(reference, f"Six plenary sessions of {CONF} have been held so far:",
                  "• First Plenary Session: 27 October 2031, Shanghai. Co-chairs: the Chief Executive, Mr Ada Quell, "
                  "and Mr Bo Kettle.",
                  "• Second Plenary Session: 17 September 2032, Hong Kong. Co-chairs: Mr Cy Dunmore and Mr Di Ebbing.")
    assert attendees(found, 1) == {"ada-quell", "bo-kettle"}
    assert attendees(found, 2) == {"cy-dunmore", "di-ebbing"}


def test_a_co_chairs_line_gives_its_two_co_chairs_only(reference):
    found = facts(reference, f"The ninth plenary session of {CONF} was held in Shanghai on May 8, 2031. Co-chaired by Mr "
                             "Ada Quell and Mr Bo Kettle, with Mr Cy Dunmore looking on.")
    assert attendees(found, 9) == {"ada-quell", "bo-kettle"}


def test_a_co_chairs_line_of_a_paragraph_naming_no_session(reference):
    found = facts(reference, f"The first plenary session of {CONF} was held in Shanghai in 2031.",
                  "The forum ended. Co-chairs: Mr Cy Dunmore and Mr Di Ebbing.")
    assert not attendees(found, 1)


def test_the_previous_session_was_held(reference):
    found = sessions(facts(reference, f"The fourth plenary session of {CONF} was held in Hong Kong on May 8, 2031. "
                                      "Mr Ada Quell and Mr Bo Kettle co-chaired the meeting.",
                           "The previous session was held in Shanghai in April 2028."))
    assert found[3] == ({"2028-04"}, {"shanghai"})


def test_the_previous_session_of_another_body(reference):
    found = sessions(facts(reference, f"The fourth plenary session of {CONF} was held in Hong Kong on May 8, 2031.",
                           "The previous session of the Legislative Council was held in April 2028."))
    assert 3 not in found


def test_the_first_two_sessions_in_turn(reference):
    found = sessions(facts(reference, f"The third plenary session of {CONF} was held in Shanghai in 2035. The first two "
                                      "plenary sessions were held in 2031 and 2032."))
    assert found[1][0] == {"2031"} and found[2][0] == {"2032"}


def test_the_first_two_sessions_with_more_items_than_two(reference):
    found = sessions(facts(reference, f"The third plenary session of {CONF} was held in 2035. The first two plenary "
                                      "sessions were held in Shanghai, Hong Kong and Macao."))
    assert 1 not in found and 2 not in found


def test_agreements_signed_here_at_the_session_on_the_datelines_day(reference):
    found = sessions(facts(reference, f"SHANGHAI, May 8 (Xinhua) -- The two cities signed 12 agreements here Thursday at "
                                      f"the ninth plenary session of {CONF}.", published=date(2031, 5, 8)))
    assert found[9] == ({"2031-05-08"}, {"shanghai"})


def test_agreements_signed_here_by_video_link_are_in_no_city(reference):
    found = sessions(facts(reference, f"SHANGHAI, May 8 (Xinhua) -- The two cities signed 12 agreements by video link "
                                      f"here Thursday at the ninth plenary session of {CONF}.", published=date(2031, 5, 8)))
    assert found[9][1] == set()


def test_a_sessions_month_said_beside_its_day(reference):
    found = sessions(facts(reference, f"The ninth plenary session of {CONF} was held in Shanghai in May 2031.",
                           "The ninth plenary session was held on May 8, 2031 at the State Guest Hotel in Shanghai."))
    assert found[9][0] == {"2031-05-08"}


def test_two_days_of_one_session_both_stay(reference):
    found = facts(reference, f"The ninth plenary session of {CONF} was held in Shanghai on May 8, 2031.",
                  "The ninth plenary session was held on May 9, 2031.")
    days = {str(o) for (s, p, o) in found.triples if p == SDO.startDate and tail(s).endswith("-9")}
    assert days == {"2031-05-08", "2031-05-09"}


def test_a_wire_storys_sign_off_word_goes():
    assert plain_marks("The tenth session will be held in Hong Kong. Enditem") == "The tenth session will be held in Hong Kong."
    assert plain_marks("Enditem is a word.") == "Enditem is a word."


def test_for_its_second_after_for_its_first(reference):
    found = sessions(facts(reference, f"{CONF[0].upper()}{CONF[1:]} met for its first plenary session in Shanghai on "
                                      "27 October 2031, and for its second in Hong Kong in September 2032. Both were "
                                      "co-chaired by Mr Ada Quell and Mr Bo Kettle."))
    assert found[2] == ({"2032-09"}, {"hong-kong"})


def test_the_session_right_after_an_agency_lede_on_its_day(reference):
    found = sessions(facts(reference, "HONG KONG (AFP) - Hong Kong and Shanghai signed 16 agreements on Monday as their "
                                      "leaders met in the city.",
                           f"Mr Ada Quell and Mr Bo Kettle co-chaired the ninth plenary session of {CONF} at the hall.",
                           published=date(2031, 5, 12)))
    assert found[9] == ({"2031-05-12"}, {"hong-kong"})


def test_a_session_recalled_after_an_agency_lede_keeps_its_own_day(reference):
    found = sessions(facts(reference, "HONG KONG (AFP) - Hong Kong and Shanghai signed 16 agreements on Monday.",
                           f"Mr Ada Quell and Mr Bo Kettle co-chaired the eighth plenary session of {CONF} in Shanghai "
                           "in 2029.", published=date(2031, 5, 12)))
    assert found[8] == ({"2029"}, {"shanghai"})


def test_its_previous_session_after_the_mechanism(reference):
    found = sessions(facts(reference, f"The fifth plenary session of {CONF} was held by video link on May 8, 2031. "
                                      f"The mechanism was set up in 2003 as {CONF}. Its previous session was held in Hong "
                                      "Kong in August 2028."))
    assert found[4] == ({"2028-08"}, {"hong-kong"})


def test_its_previous_meeting_after_a_working_group(reference):
    found = sessions(facts(reference, f"The report goes to the seventh plenary session of {CONF} in May 2031. The "
                                      "working group was formed in 2028. Its previous meeting was held in Shanghai in "
                                      "November 2030."))
    assert 6 not in found
