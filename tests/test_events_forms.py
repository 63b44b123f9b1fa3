"""Events told in forms the narrative rules miss: list rows, appositions, programme lines, panels (invented
sentences, none from a document of the repository)."""

from datetime import date

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def events(reference, *paragraphs, published=None) -> dict[str, dict]:
    """Each event's label with its attendees, organisers, places (by IRI tail), start and end dates."""
    f = extract(split_sentences(list(paragraphs)), title=None, published=published, doc=DOC, reference=reference)
    tail = lambda x: str(x).rsplit("/", 1)[-1]  # noqa: E731
    out: dict[str, dict] = {}
    for (s, p, o) in f.triples:
        if p == RDFS.label and "/event/" in str(s):
            out[str(o)] = {"attendees": {tail(a) for a in f.objects(s, SDO.attendee)},
                           "organisers": {tail(a) for a in f.objects(s, SDO.organizer)},
                           "start": sorted(str(d) for d in f.objects(s, SDO.startDate)),
                           "end": sorted(str(d) for d in f.objects(s, SDO.endDate)),
                           "places": {tail(x) for x in f.objects(s, SDO.location)}}
    return out


def test_a_list_row_headed_by_an_ordinal_meeting_names_no_event(reference):
    found = events(reference, "Milestones of the river ports panel",
                   "First meeting – March 2031 – Riverton", "Second meeting: 4 May 2032, Shanghai",
                   "- Third meeting | 2033 | Hong Kong")
    assert not any(label.lower().endswith("meeting") for label in found)


def test_an_ordinal_meeting_told_in_a_sentence_is_still_an_event(reference):
    found = events(reference, "First meeting of the Riverton Ports Panel – held in Shanghai in March 2031",
                   "The second meeting was held in Shanghai on 4 May 2032.")
    assert "First meeting of the Riverton Ports Panel" in found
    assert any(label.lower() == "second meeting" for label in found)
