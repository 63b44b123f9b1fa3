"""Officials of schools, Mainland firms and departments' branches (kg/extract/patterns.py "Principal",
kg/extract/post_shapes.py GROUP_PART and BODY_BRANCH, kg/extract/mentions.py BODY_NEXT): invented sentences, each
with a near miss."""

import pytest

from conftest import held_posts, page_graph


def converted(tmp_path, body: str):
    return page_graph(tmp_path, body, title="Press release")


@pytest.mark.parametrize("body, name, post", [
    ("The Principal of Riverside Lam Tai Fai College, Ms Ada Kwan Wing-sze, said her pupils would visit Shanghai.\n",
     "Ada Kwan Wing Sze", "principal-of-riverside-lam-tai-fai-college"),
    ("Mr Bo Hu, Principal of Shanghai Pudong Jinqiao Experimental Middle School, thanked the hosts.\n",
     "Bo Hu", "principal-of-shanghai-pudong-jinqiao-experimental-middle-school"),
    ("The Vice Principal of Tai Po Sam Yuk Kindergarten, Ms Dee Fang, read a poem.\n",
     "Dee Fang", "vice-principal-of-tai-po-sam-yuk-kindergarten"),
])
def test_a_principal_of_a_named_school_holds_that_post(tmp_path, body, name, post):
    assert post in held_posts(converted(tmp_path, body))[name]


@pytest.mark.parametrize("body", [
    "The principal of the loan was repaid by Mr Eli Lau.\n",
    "The Principal Assistant Secretary, Mr Eli Lau, spoke.\n",
    "Principal of the new policy, Mr Eli Lau said, is fairness.\n",
])
def test_principal_as_a_plain_word_or_a_rank_is_no_school_post(tmp_path, body):
    assert not any(p.startswith("principal-of") for p in held_posts(converted(tmp_path, body)).get("Eli Lau", set()))


@pytest.mark.parametrize("body, name, post", [
    ("The speakers were Ms Ada Quell and the Dean of the Riverton Academy of Design, Professor Bo Kettle.\n",
     "Bo Kettle", "dean-of-the-riverton-academy-of-design"),
    ("Ms Cara Lind, Vice-Principal of the Lakeside Youth Science Education Centre, joined the panel.\n",
     "Cara Lind", "vice-principal-of-the-lakeside-youth-science-education-centre"),
])
def test_a_dean_or_principal_of_a_named_academy_or_centre_holds_that_post(tmp_path, body, name, post):
    assert post in held_posts(converted(tmp_path, body))[name]


@pytest.mark.parametrize("body", [
    "The dean of the faculty, Mr Eli Lau, spoke.\n",
    "Dean of the new scheme, Mr Eli Lau said, is fairness.\n",
    "The Dean of Students, Mr Eli Lau, spoke.\n",
])
def test_dean_as_a_plain_word_or_of_no_named_body_is_no_post(tmp_path, body):
    assert not any(p.startswith("dean-of") for p in held_posts(converted(tmp_path, body)).get("Eli Lau", set()))


def test_a_branch_after_the_body_names_the_branchs_post(tmp_path):
    body = ("The Deputy Director of Food and Environmental Hygiene (Environmental Hygiene), Mr Hal Lee Ka-ming, led the "
            "team. Ms Ivy Chan, Deputy Director of Leisure and Cultural Services (Leisure Services), attended.\n")
    found = held_posts(converted(tmp_path, body))
    assert found["Hal Lee Ka Ming"] == {"deputy-director-of-food-and-environmental-hygiene-environmental-hygiene"}
    assert found["Ivy Chan"] == {"deputy-director-of-leisure-and-cultural-services-leisure-services"}


def test_a_one_word_bracket_after_the_body_is_no_branch(tmp_path):
    body = "Ms Ivy Chan, Director of Riverton Harbour Services (RHS), attended.\n"
    found = held_posts(converted(tmp_path, body))
    assert not any(p.endswith("-rhs") for p in found.get("Ivy Chan", set())), found


def test_a_mainland_firms_group_in_brackets_is_part_of_its_name(tmp_path):
    body = ("The Vice President of the Jinqiao Port (Group) Co Ltd, Mr Gus Wei, joined the delegation. Ms Hana Mok, "
            "Chairman of Eastport Dairy (Group) Co., Ltd., spoke.\n")
    found = held_posts(converted(tmp_path, body))
    assert found["Gus Wei"] == {"vice-president-of-jinqiao-port-group-co-ltd"}
    assert found["Hana Mok"] == {"chairman-of-eastport-dairy-group-co-ltd"}


@pytest.mark.parametrize("body", [
    "The Principal of Tai Po Sam Yuk Kindergarten, Ms Ada Fang, read a poem.\n",
    "The Director of Tai Po Sam Yuk College, Ms Ada Fang, read a poem.\n",
])
def test_a_schools_name_after_a_place_is_no_person(tmp_path, body):
    assert set(held_posts(converted(tmp_path, body))) == {"Ada Fang"}


@pytest.mark.parametrize("body, name, post", [
    ("The Director of the Hong Kong Economic and Trade Office in Wuhan, Mr Eric Tang Wai-hung, attended.\n",
     "Eric Tang Wai Hung", "director-of-hong-kong-economic-and-trade-office-in-wuhan"),
    ("Ms Ada Lo, Director of the Hong Kong Economic and Trade Office in Chengdu, spoke.\n",
     "Ada Lo", "director-of-hong-kong-economic-and-trade-office-in-chengdu"),
    ("Ms Ada Lo, Director of the Riverton Trade Office in Eastport, spoke.\n",
     "Ada Lo", "director-of-riverton-trade-office-in-eastport"),
])
def test_an_office_in_a_city_is_that_citys_office(tmp_path, body, name, post):
    assert held_posts(converted(tmp_path, body))[name] == {post}


def test_the_office_in_shanghai_is_still_the_known_one(tmp_path):
    body = "Ms Ada Lo, Director of the Hong Kong Economic and Trade Office in Shanghai, spoke.\n"
    assert held_posts(converted(tmp_path, body))["Ada Lo"] == {"director-of-the-hong-kong-economic-and-trade-office-in-shanghai"}


@pytest.mark.parametrize("body, post", [
    ("Dr Ken Cheung, co-founder and Chief Executive Officer of Lumen Robotics, said the firm would grow.\n",
     {"chief-executive-officer-of-lumen-robotics"}),
    ("Dr Ken Cheung, founder of Lumen Robotics, said the firm would grow.\n", set()),
])
def test_a_founder_holds_the_title_he_has_besides(tmp_path, body, post):
    assert held_posts(converted(tmp_path, body)).get("Ken Cheung", set()) == post
