"""A generic head that refers back to the agreement a text has named: "The Memorandum of Understanding was signed
by ...", "sign the Memorandum of Understanding" in a caption, "X Signs MoU with Y" in the title (read after the
body). Invented sentences; the near misses ("signed an MoU", a first mention) each give an agreement."""

from conftest import facts
from test_agreements import agreements

NAMED = ("The Riverton Port Authority and the Shanghai Harbour Bureau signed a Memorandum of Understanding on "
         "Co-operation in Cold Chain Logistics today.")
LONG = "Memorandum of Understanding on Co-operation in Cold Chain Logistics"


def test_a_definite_generic_head_is_the_named_agreement(reference):
    found = agreements(facts(reference, NAMED, "The Memorandum of Understanding was signed by Dr Ada Vole and Mr Lin Bo.",
                             "Photo: Dr Ada Vole and Mr Lin Bo sign the Memorandum of Understanding, witnessed by Mr Tse."))
    assert set(found) == {LONG}


def test_a_bare_generic_head_in_the_title_is_the_named_agreement(reference):
    found = agreements(facts(reference, NAMED, title="Riverton Port Authority Signs MoU with Shanghai Harbour Bureau"))
    assert set(found) == {LONG}


def test_an_indefinite_or_first_generic_head_is_an_agreement_of_its_own(reference):
    found = agreements(facts(reference, NAMED, "The two bureaux also signed an MoU on staff training."))
    assert len(found) == 2
    found = agreements(facts(reference, "The Memorandum of Understanding was signed by Dr Ada Vole and Mr Lin Bo."))
    assert len(found) == 1
