"""A body said again short within its sentence, by its city and head word in lower case (kg/extract/body_refs.py):
"director of the Shanghai office" after "the Shanghai Municipal X Office" is that office's Director; invented
sentences, with near misses (another city's office, no body named before)."""

from conftest import held_posts, page_graph


def posts(tmp_path, body: str) -> dict[str, set[str]]:
    return held_posts(page_graph(tmp_path, body, title="Deals signed", published="2031-05-06"))


def test_the_city_and_head_word_say_again_the_office_named_before(tmp_path):
    body = ("A memorandum between the Riverton Port Board and the Shanghai Municipal Harbour Services Office was "
            "signed by Ada Quell and Bo Kettle, director of the Shanghai office.\n")
    assert posts(tmp_path, body)["Bo Kettle"] == {"director-of-the-shanghai-municipal-harbour-services-office"}


def test_a_body_with_its_field_after_the_head_word(tmp_path):
    body = ("A memorandum between the Riverton Port Board and the Shanghai Municipal Administration of Ports and "
            "Ferries was signed by Ada Quell and Bo Kettle, director of the Shanghai administration.\n")
    assert posts(tmp_path, body)["Bo Kettle"] == {"director-of-the-shanghai-municipal-administration-of-ports-and-ferries"}


def test_an_office_of_another_city_is_not_said_again(tmp_path):
    body = ("A memorandum with the Riverton Municipal Harbour Services Office was signed by Bo Kettle, director of "
            "the Shanghai office.\n")
    assert "director-of-the-riverton-municipal-harbour-services-office" not in posts(tmp_path, body).get("Bo Kettle", set())
