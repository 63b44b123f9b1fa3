"""A session listed by its ordinal alone, in a sentence not naming the mechanism, held in a city that is neither
Hong Kong nor Shanghai nor within one: another conference's ("The second session was held in Guangzhou" after a
Hong Kong/Guangdong plenary). Invented sentences; the near misses keep ours."""

from conftest import facts
from test_session_lists import sessions

OURS = "The Hong Kong/Shanghai Co-operation Conference held its third plenary session in Shanghai on 10 April 2035."
THEIRS = "The Hong Kong/Guangdong Co-operation Joint Conference held its 22nd plenary session in Hong Kong last month."


def test_a_bare_session_in_another_city_is_not_ours(reference):
    found = sessions(facts(reference, OURS, THEIRS, "The second session was held in Guangzhou in 2001."))
    assert set(found) == {3}


def test_a_bare_session_in_one_of_our_cities_or_a_district_is_ours(reference):
    found = sessions(facts(reference, OURS, "The fourth session was held in Hong Kong in 2038."))
    assert found[4] == ({"2038"}, {"hong-kong"})
    found = sessions(facts(reference, OURS, "The fourth session was held in Changning District in 2038."))
    assert found[4] == ({"2038"}, {"changning-district"})


def test_a_bare_session_that_does_not_go_on_from_theirs_is_ours(reference):
    found = sessions(facts(reference, OURS, "Separately, the Chief Secretary attended the 24th Plenary Session of the "
                           "Hong Kong/Guangdong Co-operation Joint Conference in Guangzhou.",
                           "The fourth Plenary Session will be held in Hong Kong next year."))
    assert 4 in found
