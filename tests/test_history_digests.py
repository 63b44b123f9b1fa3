"""The mechanism's founding and renaming in more shapes of mainland reports and digests: invented sentences."""

from datetime import date

from test_history import OLD, history
from conftest import facts


def test_the_meeting_which_set_up_the_conference_founds_it_on_the_first_session_s_day(reference):
    first = "The first plenary meeting of the Hong Kong/Shanghai Co-operation Conference was held in Riverton on 27 October 2031."
    found = history(facts(reference, first, "Mr A and Mr B co-chaired the meeting, which formally set up the conference."))
    assert ("created", "2031-10-27") in found
    # near miss: a later session's meeting set up a part of the conference
    later = first.replace("first", "third")
    assert not any(kind == "created" for kind, _ in history(facts(
        reference, later, "Mr A and Mr B co-chaired the meeting, which formally set up the conference's youth panel.")))


def test_the_mechanism_set_up_by_the_two_cities_in_apposition(reference):
    found = history(facts(reference, "Mr A went to Shanghai to give impetus to the Hong Kong/Shanghai Co-operation "
                                     "Conference, the mechanism set up by the two cities in October 2031."))
    assert ("created", "2031-10") in found
    # near miss: a part of the mechanism set up later
    assert not any(kind == "created" for kind, _ in history(facts(
        reference, "The Hong Kong/Shanghai Co-operation Conference, the mechanism's youth panel set up in 2035, met.")))


def test_a_present_name_taken_at_today_s_session(reference):
    found = history(facts(reference, f"The mechanism, which held its first plenary session in Riverton in October 2031 under "
                                     f"the name {OLD}, took its present name at today's session.", published=date(2036, 1, 5)))
    assert {value for kind, value in found if kind == "renamed"} == {"2036-01-05"}
