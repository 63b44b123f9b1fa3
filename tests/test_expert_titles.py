"""Analysts and academics as news stories quote them: the name, then a rank in lower case "at" a body ("Ada
Quell, a senior economist at Tamsin Capital Economics"). The person is found and holds "<Rank> of <Body>".

Every sentence is invented; each kind has a near miss.
"""

import time

import pytest

from conftest import facts
from test_kinds import posts_of


@pytest.mark.parametrize("sentence, person, post", [
    ('"Rates will fall," said Kit Lo, a senior economist at Tamsin Capital Economics in Hong Kong.',
     "kit-lo", "Senior Economist of Tamsin Capital Economics"),
    ("Bo Wang, a professor of finance at Riverton University in Shanghai, disagreed.",
     "bo-wang", "Professor of Finance of Riverton University"),
    ('"Both win," said Cora Tran, head of Asia equity strategy at Harrowgate Securities in Singapore.',
     "cora-tran", "Head of Asia Equity Strategy of Harrowgate Securities"),
    ("Ms Dee Yu, an analyst at Kestrel Research, said so.", "dee-yu", "Analyst of Kestrel Research"),
])
def test_a_rank_at_a_body_after_a_name_is_a_post(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


@pytest.mark.parametrize("sentence", [
    "Eve Lam, a senior economist at the time, said so.",
    "Ms Fay Ng, an analyst at heart, laughed.",
    "Gus Po, a guest at Riverton Bank, said so.",
    "Mr Ian Ko, head of the delegation at the Riverton Summit, spoke.",
    "Mr Jo Ma, head of state at Riverton Palace, spoke.",
])
def test_no_rank_or_no_body_makes_no_post(reference, sentence):
    assert posts_of(facts(reference, sentence)) == {}


def test_a_long_run_of_capitals_is_read_quickly(reference):
    start = time.perf_counter()
    facts(reference, "Ada Lo, a senior economist at " + "Alpha " * 300 + "and " * 100 + "said.")
    assert time.perf_counter() - start < 2
