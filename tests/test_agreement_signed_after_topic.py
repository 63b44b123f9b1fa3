"""An agreement told as an object, its signing after its topic: "grew out of a letter of intent on A signed at ..."."""

import pytest

from conftest import facts
from test_agreements import agreements


def test_an_agreement_signed_at_a_session_after_its_topic(reference):
    found = agreements(facts(reference, "The scheme grew out of a letter of intent on river works signed at the fifth "
                                        "plenary session."))
    assert list(found) == ["Letter of intent on river works"]


@pytest.mark.parametrize("sentence", [
    "They hope to draft a letter of intent on river works to be signed at the next session.",
    "A letter of intent on river works will be signed at the next session.",
    "They discussed a proposal for river works signed at the session.",
])
def test_a_planned_agreement_or_no_agreement_is_not_signed(reference, sentence):
    assert agreements(facts(reference, sentence)) == {}
