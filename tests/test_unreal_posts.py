"""kg/extract/unreal.py: a condition, a supposition, denied hearsay or an object before a copula gives no post;
the near misses (a confirmed report, a subject before the copula, an object with its own apposed title) still do."""

import re
import time

import pytest

from conftest import held_posts, page_graph

from kg.extract import unreal


def posts_of(tmp_path, body: str, name: str) -> set[str]:
    return held_posts(page_graph(tmp_path, body, title="Appointments"))[name]


@pytest.mark.parametrize("body", [
    "Rumours that Mr Abel Quint was made Director of Marine in 1995 proved false.\n",
    "Rumours that Mr Abel Quint was Director of Marine proved false.\n",
    "Claims that Mr Abel Quint served as Director of Marine from 1990 to 1994 were untrue.\n",
    "The department denied reports that Mr Abel Quint was Director of Marine from 1990 to 1994.\n",
    "It is not true that Mr Abel Quint was Director of Marine from 1990 to 1994.\n",
    "Had Mr Abel Quint been named Director of Marine, the plan would have changed.\n",
    "Should Mr Abel Quint be appointed Director of Marine, the office would move.\n",
    "Whether Mr Abel Quint is appointed Director of Marine will be known next week.\n",
    "The predecessor of Mr Abel Quint was Director of Marine from 1990 to 1994.\n",
    "A man who succeeded Mr Abel Quint became Director of Marine in 1995.\n",
])
def test_an_unreal_or_object_person_holds_no_post(tmp_path, body):
    assert "director-of-marine" not in posts_of(tmp_path, body, "Abel Quint")


@pytest.mark.parametrize("body", [
    "Reports that Mr Abel Quint was Director of Marine from 1990 to 1994 were confirmed by the department.\n",
    "Mr Abel Quint was Director of Marine from 1990 to 1994.\n",
    "If confirmed, Mr Abel Quint, Director of Marine, will lead the team.\n",
    "The visit of Mr Abel Quint, Director of Marine, was a success.\n",
    "The office said that Mr Abel Quint was appointed Director of Marine.\n",
])
def test_a_real_holder_near_the_same_words_still_holds_it(tmp_path, body):
    assert "director-of-marine" in posts_of(tmp_path, body, "Abel Quint")


def test_the_patterns_fail_fast_on_long_lines():
    line = "rumours that " * 400 + "⟦person:0⟧ " + "of " * 2000 + "if " * 2000
    started = time.perf_counter()
    for pattern in (unreal.CONDITION, unreal.HEARSAY, unreal.DENIED_BEFORE, unreal.OBJECT, unreal.DENIAL):
        list(pattern.finditer(line))
    assert time.perf_counter() - started < 1.0
    assert re.search(r"⟦person", line)
