"""The mechanism's founding and renaming as briefs, columns, e-mails and translated news tell them
(kg.extract.history, history_back, history_names, sessions).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

from datetime import date

import pytest

from conftest import facts
from test_history import history
from test_history_shapes import NEW, OLD

FOUNDED = f"The {OLD} was set up in October 2031."


@pytest.mark.parametrize("sentence, renamed", [
    ("The revival came in 2036, when the two governments renamed the body the " + NEW + " to mark a wider remit.", "2036"),
    ("In January 2036, at a working meeting held in Riverton, the two sides agreed to revive the mechanism and to rename it "
     f"the {NEW}.", "2036-01"),
    (f"After a long gap the mechanism was relaunched with a wider remit and renamed the {NEW} in 2036.", "2036"),
])
def test_a_renaming_dated_outside_its_clause(reference, sentence, renamed):
    found = history(facts(reference, FOUNDED, sentence))
    assert ("renamed", renamed) in found
    assert ("former", OLD) in found


def test_a_renaming_from_today(reference):
    found = history(facts(reference, f"The leaders agreed to drop two words from the name of the {OLD}.",
                          f"From today it will be known as the {NEW}.", published=date(2036, 1, 4)))
    assert ("renamed", "2036-01-04") in found


def test_a_relaunch_alone_is_no_renaming(reference):
    found = history(facts(reference, FOUNDED, "After a long gap the mechanism was relaunched with a wider remit in 2036."))
    assert not {f for f in found if f[0] == "renamed"}


@pytest.mark.parametrize("sentence, created", [
    (f"Ms Wong said the {OLD} set up by the two governments in 2031 had last met in 2033.", "2031"),
    (f"He said that since {NEW} mechanism in 2031 was established, the two places deepened co-operation.", "2031"),
])
def test_a_founding_told_after_the_name(reference, sentence, created):
    assert ("created", created) in history(facts(reference, sentence))


@pytest.mark.parametrize("sentence", [
    f"The {NEW} established a task force in 2035.",
    f"Since the {NEW} in 2035 was held in Riverton, trade has grown.",
])
def test_what_the_mechanism_did_is_not_its_founding(reference, sentence):
    assert not {f for f in history(facts(reference, sentence)) if f[0] == "created"}
