"""Tags and entities a tool left in a plain text, too few to read it as HTML (invented text, each with a near miss)."""

from kg.text.clean import clean
from kg.text.markup import as_plain, stray_tags


def test_a_stray_break_parts_two_sentences_and_emphasis_keeps_its_words():
    text = "Head\n\nThe Mayor met the Secretary.<br>They agreed on <b>trade &amp; investment</b>&nbsp;today."
    assert clean(as_plain(text)).paragraphs == ["The Mayor met the Secretary.", "They agreed on trade & investment today."]


def test_angle_brackets_that_are_no_tags_stay():
    text = "Growth was <5% in 2035 and a<b in the model; the <Riverton> brand and x <a> y stay."
    assert stray_tags(text) == text  # a lone tag with no closing one may be a typo
    assert stray_tags("Profits rose 5% (<5% last year).") == "Profits rose 5% (<5% last year)."
