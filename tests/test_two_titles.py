"""Two titles joined by "and" before one name: "the Chief Executive and Mayor Bo Kettle co-chaired ..." names two
people, the first unnamed here; only one official's two titles ("Vice Chairman and Secretary-General") are both his.
The first title goes to the name only when the two could be one person's: they share a body, or the first is
no whole post of the catalogue on its own.

Every sentence is invented; the near misses are two titles of one body and two titles whose first has its own body.
"""

import pytest

from conftest import facts
from test_kinds import posts_of

CE = "Chief Executive of the Hong Kong Special Administrative Region"


@pytest.mark.parametrize("sentence, person, kept, dropped", [
    ("The Chief Executive and Mayor Bo Kettle co-chaired the plenary session in Riverton.",
     "bo-kettle", "Mayor of Shanghai", CE),
    ("The Chief Secretary and Secretary for Justice Ada Quell attended the ceremony.",
     "ada-quell", "Secretary for Justice", "Chief Secretary for Administration"),
    ("The Financial Secretary and Shanghai Mayor Cy Tambor toured the port together.",
     "cy-tambor", "Mayor of Shanghai", "Financial Secretary"),
])
def test_a_whole_post_before_and_another_title_is_someone_elses(reference, sentence, person, kept, dropped):
    held = posts_of(facts(reference, sentence))[person]
    assert kept in held and dropped not in held


def test_one_officials_two_titles_of_one_body_are_both_his(reference):
    f = facts(reference, "Mr Bo Kettle, Chairman and Chief Executive of Riverton Holdings Limited, spoke.")
    assert posts_of(f)["bo-kettle"] == {"Chairman of Riverton Holdings Limited", "Chief Executive of Riverton Holdings Limited"}


def test_a_first_title_with_its_own_body_stays_with_the_name(reference):
    f = facts(reference, "Member of the Political Bureau of the CPC Central Committee and Secretary of the CPC Shanghai "
                         "Municipal Committee Bo Kettle met the delegation.")
    assert posts_of(f)["bo-kettle"] == {"Member of the Political Bureau of the CPC Central Committee",
                                        "Secretary of the CPC Shanghai Municipal Committee"}


@pytest.mark.parametrize("sentence, person, both", [
    ("The Financial Secretary and Chairman of the Riverton Board, Mr Bo Kettle, spoke.",
     "bo-kettle", {"Financial Secretary", "Chairman of the Riverton Board"}),
])
def test_a_governments_post_and_another_bodys_are_one_officials(reference, sentence, person, both):
    assert both <= posts_of(facts(reference, sentence))[person]


# --- two titles after the name, the second "a former" one ---------------------------------------------------------
def test_a_former_title_after_and_is_the_same_persons(reference):
    f = facts(reference, "Bo Kettle, the Party Secretary of Shanghai and a former mayor of Riverton, met the delegation.")
    assert posts_of(f)["bo-kettle"] == {"Secretary of the CPC Shanghai Municipal Committee", "Mayor of Riverton"}


def test_and_a_description_after_the_title_is_no_second_post(reference):
    f = facts(reference, "Bo Kettle, the Director of the Riverton Port Office and a keen sailor, opened the pier.")
    assert not any("sailor" in post.lower() for post in posts_of(f).get("bo-kettle", set()))
