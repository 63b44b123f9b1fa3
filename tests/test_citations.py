"""Footnote and citation marks of papers, reports and wiki pages (invented text, each with a near miss)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.citations import plain_citations
from kg.text.clean import clean


def test_marks_stuck_to_words_and_stops_go():
    text = ("The Riverton/Eastport Conference[1] has met five times (Brook, 2035; Quell and Lam, 2036). It works on "
            "finance² and trade³.[4] The Secretary, Mr Alan Brookfield¹, signed it [5]. It grew (Lam et al., 2036, p. 4).")
    assert plain_citations(text) == ("The Riverton/Eastport Conference has met five times. It works on finance and trade. "
                                     "The Secretary, Mr Alan Brookfield, signed it. It grew.")


def test_notes_keep_their_text_and_a_reference_list_goes():
    cleaned = clean("Paper\n\nNotes\n\n[1] The Conference was renamed in 2036.\n\nReferences\n\n"
                    "Brook, A. (2035). Two Harbours. Riverton: City Press.\n")
    assert cleaned.paragraphs == ["The Conference was renamed in 2036."], cleaned.paragraphs


def test_units_places_and_years_in_brackets_stay():
    text = "A site of 5 km² and 30 m² rooms. The Second Plenary Session (Eastport, 2036) met. Items [a-c] and G20 [x] and x[a-c]."
    assert plain_citations(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=9), min_size=3, max_size=15),
       st.lists(st.integers(0, 20), max_size=4))
def test_taking_marks_off_never_loses_a_word(words, marked):
    text = " ".join(f"{w}[{i + 1}]" if i in marked else f"{w}¹" if i + 1 in marked else w for i, w in enumerate(words)) + "."
    assert plain_citations(text).rstrip(".").split() == words
