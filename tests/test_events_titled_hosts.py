"""Meals and receptions whose host the text names by a title alone, read from invented sentences (none comes
from a document of the repository)."""

import time
from datetime import date

from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from test_events_kinds import DOC, events

ARRIVED = ("The Chairman of the Harbour Trade Council (HTC), Dr Ivan Morrow, and the Secretary for Tourism, "
           "Mr Alan Wexford, arrived in Shanghai today (September 21).")
DAY = date(2031, 9, 21)


def test_a_reception_hosted_by_a_title_is_named_by_it_and_its_holder_attends(reference):
    found = events(reference, ARRIVED, "In the evening, Mr Wexford attended a reception at the Peninsula Shanghai hosted by the HTC Chairman.",
                   published=DAY)
    reception = found["Reception hosted by the HTC Chairman"]
    assert reception["attendees"] == {"ivan-morrow", "alan-wexford"}
    assert reception["places"] == {"peninsula-shanghai"}


def test_a_dinner_hosted_by_a_title_of_a_body(reference):
    found = events(reference, ARRIVED, "Mr Wexford then attended a dinner hosted by the Director of the Eastern Harbour Authority.",
                   published=DAY)
    assert found["Dinner hosted by the Director of the Eastern Harbour Authority"]["attendees"] == {"alan-wexford"}


def test_a_title_organises_nothing(reference):
    f = extract(split_sentences([ARRIVED, "Mr Wexford attended a welcome reception hosted by the Chairman of the Riverton Port Authority."]),
                title=None, published=DAY, doc=DOC, reference=reference)
    assert not [o for _, o in f.pairs(SDO.organizer)]
    assert "Welcome reception hosted by the Chairman of the Riverton Port Authority" in {str(o) for _, o in f.pairs(RDFS.label)}


def test_a_host_named_after_the_title_attends_the_dinner_the_title_names(reference):
    found = events(reference, ARRIVED, "Mr Wexford attended a dinner hosted by the Director of the Eastern Harbour Authority, Mr Hal Brody.",
                   published=DAY)
    assert found["Dinner hosted by the Director of the Eastern Harbour Authority"]["attendees"] == {"alan-wexford", "hal-brody"}


def test_the_dinner_refers_back_and_a_named_one_keeps_its_name(reference):
    found = events(reference, ARRIVED, "Mr Wexford attended the dinner hosted by the Director of the Eastern Harbour Authority.",
                   "He also attended the Harbour Gala Dinner hosted by the Chairman of the Riverton Port Authority.", published=DAY)
    assert not [label for label in found if "hosted by the" in label]


def test_the_title_pattern_fails_fast():
    from kg.extract.titled_hosts import TITLED_HOST
    text = " at the " + "Grand " * 3000 + "hosted by the Director of the " + "Harbour " * 3000 + "x"
    began = time.perf_counter()
    TITLED_HOST.match(text, 0)
    assert time.perf_counter() - began < 0.5
