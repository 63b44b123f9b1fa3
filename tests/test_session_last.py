"""A bare ordinal session goes on from the last numbered session the text told, even where the event rules also
made an event of that session's own words ("co-chaired its first session"); another body's session told in
between ends the run. Invented sentences."""

from conftest import facts
from test_session_lists import sessions

OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."
FIRST = ("The Hong Kong/Shanghai Co-operation Conference was set up in May 2031, when Mr John Lee and Mr Gong Zheng "
         "co-chaired its first session in Shanghai.")
SECOND = "The second session was not held until March 2036, in Hong Kong."


def test_a_bare_second_session_after_the_first_is_read(reference):
    found = sessions(facts(reference, OURS, FIRST, "It then went quiet for years.", SECOND))
    assert found[2] == ({"2036-03"}, {"hong-kong"})


def test_another_body_s_session_in_between_ends_the_run(reference):
    found = sessions(facts(reference, OURS, FIRST, "The Riverton Assembly held a special session in Riverton in June 2033.", SECOND))
    assert 2 not in found
