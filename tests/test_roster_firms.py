"""A roster's "Name, Title, Firm" where the firm's name ends with a firm's word ("Lion Rock Ventures", "Huangpu River
Capital") rather than a body's head word: the post is the firm's.

Every sentence is invented; each kind has a near miss.
"""

import time

import pytest

from conftest import facts
from test_kinds import posts_of


@pytest.mark.parametrize("line, person, post", [
    ("- Ms Eunice Lam Yuet-ying, Partner, Lion Rock Ventures (Chair of the panel)", "eunice-lam-yuet-ying",
     "Partner of Lion Rock Ventures"),
    ("- Ms Lu Yingying, Founding Partner, Huangpu River Capital", "lu-yingying",
     "Founding Partner of Huangpu River Capital"),
    ("- Mr Bo Tam, Chairman, Tidewater Robotics", "bo-tam", "Chairman of Tidewater Robotics"),
])
def test_a_roster_line_with_a_firm_is_its_post(reference, line, person, post):
    assert posts_of(facts(reference, "The judging panel:", line))[person] == {post}


def test_a_partner_with_no_firm_holds_no_post(reference):
    posts = posts_of(facts(reference, "Mr Ed Fu, Partner, and Ms Cora Lin, Director, spoke of Tidewater Robotics."))
    assert not posts.get("ed-fu") and not posts.get("cora-lin")


def test_a_long_run_of_capitals_after_a_title_is_read_quickly(reference):
    start = time.perf_counter()
    facts(reference, "Mr Bo Tam, Partner, " + "Lion " * 200 + "spoke.")
    assert time.perf_counter() - start < 2.0
