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


def test_my_successor_takes_the_writers_post(tmp_path):
    body = ("By Ada Quell Wing-yee\n\nMs Ada Quell Wing-yee, Director of the Riverton Arts Office, writes her last "
            "column for us.\n\nI joined the Office in 2025. My successor, Mr Bo Lander, arrives on 1 July.\n")
    assert posts_of(tmp_path, body)["Bo Lander"] == {"director-of-the-riverton-arts-office"}


def test_my_successor_after_a_writer_of_two_posts_takes_neither(tmp_path):
    body = ("By Ada Quell Wing-yee\n\nMs Ada Quell Wing-yee, Director of the Riverton Arts Office and Chairman of the "
            "Eastport Film Council, writes her last column.\n\nMy successor, Mr Bo Lander, arrives on 1 July.\n")
    assert not posts_of(tmp_path, body).get("Bo Lander")


def test_a_column_writer_retiring_as_director_and_the_successor(tmp_path):
    body = ("Mr Ada Quell Wing-yee retires at the end of this month as Director of the Riverton Arts Office, a post he "
            "has held since 2025. This is his last column for us.\n\nI first went to Riverton in 2003.\n\n"
            "My successor, Ms Bo Lander, arrives on 1 July.\n")
    posts = posts_of(tmp_path, body)
    assert posts["Ada Quell Wing Yee"] == {"director-of-the-riverton-arts-office"}
    assert posts["Bo Lander"] == {"director-of-the-riverton-arts-office"}


def test_my_successor_in_anothers_quoted_words_takes_nothing_from_the_first_person_named(tmp_path):
    body = ("Mr Ada Quell Wing-yee, Director of the Riverton Arts Office, opened the show.\n\n"
            "\"My successor, Ms Bo Lander, will be a fine chairman,\" said Mr Cy Dunn of the Eastport Film Council.\n")
    assert not posts_of(tmp_path, body).get("Bo Lander")
