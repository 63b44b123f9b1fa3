"""Sessions as mainland wire stories and business papers tell them: the mechanism named only as "their joint
mechanism" of the two cities before its full name, and a session counted from in the sentence about another ("the
first since the third plenary session in Shanghai in 2015"). Invented text."""

from datetime import date

from conftest import facts
from test_session_lists import sessions
from test_session_sides import attendees


def test_their_joint_mechanism_names_the_session(reference):
    found = facts(reference, "Hong Kong and Shanghai on Wednesday agreed to widen their ties, renaming their joint mechanism at "
                             "its second plenary session, held at Harbour Hall in Hong Kong.",
                  "The session was co-chaired by Ada Quell, Chief Executive of the HKSAR, and Bo Kettle, mayor of Shanghai.",
                  published=date(2031, 1, 5))
    assert 2 in sessions(found) and "hong-kong" in sessions(found)[2][1]
    assert {"ada-quell", "bo-kettle"} <= attendees(found, 2)


def test_their_mechanism_of_another_pair_names_no_session(reference):
    found = facts(reference, "Hong Kong and Shenzhen on Wednesday held the second plenary session of their joint mechanism in "
                             "Shenzhen.", published=date(2031, 1, 5))
    assert sessions(found) == {}


def test_the_session_counted_from_gets_only_its_own_words(reference):
    found = facts(reference, "Shanghai and Hong Kong signed 12 agreements yesterday at the fourth plenary session of the "
                             "Shanghai-Hong Kong Cooperation Conference.",
                  "Chief Executive Ada Quell and Shanghai Mayor Bo Kettle co-chaired the session, held in Hong Kong on "
                  "Tuesday and the first since the third plenary session in Shanghai in 2027.",
                  published=date(2030, 8, 21))
    told = sessions(found)
    assert told[3] == ({"2027"}, {"shanghai"})
    assert "hong-kong" in told[4][1] and "2030-08-20" in told[4][0]
    assert not attendees(found, 3)
    assert {"ada-quell", "bo-kettle"} <= attendees(found, 4)


def test_a_sentence_opening_since_a_session_is_left_as_it_was(reference):
    found = facts(reference, "Shanghai and Hong Kong signed 12 agreements at the fourth plenary session of the "
                             "Shanghai-Hong Kong Cooperation Conference.",
                  "Since the third plenary session in Shanghai in 2027, trade has doubled.", published=date(2030, 8, 22))
    assert sessions(found)[3] == ({"2027"}, {"shanghai"})


def test_a_caption_in_the_present_seats_the_co_chairs(reference):
    found = facts(reference, "The Chief Executive, Mr Ada Quell (left), and the Mayor of Shanghai, Mr Bo Kettle (right), co-chair the "
                             "Third Plenary Session of the Hong Kong/Shanghai Co-operation Conference in Shanghai today (April 16).",
                  published=date(2031, 4, 16))
    assert {"ada-quell", "bo-kettle"} <= attendees(found, 3)


def test_a_session_counted_from_inside_the_sentence_that_names_another_keeps_to_its_aside(reference):
    """A report's "The fourth session, the first since the third held in A in 2027, was held in B on ...": the
    aside is the third's; the rest, and the next sentence's co-chairs, are the fourth's."""
    found = facts(reference, "The fourth plenary session of the Hong Kong/Shanghai Co-operation Conference, the first since the "
                             "third plenary session held in Shanghai in April 2027, was held in Hong Kong on 3 May 2030.",
                  "It was co-chaired by Chief Executive Ada Quell and Mayor of Shanghai Bo Kettle.",
                  published=date(2030, 10, 1))
    told = sessions(found)
    assert told[3] == ({"2027-04"}, {"shanghai"}) and told[4] == ({"2030-05-03"}, {"hong-kong"})
    assert {"ada-quell", "bo-kettle"} <= attendees(found, 4) and not attendees(found, 3)


def test_two_sessions_named_without_since_keep_their_own_words(reference):
    found = facts(reference, "The fourth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Hong Kong "
                             "in 2030, and the third plenary session was held in Shanghai in 2027.", published=date(2030, 10, 1))
    assert sessions(found) == {3: ({"2027"}, {"shanghai"}), 4: ({"2030"}, {"hong-kong"})}


SIXTH = "The sixth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai on 22 November 2031."
CHAIRED = "The session was co-chaired by Chief Executive Ada Quell and Mayor of Shanghai Bo Kettle."


def test_people_among_the_officials_present_attend_the_session_told(reference):
    found = facts(reference, SIXTH, CHAIRED, "Chief Secretary for Administration Cy Dunn and Secretary for Health Di Fenn "
                                             "were among the Hong Kong officials present.", published=date(2031, 12, 1))
    assert {"cy-dunn", "di-fenn"} <= attendees(found, 6)


def test_people_among_the_guests_who_spoke_or_present_elsewhere_do_not(reference):
    found = facts(reference, SIXTH, CHAIRED, "Chief Secretary for Administration Cy Dunn was among the guests who spoke.",
                  "Secretary for Health Di Fenn was among the officials present at a dinner in the evening.",
                  published=date(2031, 12, 1))
    assert not {"cy-dunn", "di-fenn"} & attendees(found, 6)


def test_a_session_counted_from_by_another_meeting_takes_no_place_said_before_it(reference):
    """Minutes' "the first meeting of the Working Group held in Riverton since the ninth plenary session": Riverton is
    the meeting's place; a session counted from with no session named before it keeps its own words."""
    found = facts(reference, "Mr Quell welcomed members to the first meeting of the Working Group held in Hong Kong since the "
                             "ninth plenary session of the Hong Kong/Shanghai Co-operation Conference.",
                  "The two sides reviewed the work done since the eighth plenary session, which was held in Shanghai in "
                  "May 2029, and agreed to prepare for the tenth plenary session.", published=date(2031, 3, 1))
    told = sessions(found)
    assert told[9] == (set(), set())
    assert told[8] == ({"2029-05"}, {"shanghai"})
