"""A renaming told as words dropped from the mechanism's name (kg.extract.history_dropped).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from kg.extract.history_dropped import DROPPED

from conftest import facts
from test_history import history

OLD = "Hong Kong/Shanghai Economic and Trade Co-operation Conference"
NEW = "Hong Kong/Shanghai Co-operation Conference"


@pytest.mark.parametrize("paragraphs, renamed", [
    ([f"The {NEW} met today. It was set up in 2031 as the {OLD}.",
      'It dropped "Economic and Trade" from its name at its second session in June 2036.'], "2036-06"),
    ([f"The {NEW} met today. It was set up in 2031 as the {OLD}.",
      'We dropped "Economic and Trade" from the name at the second, in Hong Kong in 2036; the third met in 2039.'], "2036"),
    ([f"The {NEW} began as the {OLD}.", "The second plenary session met in Hong Kong in March 2036.",
      "At that session the two sides dropped 'Economic and Trade' from the mechanism's title."], "2036-03"),
])
def test_words_dropped_from_the_name(reference, paragraphs, renamed):
    told = history(facts(reference, *paragraphs))
    assert ("former", OLD) in told and ("renamed", renamed) in told


@pytest.mark.parametrize("paragraphs", [
    # another body's name
    [f"The {NEW} met today. It was set up in 2031 as the {OLD}.",
     'The Riverton Council dropped "Commerce" from its name in 2036.'],
    # words still in the name it has now
    [f"The {NEW} met today. It was set up in 2031 as the {OLD}.", 'It dropped "Conference" from its name in 2036.'],
])
def test_words_dropped_from_another_name(reference, paragraphs):
    assert not any(kind == "renamed" for kind, _ in history(facts(reference, *paragraphs)))


def test_the_pattern_fails_fast():
    line = 'dropped "' + "Economic and " * 500 + "x"
    start = time.perf_counter()
    DROPPED.search(line)
    assert time.perf_counter() - start < 0.05


@pytest.mark.parametrize("sentence, created", [
    (f"Recalling that the Conference was established on 3 May 2031 under the name of the {OLD}, the sides met.", "2031-05-03"),
    (f"The mechanism was set up in 2031 as the {OLD}.", "2031"),
])
def test_founded_under_a_name(reference, sentence, created):
    assert ("created", created) in history(facts(reference, sentence))


def test_a_conference_founded_under_no_name(reference):
    # another conference, named by no name of the mechanism
    found = facts(reference, "The conference was established on 3 May 2031 under the name of the Riverton Forum.")
    assert not any(kind == "created" for kind, _ in history(found))
