"""Review of the off19 rules (careers, city units, salutations): invented sentences on which a new rule of people
and posts gives a wrong post (none from a document of the repository)."""

import pytest

from conftest import held_posts as people, page_graph

SHANGHAI_HKMAO = "director-of-the-hong-kong-and-macao-affairs-office-of-the-shanghai-municipal-gov"


def converted(tmp_path, body: str):
    return page_graph(tmp_path, body, title="Appointment")


@pytest.mark.parametrize("body", [
    # kg/extract/city_units.py: "the city's X" read as Shanghai's unit where the city last named is another
    "Mr Tobias Wren visited Guangzhou on Monday, after the Shanghai leg of his trip. In Guangzhou he met Ms Dora "
    "Quill, Director of the city's Hong Kong and Macao Affairs Office.\n",
    "Shanghai was the first stop. In Shenzhen, Mr Tobias Wren met Ms Dora Quill, Director of the Municipal Hong Kong "
    "and Macao Affairs Office.\n",
])
def test_a_city_unit_named_short_in_another_city_is_not_shanghais(tmp_path, body):
    assert SHANGHAI_HKMAO not in people(converted(tmp_path, body)).get("Dora Quill", set())


def test_a_city_unit_named_short_after_shanghai_is_still_shanghais(tmp_path):
    body = ("Mr Tobias Wren visited Guangzhou on Monday and Shanghai on Tuesday. In Shanghai he met Ms Dora Quill, "
            "Director of the city's Hong Kong and Macao Affairs Office.\n")
    assert SHANGHAI_HKMAO in people(converted(tmp_path, body)).get("Dora Quill", set())


@pytest.mark.parametrize("body", [
    # kg/extract/careers.py (HELD, TAKE_UP): the person right before the verb is not the clause's subject
    "A deputy to Mr Tobias Wren was promoted to Director of Marine in 1995.\n",
    "The man who replaced Mr Tobias Wren had been Director of Marine since 1995.\n",
    "The man who replaced Mr Tobias Wren returned to Riverton as Director of Marine between 1995 and 1999.\n",
    # the same read by older rules (kg/extract/as_titles.py and the copula of posts), now mended by kg/extract/unreal.py
    "The successor of Mr Tobias Wren was Director of Marine from 1995 to 1999.\n",
    "A deputy to Mr Tobias Wren was Director of Marine from 1995 to 1999.\n",
    "The man who replaced Mr Tobias Wren was Director of Marine from 1995 to 1999.\n",
    "The successor of Mr Tobias Wren served as Director of Marine from 1995 to 1999.\n",
    "The successor to Mr Tobias Wren will take up the post of Director of Marine on May 2.\n",
    # a condition is no career
    "If Mr Tobias Wren became Director of Marine in 2037, the department would change.\n",
])
def test_a_career_verb_after_an_object_gives_the_object_no_post(tmp_path, body):
    assert "director-of-marine" not in people(converted(tmp_path, body)).get("Tobias Wren", set())


def test_a_career_told_after_reported_speech_still_gives_the_post(tmp_path):
    body = "Ms Dora Quill said Mr Tobias Wren was Director of Marine from 1990 to 1994.\n"
    assert people(converted(tmp_path, body))["Tobias Wren"] == {"director-of-marine"}


def test_as_its_title_with_the_holder_named_after_it_is_not_the_subjects(tmp_path):
    # kg/extract/careers.py (AS_ITS): "opened the X as its director, Ms B, looked on" is Ms B's post
    body = "Mr Tobias Wren opened the Riverton Trade Office as its director, Ms Dora Quill, looked on.\n"
    found = people(converted(tmp_path, body))
    assert not found.get("Tobias Wren"), found


def test_a_salutation_line_of_two_guests_gives_the_second_no_title_of_the_first(tmp_path):
    # kg/text/salutations.py: "Ms A, Deputy Director of X, Mr B," made one sentence: Mr B took Ms A's title
    body = ("Speech by the Secretary\n\nVice Mayor Xie,\nMs Dora Quill, Deputy Director of Marine, Mr Hal Brody,\n"
            "Ladies and gentlemen,\n\nGood morning.\n")
    found = people(converted(tmp_path, body))
    assert "deputy-director-of-marine" not in found.get("Hal Brody", set()), found
    assert "deputy-director-of-marine" in found.get("Dora Quill", set()), found


def test_a_first_title_with_its_own_body_is_no_joint_post_with_the_second(tmp_path):
    # kg/extract/paired_titles.py (joint_title): "Vice-Chancellor of X and President of Y" made one post of X,
    # and the presidency of Y was lost
    body = ("Mr Tobias Wren, Vice-Chancellor of the Riverton University and President of the Riverton Trade Council, "
            "spoke.\n")
    found = people(converted(tmp_path, body))["Tobias Wren"]
    assert not any("vice-chancellor-and-president" in post for post in found), found
    assert "president-of-the-riverton-trade-council" in found, found


@pytest.mark.parametrize("body", [
    # kg/extract/mentions.py (a Hong Kong name's hyphened given name): places and things with a hyphened word
    "The delegation toured the Tuen Mun Eco-park, which recycles waste.\n",
    "The delegation visited Lingang Hi-tech, a park in Shanghai.\n",
    "She praised the Kai Tak Mid-town plan, and the Tung Chung New Town.\n",
])
def test_a_place_with_a_hyphened_word_is_no_person(tmp_path, body):
    assert not people(converted(tmp_path, body)), people(converted(tmp_path, body))


def test_a_hong_kong_name_with_its_hyphened_given_name_is_still_a_person(tmp_path):
    body = "Ms Dora Quill met Lawrence Yip Kwok-fai, the career administrator, and Hubert Sze Tsz-wai in Riverton.\n"
    found = people(converted(tmp_path, body))
    assert "Lawrence Yip Kwok Fai" in found and "Hubert Sze Tsz Wai" in found, found
