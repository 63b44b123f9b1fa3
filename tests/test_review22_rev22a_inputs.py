"""Review of the off21 rules of people, posts and names (bare names, unreal people, initials, successors):
invented sentences on which a new rule reads a wrong fact (none from a document of the repository)."""

import pytest

from conftest import held_posts, page_graph


def people(tmp_path, body: str) -> set[str]:
    return set(held_posts(page_graph(tmp_path, body, title="News")))


@pytest.mark.parametrize("body, wrong", [
    # kg/extract/bare_names.py: Hong Kong's districts and places have a Cantonese name's shape
    ("The exhibition was opened by Wan Chai and Sham Shui Po.\n", {"Wan Chai", "Sham Shui Po"}),
    ("The team was led by Tung Chung, Sha Tin and Tai Po.\n", {"Tung Chung", "Sha Tin", "Tai Po"}),
    ("The visit was led by Kwai Tsing and Yuen Long.\n", {"Kwai Tsing", "Yuen Long"}),
    ("Mr Tobias Wren and Sha Tin residents met.\n", {"Sha Tin"}),
    ("The Chief Executive, Mr John Lee, and Sham Shui Po residents toured the site.\n", {"Sham Shui Po"}),
    ("Mrs Carrie Lam and Lok Ma Chau were mentioned.\n", {"Lok Ma Chau"}),
    ("Ms Dora Quill and Ho Man Tin were discussed.\n", {"Ho Man Tin"}),
    # ... and so have Hong Kong's firms, named short
    ("The dinner was hosted by Sun Hung Kai and Mr John Lee.\n", {"Sun Hung Kai"}),
    ("The forum was co-hosted by Hang Seng and Cheung Kong.\n", {"Hang Seng", "Cheung Kong"}),
    ("The gala was opened by Mr John Lee and Hang Lung.\n", {"Hang Lung"}),
])
def test_a_place_or_firm_named_bare_is_no_person(tmp_path, body, wrong):
    assert not wrong & people(tmp_path, body)


def test_a_person_named_bare_beside_a_place_is_still_one(tmp_path):
    found = people(tmp_path, "Ms Dora Quill and Ho Man Tin were discussed. The meeting was co-chaired by Donald "
                             "Tsang and Han Zheng.\n")
    assert {"Dora Quill", "Donald Tsang"} <= found and "Ho Man Tin" not in found


@pytest.mark.parametrize("body", [
    # kg/extract/post_shapes.py (BODY_BRANCH): a caption's place in a photograph is no branch of the body
    "Ms Dora Quill, Chairman of the Vocational Training Council (Second Left), spoke.\n",
    "Ms Dora Quill, Chairman of the Vocational Training Council (Front Row, Centre), spoke.\n",
])
def test_a_place_in_a_photograph_is_no_branch(tmp_path, body):
    held = held_posts(page_graph(tmp_path, body, title="News")).get("Dora Quill", set())
    assert not any("left" in post or "centre" in post for post in held)
    assert "chairman-of-the-vocational-training-council" in held


@pytest.mark.parametrize("body", [
    # kg/extract/post_shapes.py (OFFICE_IN, ofin): a month or a season after "Office in" is no city
    "Ms Dora Quill was appointed Director of the Hong Kong Economic and Trade Office in March.\n",
    "Ms Dora Quill served as Director of the Hong Kong Economic and Trade Office in April.\n",
    "Ms Dora Quill was Director of the Trade Office in Spring.\n",
])
def test_a_month_after_office_in_is_no_city(tmp_path, body):
    held = held_posts(page_graph(tmp_path, body, title="News")).get("Dora Quill", set())
    assert not any(post.endswith(("-in-march", "-in-april", "-in-spring")) for post in held)


def test_an_office_in_a_city_is_still_read(tmp_path):
    body = "Ms Dora Quill, Director of the Hong Kong Trade Development Council Office in Wuhan, spoke.\n"
    held = held_posts(page_graph(tmp_path, body, title="News")).get("Dora Quill", set())
    assert any(post.endswith("-in-wuhan") for post in held)
