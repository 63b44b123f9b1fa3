"""Paragraphs a page prints twice, found through an index of the paragraphs kept (invented texts; each with a near
miss that is no repeat), and a page of thousands of short paragraphs cleaned in linear time."""

import time

from kg.text.clean import clean
from kg.text.repeats import Kept, is_repeat


def test_near_repeats_are_found_through_the_index():
    long = "The two cities agreed to deepen co-operation in finance, trade, shipping and culture at the talks held today"
    kept = Kept()
    kept.add(long + ".")
    assert kept.repeats(long.upper() + ".")
    assert kept.repeats(long + ", officials said.")
    assert not kept.repeats(long.replace("today", "in 2031") + ".")  # figures differ: a record's other line
    assert not kept.repeats("The two cities agreed.")
    assert is_repeat("Talks were held.", ["talks were held."])


def test_a_page_of_thousands_of_short_paragraphs_cleans_in_linear_time():
    body = "\n\n".join(f"Item {i} of the list was noted by the {i % 7}th desk." for i in range(6000))
    start = time.process_time()
    assert len(clean(body).paragraphs) == 6000
    assert time.process_time() - start < 2.0  # quadratic before: 4 s of comparing alone
