"""HKSAR department heads' titles ("Director of Marine", "Commissioner for Tourism") name posts of the department
the reference data says they head, never a body named by the title's tail ("Marine"); a post's initials in brackets
are no name of its body; a title followed by its own department is one post; a firm described by its city ("of
Shanghai start-up X") holds its officer's post, not the city's government.

Every sentence is invented; each kind has a near miss.
"""

import time

import pytest
from rdflib.namespace import ORG, RDFS, SKOS

from conftest import ID, facts
from test_kinds import posts_of


def org_labels(f) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if p == RDFS.label and "/org/" in str(s)}


def post_in(f, person: str) -> set[str]:
    held = {o for (s, p, o) in f.triples if p == ORG.holds and str(s).endswith("/" + person)}
    return {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == ORG.postIn and s in held}


@pytest.mark.parametrize("sentence, person, post, department", [
    ("The Director of Marine, Mr Bo Tam, met the guests.", "bo-tam", "Director of Marine", "marine-department"),
    ("Also present was the Deputy Director of Fire Services, Ms Ada Quell.", "ada-quell",
     "Deputy Director of Fire Services", "fire-services-department"),
    ("The Director-General of Investment Promotion, Mr Ed Fu, spoke.", "ed-fu",
     "Director-General of Investment Promotion", "invest-hong-kong"),
    ("Ms Cora Lin, Commissioner for Tourism, Tourism Commission, spoke.", "cora-lin", "Commissioner for Tourism",
     "tourism-commission"),
])
def test_a_department_heads_title_is_a_post_of_the_department(reference, sentence, person, post, department):
    f = facts(reference, sentence)
    assert posts_of(f)[person] == {post}
    assert post_in(f, person) == {department}
    assert not org_labels(f) & {"Marine", "Fire Services", "Investment Promotion"}


def test_a_field_no_department_has_stays_the_bodys(reference):
    f = facts(reference, "The Director of Riverton Marine Works, Mr Bo Tam, met the guests.")
    assert posts_of(f)["bo-tam"] == {"Director of Riverton Marine Works"}
    assert post_in(f, "bo-tam") == {"riverton-marine-works"}


def test_a_posts_initials_in_brackets_name_no_body(reference):
    f = facts(reference, "The Director of the Riverton Observatory (DRO), Mr Bo Tam, and the Chairman of the "
                         "Riverton Arts Council (RAC), Ms Ada Quell, spoke.")
    names = {str(o) for (s, p, o) in f.triples if p == SKOS.altLabel and "/org/" in str(s)}
    assert "DRO" not in names and "RAC" in names
    assert posts_of(f)["bo-tam"] == {"Director of Riverton Observatory"}


def test_a_bureaus_own_secretarys_title_is_the_hksar_post(reference):
    f = facts(reference, "The teachers visited the Education Bureau. They were seen off by Ms Ada Quell, the "
                         "bureau's deputy secretary for education, and Mr Bo Tam, the bureau's chief economist.")
    assert posts_of(f)["ada-quell"] == {"Deputy Secretary for Education"}


def test_a_commissioner_in_lower_case_after_a_name(reference):
    f = facts(reference, "The delegation included Chen Zhaoshi, commissioner for innovation and technology; and "
                         "Ada Quell, a commissioner for two years.")
    assert posts_of(f)["chen-zhaoshi"] == {"Commissioner for Innovation and Technology"}
    assert "Commissioner for Two Years" not in posts_of(f).get("ada-quell", set())


@pytest.mark.parametrize("sentence, person, post", [
    ("Mr Li Ming, chief technology officer of Shanghai start-up Deepwave Robotics, presented it.", "li-ming",
     "Chief Technology Officer of Deepwave Robotics"),
    ("Ken Lau Chi-wing, chairman of Hong Kong-based Tidewater Robotics, spoke.", "ken-lau-chi-wing",
     "Chairman of Tidewater Robotics"),
    ("Ms Jane Wu, chief executive officer of Shanghai-based Lanhai Biotech, signed it.", "jane-wu",
     "Chief Executive Officer of Lanhai Biotech"),
])
def test_a_firm_its_city_describes_holds_the_post(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence))[person] == {post}


def test_a_city_that_is_the_body_keeps_its_government(reference):
    posts = posts_of(facts(reference, "Ms Ada Quell, Vice Mayor of Shanghai, attended. Mr Bo Tam, chairman of "
                                      "Shanghai-based firms, spoke."))
    assert posts["ada-quell"] == {"Vice Mayor of Shanghai"}
    assert "bo-tam" not in posts


def test_a_long_description_is_read_quickly(reference):
    start = time.perf_counter()
    facts(reference, "Mr Li Ming, chairman of Shanghai start-up " + "Deepwave " * 60 + "spoke.")
    assert time.perf_counter() - start < 2.0


def test_a_police_rank_of_a_body_is_a_post(reference):
    f = facts(reference, "The Chief Superintendent of the Riverton Fraud Centre, Mr Wilson Mak, spoke. Mr Bo Tam, "
                         "Senior Superintendent of Police (Crime), agreed. Ms Ada Quell, a superintendent, left.")
    posts = posts_of(f)
    assert posts["wilson-mak"] == {"Chief Superintendent of the Riverton Fraud Centre"}
    assert posts["bo-tam"] == {"Senior Superintendent of Police (Crime)"}
    assert post_in(f, "bo-tam") == {"hong-kong-police-force"}
    assert "ada-quell" not in posts
