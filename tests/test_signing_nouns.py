"""A signing told as a noun with its day ("the signing on Wednesday of a Memorandum ... at X's Y Tower"), then its
signatories ("A signed for X and B for Y") and witnesses."""

from datetime import date

from rdflib.namespace import RDFS, SDO

from conftest import facts

NOUN = ("The highlight of the visit was the signing on Wednesday of a Memorandum of Understanding on the Riverton "
        "Harbour Institute at Riverton University's Quay Tower.")


def signings(f) -> dict[str, dict]:
    events = {s: str(o) for (s, p, o) in f.triples if p == RDFS.label and "/event/" in str(s)}
    return {label: {"attendees": {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == iri and p == SDO.attendee},
                    "place": {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == iri and p == SDO.location},
                    "start": {str(o) for (s, p, o) in f.triples if s == iri and p == SDO.startDate}}
            for iri, label in events.items()}


def test_a_signing_told_as_a_noun_with_its_day_is_an_event(reference):
    found = signings(facts(reference, NOUN, "Professor Ada Quell signed for Riverton and Professor Bo Kettle for the institute.",
                           "The signing was witnessed by Mr Tom Fu.", published=date(2031, 5, 9)))
    signing = found["Signing of a Memorandum of Understanding on the Riverton Harbour Institute"]
    assert signing["start"] == {"2031-05-07"} and signing["place"] == {"quay-tower"}
    assert {"ada-quell", "bo-kettle", "tom-fu"} <= signing["attendees"]


def test_a_signing_noun_without_a_day_or_a_proper_paper_is_no_event(reference):
    for sentence in ["They look forward to the signing of a Memorandum of Understanding on the Riverton Harbour Institute.",
                     "The highlight of the visit was the signing on Wednesday of a memorandum on harbours."]:
        assert signings(facts(reference, sentence, published=date(2031, 5, 9))) == {}, sentence
