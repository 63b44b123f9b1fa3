"""kg/extract/as_titles.py: "B, who succeeded A as <title>" gives B the one post with that title the text gave A;
near misses: another title, or a predecessor with no such post."""

import pytest

from conftest import held_posts, page_graph


def posts_of(tmp_path, body: str) -> dict[str, set[str]]:
    return held_posts(page_graph(tmp_path, body, title="Appointments"))


def test_a_successor_takes_the_predecessors_post_named_by_its_title(tmp_path):
    body = ("Ms Ada Quell, Director of the Riverton Arts Office, retired in 2030. Mr Bo Lander, who succeeded Ms Quell "
            "as director, took office in June.\n")
    assert posts_of(tmp_path, body)["Bo Lander"] == {"director-of-the-riverton-arts-office"}


@pytest.mark.parametrize("body", [
    "Ms Ada Quell, Director of the Riverton Arts Office, retired in 2030. Mr Bo Lander, who succeeded Ms Quell as "
    "chairman, took office in June.\n",
    "Ms Ada Quell retired in 2030. Mr Bo Lander, who succeeded Ms Quell as director, took office in June.\n",
    "Ms Ada Quell, Director of the Riverton Arts Office and Director of the Eastport Film Office, retired in 2030. "
    "Mr Bo Lander, who succeeded Ms Quell as director, took office in June.\n",
])
def test_no_post_of_that_title_or_two_give_the_successor_none(tmp_path, body):
    assert not posts_of(tmp_path, body).get("Bo Lander")
