"""Review of the off23 rules of people, posts and names (author lines, firm ranks, units at a body, hashtags) and
of the Markdown and HTML readers: invented pages on which a new rule reads a wrong fact (none from a document of
the repository)."""

import pytest

from conftest import held_posts, page_graph


def posts(tmp_path, body: str) -> dict[str, set[str]]:
    return held_posts(page_graph(tmp_path, body, title="News"))


@pytest.mark.parametrize("body, wrong", [
    # kg/text/author_lines.py: a headline in title case is no author's line, its first words no name
    ("Chan Welcomes Gong, Mayor of Shanghai\n\nThe Chief Executive met the delegation today.\n", "Chan Welcomes Gong"),
    ("Farewell Ada Quell, Secretary for Transport\n\nStaff gathered today to mark her retirement.\n",
     "Farewell Ada Quell"),
    ("Remembering Bo Kettle, Director of Marine\n\nHe served for thirty years.\n", "Remembering Bo Kettle"),
    ("Congratulations Ada Quell, Secretary for Transport\n\nStaff met today.\n", "Congratulations Ada Quell"),
    ("Lee Meets Quell, Secretary for Transport\n\nThe two met today.\n", "Lee Meets Quell"),
])
def test_a_title_case_headline_is_no_author_line(tmp_path, body, wrong):
    assert wrong not in posts(tmp_path, body)


@pytest.mark.parametrize("body, post", [
    # kg/text/author_lines.py: a title with no body on an author's line says not whose; the page may be of
    # another city's conference
    ("Ada Quell, Vice Mayor\n\nSpeech at the Hong Kong/Guangdong Co-operation Joint Conference in Guangzhou "
     "today.\n", "vice-mayor-of-shanghai"),
    ("Ada Quell, Executive Vice Mayor\n\nI am glad to be in Chengdu for the Sichuan-Hong Kong Co-operation "
     "meeting.\n", "executive-vice-mayor-of-shanghai"),
])
def test_an_author_line_with_a_bare_title_names_no_shanghai_post(tmp_path, body, post):
    assert post not in posts(tmp_path, body).get("Ada Quell", set())


def test_an_author_line_with_its_body_still_holds(tmp_path):
    found = posts(tmp_path, "Ada Quell, Mayor of Guangzhou\n\nI am pleased to welcome you to Guangzhou.\n")
    assert found.get("Ada Quell") == {"mayor-of-guangzhou"}


@pytest.mark.parametrize("body", [
    # kg/text/markup.py: a plain text with a stray "<br>" or two keeps its paragraphs apart: a heading is not
    # read into the sentence under it
    "Photos<br>Videos<br>\n\nGuangzhou Mayor\n\nMs Ada Quell led the other side.\n",
    "Share<br/>Print<br/>\n\nGuangzhou Mayor\n\nMs Ada Quell led the other side.\n",
])
def test_a_stray_line_break_tag_keeps_a_plain_text_s_paragraphs(tmp_path, body):
    assert "mayor-of-guangzhou" not in posts(tmp_path, body).get("Ada Quell", set())


def test_an_html_page_s_posts_are_still_read(tmp_path):
    body = ("<html><body><h1>Talks</h1>\n<p>The Mayor of Guangzhou,\nMs Ada Quell, met the\ndelegation.</p>\n\n"
            "<p>Ms Bo Kettle, Secretary for Transport, attended.</p></body></html>\n")
    found = posts(tmp_path, body)
    assert found.get("Ada Quell") == {"mayor-of-guangzhou"} and found.get("Bo Kettle") == {"secretary-for-transport"}


def test_a_long_run_of_capitals_costs_a_firm_s_rank_no_more_than_its_length():
    # kg/extract/firm_ranks.py: an abbreviation's capitals read one way, so that a long run of them (a code, a
    # shouted line) before a person's name does not take time that grows with its square
    import time

    from kg.extract.firm_ranks import FIRM_TITLE, FIRM_TITLE_NAME
    masked = "A" * 20000 + " x ⟦person:1⟧ president Ada Quell"
    began = time.perf_counter()
    assert FIRM_TITLE.search(masked) is None and FIRM_TITLE_NAME.search(masked) is None
    assert time.perf_counter() - began < 1.0


def test_a_long_line_of_tags_each_after_a_stop_costs_no_more_than_its_length():
    # the trailing tags (kg/text/social.py now): every "#a." ends in a stop, so the tags' run was tried from after each
    import time

    from kg.text.social import untagged
    line = "It was agreed." + " #a." * 10000 + " and more"
    began = time.perf_counter()
    assert untagged(line) == line
    assert untagged("It was agreed. #HKShanghai #CMAB") == "It was agreed."
    assert time.perf_counter() - began < 1.0
