"""Review of the session's rules on people, posts and bodies (police ranks of kg/_data title_patterns, a place's
title sharing the body of the title after it in kg/extract/posts.py): invented sentences where they must not fire."""

import pytest

from conftest import held_posts, page_graph


def posts_of(tmp_path, body: str) -> dict[str, set[str]]:
    return held_posts(page_graph(tmp_path, body, title="Press release"))


def test_another_citys_deputy_commissioner_of_police_is_not_the_hksar_governments(tmp_path):
    found = posts_of(tmp_path, "Singapore's Deputy Commissioner of Police, Mr Tan Wee, visited Hong Kong.\n")
    assert "deputy-commissioner-of-police" not in found.get("Tan Wee", set())


def test_a_police_rank_followed_by_another_force_is_that_forces(tmp_path):
    body = ("Mr Bo Lam, Senior Assistant Commissioner of Police, Royal Malaysia Police, spoke. Mr Ma Ko, Deputy "
            "Commissioner of Police (Management), Macao Public Security Police Force, attended.\n")
    found = posts_of(tmp_path, body)
    assert "senior-assistant-commissioner-of-police" not in found.get("Bo Lam", set())
    assert "deputy-commissioner-of-police-management" not in found.get("Ma Ko", set())


def test_an_assistant_commissioner_of_a_foreign_office_is_not_the_hksar_governments(tmp_path):
    body = "Mr Dave Ko, Assistant Commissioner of Taxation, Australian Taxation Office, spoke.\n"
    found = posts_of(tmp_path, body)
    assert "assistant-commissioner-of-taxation" not in found.get("Dave Ko", set())


def test_a_hong_kong_police_rank_is_still_the_hksar_governments(tmp_path):
    body = ("The Assistant Commissioner of Police (Crime), Mr Alan Tsang, briefed the Eastport delegation. Mr Ed Ng, "
            "Deputy Commissioner of Police, spoke.\n")
    found = posts_of(tmp_path, body)
    assert found["Alan Tsang"] == {"assistant-commissioner-of-police-crime"}
    assert found["Ed Ng"] == {"deputy-commissioner-of-police"}


def test_a_vice_mayor_joined_to_a_title_of_a_university_is_no_post_of_the_university(tmp_path):
    body = ("Mr Zong Ming, Vice Mayor and President of the Eastport University, attended. The Vice Mayor and "
            "Chairman of the Riverton Trade Council, Mr Lu Bin, spoke.\n")
    found = posts_of(tmp_path, body)
    assert "vice-mayor-of-eastport-university" not in found["Zong Ming"]
    assert "president-of-eastport-university" in found["Zong Ming"]
    assert not any(p.startswith("vice-mayor") for p in found["Lu Bin"])
    assert "chairman-of-the-riverton-trade-council" in found["Lu Bin"]


def test_a_mayor_joined_to_a_party_committees_title_is_no_post_of_the_committee(tmp_path):
    body = "The Mayor and Party Secretary of the Eastport Municipal Committee, Mr Dai Wen, attended.\n"
    found = posts_of(tmp_path, body)
    assert "mayor-of-the-eastport-municipal-committee" not in found["Dai Wen"]
    assert "mayor-of-shanghai" not in found["Dai Wen"]


@pytest.mark.xfail(strict=True, reason="a guard on another place's delegation before the title lowered heldout7 posts recall; not narrowed in time")
def test_a_police_rank_in_another_places_delegation_is_not_the_hksar_governments(tmp_path):
    body = ("The Macao delegation included the Deputy Commissioner of Police, Mr Ma Ko. The Hong Kong delegation "
            "included the Assistant Commissioner of Police (Crime), Mr Alan Tsang.\n")
    found = posts_of(tmp_path, body)
    assert "deputy-commissioner-of-police" not in found.get("Ma Ko", set())
    assert found["Alan Tsang"] == {"assistant-commissioner-of-police-crime"}


def alt_labels(tmp_path, body: str) -> dict[str, set[str]]:
    from rdflib.namespace import SKOS
    graph = page_graph(tmp_path, body, title="Press release")
    found: dict[str, set[str]] = {}
    for s, o in graph.subject_objects(SKOS.altLabel):
        found.setdefault(str(s).rsplit("/", 1)[-1], set()).add(str(o))
    return found


def test_the_initials_of_a_post_name_no_body(tmp_path):
    body = ("The Secretary for the Civil Service (SCS), Mrs Ingrid Yeung, attended the ceremony. The Curator of the "
            "Riverton Museum (CRM), Dr Ann Wu, spoke.\n")
    found = alt_labels(tmp_path, body)
    assert "secretary-for-the-civil-service" not in found
    assert "curator-of-the-riverton-museum" not in found
    assert "SCS" not in set().union(*found.values()) and "CRM" not in set().union(*found.values())
