"""Events placed or dated by what the text told before them, read from invented sentences (none comes from
a document of the repository)."""

from datetime import date

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def events(reference, *paragraphs, published=None) -> dict[str, dict]:
    """Each event's label with its attendees (by IRI tail), start and end dates and places."""
    f = extract(split_sentences(list(paragraphs)), title=None, published=published, doc=DOC, reference=reference)
    out: dict[str, dict] = {}
    for (s, p, o) in f.triples:
        if p == RDFS.label and "/event/" in str(s):
            out[str(o)] = {"attendees": {str(a).rsplit("/", 1)[-1] for a in f.objects(s, SDO.attendee)},
                           "start": sorted(str(d) for d in f.objects(s, SDO.startDate)),
                           "end": sorted(str(d) for d in f.objects(s, SDO.endDate)),
                           "places": {str(x).rsplit("/", 1)[-1] for x in f.objects(s, SDO.location)}}
    return out


def test_a_signing_after_the_meeting_is_where_that_meeting_was(reference):
    found = events(reference,
                   "The Ferry Safety Working Group held its fifth meeting in Hangzhou today (May 9).",
                   "The two sides agreed to hold the sixth meeting of the Working Group in Shanghai next year.",
                   "After the meeting, Mr Alan Wexford and Mr Bo Lintao witnessed the signing of the Memorandum of "
                   "Understanding on Ferry Crew Training.",
                   published=date(2031, 5, 9))
    signing = found["Signing of Memorandum of Understanding on Ferry Crew Training"]
    assert signing["places"] == {"hangzhou"} and signing["start"] == ["2031-05-09"]


def test_a_signing_following_the_talks_is_where_the_talks_were(reference):
    found = events(reference,
                   "Mr Alan Wexford met with Mr Bo Lintao in Ningbo today (May 9).",
                   "Following the talks, Ms Clara Menzies and Mr Dai Renhou signed the Letter of Intent on River Cruise "
                   "Promotion.",
                   published=date(2031, 5, 9))
    assert found["Signing of Letter of Intent on River Cruise Promotion"]["places"] == {"ningbo"}


def test_a_signing_not_said_to_follow_a_meeting_takes_no_place_from_it(reference):
    found = events(reference,
                   "The Ferry Safety Working Group held its fifth meeting in Hangzhou today (May 9).",
                   "Later, Mr Alan Wexford and Mr Bo Lintao witnessed the signing of the Memorandum of "
                   "Understanding on Ferry Crew Training.",
                   published=date(2031, 5, 9))
    assert found["Signing of Memorandum of Understanding on Ferry Crew Training"]["places"] == set()


def test_a_meeting_that_will_take_place_somewhere_is_there(reference):
    found = events(reference,
                   "The Ferry Safety Working Group was set up in 2029. Its sixth meeting will take place in Ningbo next year.",
                   published=date(2031, 5, 9))
    meeting = found["Sixth meeting"]
    assert meeting["places"] == {"ningbo"} and meeting["start"] == ["2032"]


def test_a_meeting_that_agreed_what_will_take_place_elsewhere_is_not_there(reference):
    found = events(reference,
                   "The sixth meeting of the Ferry Safety Working Group agreed that a joint drill will take place in "
                   "Ningbo next year.",
                   published=date(2031, 5, 9))
    assert all("ningbo" not in e["places"] for e in found.values())
