"""Agreements listed one after another, and counts too vague to name one (kg.extract.agreement_lists).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from conftest import facts
from test_agreements import agreements


@pytest.mark.parametrize("sentence, expected", [
    ("The two sides signed 12 co-operation agreements, including a letter of intent on museum exchanges and a "
     "framework agreement on port logistics.",
     {"12 co-operation agreements", "Letter of intent on museum exchanges", "Framework agreement on port logistics"}),
    ("They signed the co-operation agreement on cruise tourism, the memorandum of understanding on arbitration and "
     "the letter of intent on sports exchanges.",
     {"Co-operation agreement on cruise tourism", "Memorandum of understanding on arbitration",
      "Letter of intent on sports exchanges"}),
    ("Officials witnessed the signing of an agreement to set up a joint laboratory; a memorandum on river "
     "data between the Riverton Water Board and the Eastfield Hydrology Institute; and an arrangement on "
     "ferry safety.",
     {"Agreement to set up a joint laboratory",
      "Memorandum on river data between the Riverton Water Board and the Eastfield Hydrology Institute",
      "Arrangement on ferry safety"}),
    ("Five documents were signed, namely a protocol on customs clearance.",
     {"Five documents", "Protocol on customs clearance"}),
])
def test_agreements_listed_one_after_another(reference, sentence, expected):
    assert set(agreements(facts(reference, sentence))) == expected


@pytest.mark.parametrize("sentence", [
    # "including" with no agreement or signing told before it
    "The talks covered many fields, including a proposed agreement on ferry fares.",
    "The plan lists several steps, including an agreement on fares to be negotiated later.",
    # vague counts and words pointing elsewhere name no agreement
    "Dozens of agreements have been signed under the mechanism.",
    "The following agreements were signed:",
    "A number of agreements were signed at the meeting.",
    "The relevant agreements were signed last year.",
])
def test_no_agreement_from_a_list_without_agreements_or_a_vague_count(reference, sentence):
    assert agreements(facts(reference, sentence)) == {}


def test_a_counted_batch_after_pointing_words_is_kept(reference):
    assert set(agreements(facts(reference, "The following three agreements were signed."))) == {"Three agreements"}


def test_a_bare_item_in_a_list_may_be_one_told_before(reference):
    found = agreements(facts(reference, "They signed the agreement, the memorandum and the protocol."))
    assert not {"Memorandum", "Protocol"} & set(found)


def test_the_list_reader_fails_fast():
    from kg.extract.agreement_lists import listed_agreements
    text = "signed " + "the agreement on trade and " * 400 + "x"
    started = time.perf_counter()
    listed_agreements(text)
    listed_agreements("including " + "a memorandum between " + "A and B " * 2000)
    listed_agreements("signed " + ", ".join(["the strategic co-operation framework"] * 500))
    assert time.perf_counter() - started < 1.0


def test_bulleted_agreements_under_a_line_that_tells_of_them(reference):
    found = agreements(facts(reference, "The agreements signed at the meeting include:",
                             "• a memorandum of understanding on port logistics between the Riverton Port Authority and "
                             "the Harbour Logistics Board;", "• a letter of intent on youth internships; and",
                             "• a co-operation agreement on legal services."))
    assert set(found) == {"Memorandum of understanding on port logistics between the Riverton Port Authority and the "
                          "Harbour Logistics Board", "Letter of intent on youth internships",
                          "Co-operation agreement on legal services"}


@pytest.mark.parametrize("paragraphs", [
    # bullets under a line about something else, or a bullet that goes on after the agreement's words
    ["The delegation will visit:", "• a memorandum of understanding on port logistics;", "• an arrangement on ferries."],
    ["The agreements signed at the meeting include:", "• an arrangement on ferries, which the council will review next year"
     " before it takes effect"],
])
def test_no_bulleted_agreement_out_of_its_list(reference, paragraphs):
    assert agreements(facts(reference, *paragraphs)) == {}


@pytest.mark.parametrize("sentence, label", [
    ('They signed a "framework agreement on port co-operation" on Monday.', "Framework agreement on port co-operation"),
    # a verb is no word of the agreement's
    ("Among the agreements signed was a memorandum of understanding on green finance between the Riverton Monetary "
     "Authority and the Harbour Financial Bureau.", "Memorandum of understanding on green finance between the Riverton "
     "Monetary Authority and the Harbour Financial Bureau"),
])
def test_an_agreement_in_quotes_or_after_a_verb(reference, sentence, label):
    assert set(agreements(facts(reference, sentence))) == {label}
