"""The event scan finds exactly what the event pattern's own ``finditer`` finds, only sooner."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.event_scan import event_matches
from kg.extract.event_words import EVENT

ROOT = Path(__file__).resolve().parent.parent

WORDS = ["the", "a", "an", "Hong", "Kong", "Shanghai", "Design", "Week", "week", "forum", "Forum", "trade", "fair",
         "affairs", "Affairs", "opening", "ceremony", "of", "on", "finance", "and", "&", "2019", "3rd", "first",
         "working", "meeting", "dinner", "hosted", "by", "⟦org:0⟧", "⟦place:1⟧", "held", "in", "Expo", "panel",
         "discussion", "study", "tour", "to", "celebrate", "the", "Centre", "Hall", "Mr", "Chan", "exhibition",
         '"Twin', 'Cities"', "high-level", "co-ordination", "series", "activities", "Today", "During", "Program"]
GLUE = [" ", " ", " ", ", ", ". ", " - ", ": ", " (", ") ", "; ", " – ", "'s ", "/", '"']


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
    glue = draw(st.lists(st.sampled_from(GLUE), min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, glue))


def same(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in EVENT.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in event_matches(text)] == expected, text


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_the_scan_finds_what_finditer_finds(text: str) -> None:
    same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aefsw FWEC,.;:()'\"&-–⟦⟧0123456789")), max_size=80))
def test_the_scan_agrees_on_any_characters(text: str) -> None:
    same(text)


def test_the_scan_agrees_on_every_line_of_the_test_texts() -> None:
    texts = sorted((ROOT / "tests" / "data").rglob("*.txt")) + sorted((ROOT / "data" / "documents").glob("*.txt"))
    lines = [line for path in texts for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 1000
    for line in lines:
        same(line)


def test_a_name_does_not_reach_across_a_comma() -> None:
    """What lets the scan skip ahead: the break before the event word bounds where a name can start."""
    assert [m.group(0) for m in event_matches("In Shanghai, Design Week opened")] == ["Design Week"]


def test_a_quoted_title_may_hold_a_comma() -> None:
    text = 'They opened the "Twin Cities, One Future" exhibition, then left.'
    assert [m.group(0) for m in event_matches(text)] == ['the "Twin Cities, One Future" exhibition']
    same(text)
