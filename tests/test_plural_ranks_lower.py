"""Deputies' titles in the plural before names in lower case, as mainland English writes them (kg/extract/patterns.py
PLURAL_RANK): "vice-mayors A and B" each hold the Vice Mayor's post; invented sentences, with a near miss."""

from conftest import held_posts, page_graph


def test_lower_case_vice_mayors_before_two_names_each_hold_the_post(tmp_path):
    body = "Attending from the Shanghai side were vice-mayors Ada Quell and Bo Kettle, and other officials.\n"
    found = held_posts(page_graph(tmp_path, body, title="Conference opens", published="2031-05-06"))
    assert found["Ada Quell"] == {"vice-mayor-of-shanghai"}
    assert found["Bo Kettle"] == {"vice-mayor-of-shanghai"}


def test_mayors_without_a_rank_name_no_post(tmp_path):
    body = "Attending from the Shanghai side were mayors Ada Quell and Bo Kettle of two sister cities.\n"
    found = held_posts(page_graph(tmp_path, body, title="Conference opens", published="2031-05-06"))
    assert "vice-mayor-of-shanghai" not in found.get("Ada Quell", set())
