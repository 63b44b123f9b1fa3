"""Titles of schools and universities and rank words before titles: a lower-case "principal of <school>" after a
name, a dean of "the School of X, <university>" (the roster's comma
for "of"), "Principal Assistant Secretary for ...", "full-time deputy director of ...".

Every sentence is invented; each kind has a near miss.
"""

import time

import pytest

from conftest import facts
from test_kinds import posts_of


@pytest.mark.parametrize("sentence, person, post", [
    ("Also present was Dr Bo Tam Kin-man, principal of Riverton Methodist College, who spoke for the schools.",
     "bo-tam-kin-man", "Principal of Riverton Methodist College"),
    ("The judges were Professor Zhao Lei, Dean of the School of Computer Science, Riverton University, and Mr Ed Fu.",
     "zhao-lei", "Dean of the School of Computer Science of Riverton University"),
    ("Also attending was Principal Assistant Secretary for Constitutional and Mainland Affairs Ms Cora Lin.",
     "cora-lin", "Principal Assistant Secretary for Constitutional and Mainland Affairs"),
    ("Also present was Wu Min, full-time deputy director of the Riverton Special Area Administration.", "wu-min",
     "Full-Time Deputy Director of Riverton Special Area Administration"),
])
def test_a_school_or_rank_title_is_the_post(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence))[person] == {post}


@pytest.mark.parametrize("sentence, person", [
    ("Professor Cy Ma of the Faculty of Law of Riverton University, who advised the government, said so.", "cy-ma"),
    ("The principal reason, said Mr Ed Fu, was cost.", "ed-fu"),
])
def test_no_school_named_no_post(reference, sentence, person):
    assert person not in posts_of(facts(reference, sentence))


def test_a_list_of_bodies_after_a_unit_is_no_parent(reference):
    posts = posts_of(facts(reference, "Mr Bo Tam, Director of the Centre for Trade, the Riverton Council and the "
                                      "Harbour Board signed it."))
    assert all("Council" not in p for p in posts.get("bo-tam", set()))


def test_a_long_roster_line_is_read_quickly(reference):
    start = time.perf_counter()
    facts(reference, "Mr Jiang Hao, Dean of the School of " + "Marine " * 80 + "Engineering, Riverton University, spoke.")
    assert time.perf_counter() - start < 2.0
