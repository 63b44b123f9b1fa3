"""Review of the off29 people/posts rules (department heads by field, lower-case titles): sentences where a
title's words are the same as an HKSAR department head's but the text names another body (Macao's, the
Mainland's, a firm's), or the holder only acts in the post.

Every sentence is invented.
"""

import pytest
from rdflib.namespace import ORG

from conftest import facts
from test_kinds import posts_of


def post_in(f, person: str) -> set[str]:
    held = {o for (s, p, o) in f.triples if p == ORG.holds and str(s).endswith("/" + person)}
    return {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == ORG.postIn and s in held}


@pytest.mark.parametrize("sentence, department", [
    ("Ms Ada Quell, Director of Health, Macao SAR Government, spoke.", "department-of-health"),
    ("Ms Ada Quell, Director of Planning, Riverton Council, spoke.", "planning-department"),
    ("Ms Ada Quell, Director of Innovation and Technology, Tidewater Robotics, spoke.",
     "innovation-and-technology-commission"),
    ("Ms Ada Quell, Director of Innovation and Technology at Tidewater Robotics, spoke.",
     "innovation-and-technology-commission"),
    ("Ms Ada Quell, Director of Innovation and Technology, Shanghai Science and Technology Commission, spoke.",
     "innovation-and-technology-commission"),
    ("Ms Ada Quell, Controller of Civil Aviation, Civil Aviation Administration of China, spoke.",
     "civil-aviation-department"),
    ("Ms Ada Quell, Director of Immigration, National Immigration Administration, spoke.", "immigration-department"),
    ("Ms Ada Quell, Chief Superintendent of Police, Macao Public Security Police Force, spoke.",
     "hong-kong-police-force"),
])
def test_a_department_title_before_another_body_is_not_the_hksar_departments(reference, sentence, department):
    assert department not in post_in(facts(reference, sentence), "ada-quell")


def test_a_department_title_before_its_own_department_is_still_its_post(reference):
    f = facts(reference, "Ms Ada Quell, Director of Marine, Marine Department, and Mr Bo Tam, the Director of "
                         "Fire Services, spoke.")
    assert post_in(f, "ada-quell") == {"marine-department"}
    assert post_in(f, "bo-tam") == {"fire-services-department"}


def test_an_acting_department_head_holds_no_post(reference):
    posts = posts_of(facts(reference, "Mr Bo Tam, the acting Director of Marine, spoke."))
    assert "Acting Director of Marine" not in posts.get("bo-tam", set())


def test_a_lower_case_commissioner_at_a_firm_is_not_the_hksars(reference):
    f = facts(reference, "Mr Ed Fu, a commissioner for innovation at Tidewater Robotics, spoke.")
    assert "hksar-government" not in post_in(f, "ed-fu")


def test_another_places_bureau_gives_no_hksar_secretary(reference):
    f = facts(reference, "The guests visited Macao's Education Bureau. Ms Ada Quell, the bureau's deputy secretary "
                         "for education, received them.")
    assert "hksar-government" not in post_in(f, "ada-quell")
