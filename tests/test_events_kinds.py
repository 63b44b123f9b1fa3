"""A visit programme, read from invented sentences (none comes from a document of the repository)."""

from datetime import date

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

ID = "https://w3id.org/hksh/id/"
DOC = URIRef(ID + "doc/test")


def events(reference, *paragraphs, published=None) -> dict[str, dict]:
    """Each event's label with its attendees (by IRI tail), start date and places."""
    f = extract(split_sentences(list(paragraphs)), title=None, published=published, doc=DOC, reference=reference)
    out: dict[str, dict] = {}
    for (s, p, o) in f.triples:
        if p == RDFS.label and "/event/" in str(s):
            out[str(o)] = {"attendees": {str(a).rsplit("/", 1)[-1] for a in f.objects(s, SDO.attendee)},
                           "start": [str(d) for d in f.objects(s, SDO.startDate)],
                           "places": {str(x).rsplit("/", 1)[-1] for x in f.objects(s, SDO.location)}}
    return out


def test_a_delegations_day_becomes_its_parts(reference):
    found = events(reference,
                   "The Secretary for Tourism, Mr Alan Wexford, led a delegation of port operators to Shanghai today (May 9).",
                   "In the morning, Mr Wexford and the delegation visited the Riverside Ferry Depot in Shanghai, where they were briefed.",
                   "The delegation then met with the board of the Eastern Harbour Academy to discuss training.",
                   "In the afternoon, Mr Wexford paid a visit to the Lotus Container Company to learn about its work.",
                   published=date(2031, 5, 9))
    depot = found["Visit to the Riverside Ferry Depot"]
    assert depot["attendees"] == {"alan-wexford"} and depot["start"] == ["2031-05-09"] and depot["places"] == {"shanghai"}
    assert found["Meeting with the board of the Eastern Harbour Academy"]["attendees"] == {"alan-wexford"}
    assert found["Visit to the Lotus Container Company"]["start"] == ["2031-05-09"]


def test_the_delegation_stands_for_the_people_who_make_it_up(reference):
    found = events(reference,
                   "Secretary for Tourism Alan Wexford and Secretary for Housing Nora Pell joined the delegation of lawmakers.",
                   "The delegation visited a shipbuilding yard to learn about green vessels.",
                   "They also called on several maritime associations in the city.")
    assert found["Visit to a shipbuilding yard"]["attendees"] == {"alan-wexford", "nora-pell"}
    assert found["Calls on maritime associations"]["attendees"] == {"alan-wexford", "nora-pell"}


def test_we_in_a_blog_with_no_named_delegation_gives_no_attendee_but_keeps_the_meeting(reference):
    found = events(reference, "This morning, we met with the Mayor of Riverton, Mr Hal Brody, to exchange views.",
                   published=date(2031, 5, 9))
    meeting = found["Meeting with Hal Brody"]
    assert meeting["attendees"] == {"hal-brody"} and meeting["start"] == ["2031-05-09"]


def test_what_is_not_a_programme_item(reference):
    found = events(reference,
                   "Mr Alan Wexford said that the bureau has paid visits to various provinces.",   # another clause's subject
                   "Mr Alan Wexford hopes to visit more river ports.",                                # a purpose
                   "The council visited the Old Mill in spring.")                                     # nobody named
    assert not any(label.startswith("Visit to") for label in found)


def test_a_future_item_takes_only_its_own_date(reference):
    found = events(reference, "Mr Alan Wexford arrived in Shanghai today (May 9).",
                   "Mr Wexford will visit the Riverside Ferry Depot.", published=date(2031, 5, 9))
    assert found["Visit to the Riverside Ferry Depot"]["start"] == []


def test_an_event_attended_by_people_named_after_it(reference):
    found = events(reference, "The Riverton Harbour Reception was held in Shanghai today.",
                   "The reception was attended by the Mayor of Riverton, Mr Hal Brody.", published=date(2031, 5, 9))
    assert "hal-brody" in found["Riverton Harbour Reception"]["attendees"]
