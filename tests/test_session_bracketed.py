"""Sessions set out as ordinals each with its date in brackets, joined by "and": "the fifth (August 2031) and the
sixth (December 2032) were held by video link". Invented sentences; a near miss gives nothing."""

from conftest import facts
from test_session_lists import sessions

OURS = "The Hong Kong/Shanghai Co-operation Conference held its seventh plenary session in Shanghai on 5 May 2036."


def test_two_bracketed_ordinals_joined_by_and_are_sessions(reference):
    found = sessions(facts(reference, OURS, "It was the first in-person session since 2030: the fifth (August 2031) "
                           "and the sixth (December 2032) were both held by video conference."))
    assert found[5] == ({"2031-08"}, set()) and found[6] == ({"2032-12"}, set())


def test_bracketed_ordinals_of_no_session_give_none(reference):
    found = sessions(facts(reference, OURS, "The fair has grown since 2030: the fifth (August 2031) and the sixth "
                           "(December 2032) editions drew record crowds."))
    assert set(found) == {7}
