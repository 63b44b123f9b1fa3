"""The founding told after the mechanism's name, with "it" for it: "... of the X since the two governments launched
it in 2031". Invented sentences; near misses name another body, or put one between the name and "it"."""

import pytest
from rdflib.namespace import DCTERMS

from conftest import facts


def created(f) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if p == DCTERMS.created}


@pytest.mark.parametrize("sentence", [
    "Finance has been a core area of the Hong Kong/Shanghai Co-operation Conference since the two governments launched it in 2031.",
    "Trade has topped the agenda of the Hong Kong/Shanghai Co-operation Conference since Hong Kong and Shanghai set it up in 2031.",
])
def test_founded_it_after_the_name_dates_the_founding(reference, sentence):
    assert created(facts(reference, sentence)) == {"2031"}


@pytest.mark.parametrize("sentence", [
    "Mr Hui said the Riverton Youth Fund had grown since the two governments launched it in 2033.",
    "Finance is an area of the Hong Kong/Shanghai Co-operation Conference, and of the Riverton Youth Fund since the two "
    "governments launched it in 2033.",
])
def test_another_body_launched_is_no_founding(reference, sentence):
    assert created(facts(reference, sentence)) == set()
