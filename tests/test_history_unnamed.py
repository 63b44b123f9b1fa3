"""A renaming to the present name the sentence does not spell out (kg.extract.history.TOOK_NAME).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from kg.extract.history import TOOK_NAME

from conftest import facts
from test_history import history

OLD = "Hong Kong/Shanghai Economic and Trade Co-operation Conference"
SET_UP = f"The mechanism was founded in 2031 as the {OLD}."


@pytest.mark.parametrize("paragraphs, expected", [
    ([SET_UP, "The two sides renamed it at the fourth plenary session, in May 2036, to reflect a wider scope."],
     {("created", "2031"), ("former", OLD), ("renamed", "2036-05")}),
    ([SET_UP, "The fourth plenary session was held in Shanghai in May 2036.", "At that session the conference took its present, "
      "shorter name."], {("created", "2031"), ("former", OLD), ("renamed", "2036-05")}),
    # near misses: no former name given; a name taken by something else; "renamed it" with its new name spelt out
    (["The two sides renamed it at the fourth plenary session, in May 2036."], set()),
    ([f"The {OLD} met in 2031.", "The two sides renamed the youth committee at the fourth plenary session."], set()),
    ([f"The {OLD} met in 2031.", "The fourth plenary session was held in Shanghai in May 2036.",
      "At that session the mechanism took its present name."], {("former", OLD), ("renamed", "2036-05")}),
])
def test_a_renaming_to_the_present_name(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs)) == expected


def test_the_present_name_pattern_fails_fast():
    started = time.perf_counter()
    TOOK_NAME.search("the two sides renamed " + "it " * 20000)
    TOOK_NAME.search("took its present " + "new " * 20000)
    assert time.perf_counter() - started < 1.0
