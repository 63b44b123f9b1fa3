"""Another pair's co-operation conference holds plenary meetings too: in a text that names ours elsewhere, its
numbered meetings are never ours."""

from datetime import date

import pytest
from rdflib.namespace import DCTERMS, RDF

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

    from kg.extract.other_bodies import placed_bodies

    text = "⟦place:0⟧/" * 20000 + "Co-operation and Joint and Trade " * 2000 + "Committee"
    started = time.perf_counter()
    assert placed_bodies(text, len(text)) == [] and placed_bodies(text, 20000 * 10) == []
    assert time.perf_counter() - started < 1.0


BEIJING = "the Beijing-Hong Kong Economic and Trade Co-operation Conference"


def test_a_conference_named_by_places_ends_a_list_of_sessions():
    """session_lists: a list after a bare session runs up to another body, named by places as by words."""
    from kg.extract.session_lists import listed_sessions

    masked = "The sixth session, in ⟦place:0⟧ in 2021, preceded the ⟦place:1⟧-⟦place:0⟧ Economic and Trade Co-operation Conference, and its seventh, in ⟦place:1⟧."
    body = masked.index("⟦place:1⟧-")
    bodies = [(body, masked.index(", and its"))]
    assert [n for n, _, _ in listed_sessions(masked, [], 5, bodies)] == [6]
    assert [n for n, _, _ in listed_sessions(masked, [], 5)] == [6, 7]  # near miss: no body, the list goes on
    after = "The ⟦place:1⟧-⟦place:0⟧ Co-operation Conference met; the sixth session, in ⟦place:0⟧, and the seventh, in ⟦place:1⟧."
    assert [n for n, _, _ in listed_sessions(after, [], 5, [(4, after.index(" met"))])] == [6]


@pytest.mark.parametrize("sentence, expected", [
    (f"{BEIJING[0].upper()}{BEIJING[1:]} reached consensus on the following areas: finance; tourism; and sports.", set()),
    ("The Guangdong/Hong Kong Co-operation Joint Conference reached consensus on the following areas: finance; and sports.", set()),
    # near miss: the mechanism's own consensus is the last session's
    ("The two sides reached consensus on the following areas: finance; tourism; and sports.", {"finance", "tourism", "sports"}),
])
def test_a_consensus_of_another_conference_is_not_the_sessions(reference, sentence, expected):
    found = facts(reference, OURS, sentence, published=date(2026, 11, 20))
    assert {str(o).rsplit("/", 1)[-1] for s, p, o in found.triples if "/session/" in str(s) and p == DCTERMS.subject} == expected


def test_another_conference_named_by_places_holds_no_session_of_ours(reference):
    sentence = f"{BEIJING[0].upper()}{BEIJING[1:]} held its ninth plenary session in Beijing in 2026."
    assert numbers(facts(reference, OURS, sentence, published=date(2026, 11, 20))) == {7}
    ours = "The Hong Kong/Shanghai Economic and Trade Co-operation Conference held its second plenary session in Hong Kong."
    assert 2 in numbers(facts(reference, OURS, ours, published=date(2026, 11, 20)))


def test_a_conference_named_short_by_its_other_place_holds_no_session_of_ours(reference):
    found = facts(reference, OURS, "The Fujian conference, the youngest, signed little; its second plenary in Fuzhou was brief.",
                  published=date(2026, 11, 20))
    assert numbers(found) == {7}


def test_a_since_date_is_no_sessions_day(reference):
    from rdflib.namespace import SDO
    found = facts(reference, "In Shanghai on Friday, Mr Lee co-chaired the sixth plenary session of the Hong Kong/Shanghai "
                  "Co-operation Conference, the first held in person since 2018.", published=date(2023, 11, 5))
    days = {str(o) for (s, p, o) in found.triples if p == SDO.startDate and "/session/" in str(s)}
    assert days == {"2023-11-03"}


def test_a_high_level_meeting_they_chaired_is_no_session(reference):
    from rdflib.namespace import SDO
    found = facts(reference, OURS, "The Hong Kong/Shanghai Co-operation Conference held its Seventh Plenary Session on 3 May, "
                  "co-chaired by Mr Hal Brody.",
                  "Mr Olav Strand and Mr Ivo Marek co-chaired the high level meeting in Macao on 9 December.",
                  published=date(2026, 12, 30))
    attendees = {str(o).rsplit("/", 1)[-1] for (s, p, o) in found.triples if p == SDO.attendee and "/session/" in str(s)}
    assert "olav-strand" not in attendees and "hal-brody" in attendees
