"""Another pair's co-operation conference holds plenary meetings too: in a text that names ours elsewhere, its
numbered meetings are never ours."""

from datetime import date

import pytest
from rdflib.namespace import RDF

from conftest import facts
from kg.namespaces import HKSH

OURS = "The Chief Executive attended the Seventh Plenary Session of the Hong Kong/Shanghai Co-operation Conference last year."


def numbers(found) -> set[int]:
    sessions = {s for (s, p, o) in found.triples if p == RDF.type and o == HKSH.PlenarySession}
    return {int(o) for (s, p, o) in found.triples if p == HKSH.sessionNumber and s in sessions}


@pytest.mark.parametrize("sentence", [
    "The Hong Kong/Guangdong Co-operation Joint Conference holds its 24th plenary meeting in Guangzhou today.",
    "The Hong Kong/Guangdong Co-operation Joint Conference held its sixth session, in Guangzhou in 2031.",
    "The Beijing-Hong Kong Economic and Trade Co-operation Conference convened its third plenary session in Beijing.",
])
def test_another_conferences_meeting_is_not_our_session(reference, sentence):
    assert numbers(facts(reference, OURS, sentence, published=date(2026, 11, 20))) == {7}


@pytest.mark.parametrize("sentence, number", [
    ("Unlike the Guangdong Co-operation Joint Conference, the Hong Kong/Shanghai Co-operation Conference held its "
     "eighth plenary session in Hong Kong.", 8),
    ("The conference held its eighth plenary session in Hong Kong on Monday.", 8),
])
def test_our_own_session_after_another_body_is_still_read(reference, sentence, number):
    assert number in numbers(facts(reference, OURS, sentence, published=date(2026, 11, 20)))


def test_the_placed_body_pattern_fails_fast():
    import time

    from kg.extract.session_context import placed_bodies

    text = "⟦place:0⟧/" * 20000 + "Co-operation and Joint and Trade " * 2000 + "Committee"
    started = time.perf_counter()
    assert placed_bodies(text, len(text)) == [] and placed_bodies(text, 20000 * 10) == []
    assert time.perf_counter() - started < 1.0
