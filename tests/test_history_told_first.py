"""The mechanism's renaming told before its name ("Established in 2003 and renamed in 2012, the X ..."), and its
present name said as a title or carried since a year (kg.extract.history).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import pytest

from conftest import facts
from test_history import history
from test_history_shapes import NEW, OLD

BEFORE = f"The {OLD} was the first of its kind."


@pytest.mark.parametrize("sentence, renamed", [
    (f"Established in 2031 and renamed in 2036, the {NEW} is a high-level platform.", "2036"),
    (f"Set up in 2031 and later renamed in March 2036, the {NEW} meets every two years.", "2036-03"),
    (f"The {NEW}, inaugurated in 2031, adopted its present title in 2036.", "2036"),
    (f"The Conference has carried its present name since 2036.", "2036"),
])
def test_a_renaming_told_another_way(reference, sentence, renamed):
    assert ("renamed", renamed) in history(facts(reference, BEFORE, sentence))


@pytest.mark.parametrize("sentence", [
    f"Established in 2031 and renamed in 2036, the youth forum of the {NEW} met today.",
    f"Established in 2031 and renamed in 2036, it now runs the {NEW} secretariat.",
    f"The {NEW} met today. The museum has carried its present name since 2036.",
])
def test_no_renaming_of_another_body(reference, sentence):
    assert not any(kind == "renamed" for kind, _ in history(facts(reference, BEFORE, sentence)))
