"""Review of the sess25 rules of people, posts and names (firms' quoted short names, "our <Title>", analysts'
ranks, divisions in brackets) and of the text's typography: invented pages on which a new rule reads a wrong fact
(none from a document of the repository)."""

import pytest
from rdflib.namespace import SKOS

from conftest import held_posts, page_graph
from kg.text.typography import plain_usage


def graph(tmp_path, body: str):
    return page_graph(tmp_path, body, title="News")


def posts(tmp_path, body: str) -> dict[str, set[str]]:
    return held_posts(graph(tmp_path, body))


def test_a_short_name_after_two_firms_joined_by_and_names_no_firm_of_both(tmp_path):
    # kg/extract/firm_short.py: "X Limited and Y Limited ("KO")" is no one firm named "X Limited and Y Limited"
    found = graph(tmp_path, 'Kestrel Group Limited and Orbit Bank Limited ("KO") formed a joint venture.\n')
    assert not [s for s in found.subjects(SKOS.altLabel, None) if "-and-orbit" in str(s)]


def test_a_short_name_after_the_second_of_two_firms_is_the_second_s(tmp_path):
    found = graph(tmp_path, 'Kestrel Group Limited and Orbit Bank Limited ("Orbit Bank") formed a venture.\n')
    labels = {str(s).rsplit("/", 1)[-1] for s, o in found.subject_objects(SKOS.altLabel) if str(o) == "Orbit Bank"}
    assert labels == {"orbit-bank-limited"}


@pytest.mark.parametrize("body, wrong", [
    # kg/extract/own_titles.py: "Our Chamber" is the text speaking, no body named "Our Chamber"
    ("The Harbour Trade Chamber sent a mission to Shanghai. Our Chamber was received by the commission, whose "
     "Director met our Chairman, Ms Ada Quell.\n", "chairman-of-the-our-chamber"),
    # another body with the same head word named after the one that speaks is not "our"
    ("The Harbour Trade Chamber sent a mission to Shanghai. The Chamber's delegation met the Hong Kong General "
     "Chamber of Commerce. Ms Ada Quell, our Chairman, spoke.\n",
     "chairman-of-the-hong-kong-general-chamber-of-commerce"),
    ("The Harbour Trade Chamber sent a mission. The Chamber's members met the Shanghai Chamber of Commerce in "
     "Shanghai, which hosted a dinner. Our Chairman, Ms Ada Quell, thanked them.\n",
     "chairman-of-the-shanghai-chamber-of-commerce"),
    # "the Chamber's" names no body called "the Chamber"
    ("The Chamber's guests included Mr Bo Kettle. Our President, Ms Ada Quell, welcomed them.\n",
     "president-of-the-chamber"),
])
def test_our_title_is_not_of_a_body_the_text_does_not_speak_for(tmp_path, body, wrong):
    assert wrong not in posts(tmp_path, body).get("Ada Quell", set())


def test_our_title_is_of_the_body_the_text_named_first(tmp_path):
    found = posts(tmp_path, "The Harbour Trade Chamber sent a mission to Shanghai. Our Chamber met the Shanghai "
                            "Chamber of Commerce. Our Chairman, Ms Ada Quell, led it.\n")
    assert found.get("Ada Quell") == {"chairman-of-the-harbour-trade-chamber"}


@pytest.mark.parametrize("text, kept", [
    # kg/text/typography.py: a name like "Mar" or "Jan" after an honorific is no month
    ("The prize went to Mr Mar 3 times in a row.", "Mr Mar 3"),
    ("Ms Jan 2 was second.", "Ms Jan 2"),
    # a "Dr." (a drive) ending a sentence keeps its full stop, so that the sentences stay apart
    ("The guests met at 18 Harbour Dr. The Secretary spoke.", "Dr. The Secretary"),
    ("He was made a full Prof. In 2020 he left.", "Prof. In 2020"),
])
def test_typography_changes_no_name_and_joins_no_sentences(text, kept):
    assert kept in plain_usage(text)


def test_typography_still_writes_out_a_month_and_drops_an_honorific_s_stop():
    assert plain_usage("Mr. Lee met Dr. Ho on Sept. 12.") == "Mr Lee met Dr Ho on September 12."


def test_our_title_in_a_quote_of_another_body_s_officer_is_not_the_text_s(tmp_path):
    # kg/extract/own_titles.py: "our" in a quote is the speaker's, here another chamber's
    found = posts(tmp_path, 'The Harbour Trade Chamber hosted a lunch. The Chamber\'s guests included Mr Bo Kettle. '
                            '"Our President, Mr Cy Lam, will visit next year," said Mr Bo Kettle, Chairman of the '
                            'Shanghai Chamber of Commerce.\n')
    assert "president-of-the-harbour-trade-chamber" not in found.get("Cy Lam", set())
