"""A delegation's visit ends when "the delegation" (or "it", after a sentence on it) goes home on a day the
sentence gives (kg/extract/delegation_ends.py): invented releases, each with a near miss."""

import time
from datetime import date

from rdflib.namespace import RDF, SDO

from conftest import DOC
from kg.extract.delegation_ends import GOING, PRONOUN
from kg.extract.document import extract
from kg.namespaces import HKSH
from kg.text.clean import clean
from kg.text.sentences import split_sentences

DAY = date(2031, 5, 6)
ARRIVED = ("The Pujiang Harbour Bureau delegation, led by its Director, Mr Tang Weiming, arrived in Hong Kong yesterday "
           "(May 5). ")


def visit_ends(reference, body: str) -> dict[str, list[str]]:
    cleaned = clean(body, title="Release")
    found = extract(split_sentences(cleaned.paragraphs), title=None, published=DAY, doc=DOC, reference=reference,
                    paragraph_dates=cleaned.paragraph_dates)
    return {str(v).rsplit("/", 1)[-1]: sorted(str(d) for d in found.objects(v, SDO.endDate))
            for v in found.subjects(RDF.type, HKSH.Visit) if "/visit-of-" in str(v)}


def test_the_delegation_will_return_home_on_a_day(reference):
    body = ARRIVED + "Accompanied by Mr Ho, the delegation will visit the Kai Tak Sports Park on Thursday (May 8) and " \
                     "will return to Shanghai on Friday (May 9).\n"
    assert list(visit_ends(reference, body).values()) == [["2031-05-09"]]


def test_the_delegation_leaves_for_home_tomorrow(reference):
    body = ARRIVED + "The delegation will leave for Shanghai tomorrow.\n"
    assert list(visit_ends(reference, body).values()) == [["2031-05-07"]]


def test_it_returns_home_after_a_sentence_on_the_delegation(reference):
    body = ARRIVED + "The delegation called on the Secretary for Transport today.\n\n" \
                     "Tomorrow (May 7) it will visit the airport before returning to Shanghai on Thursday.\n"
    assert list(visit_ends(reference, body).values()) == [["2031-05-08"]]


def test_no_end_from_a_delegation_going_home_undated_or_to_where_it_is(reference):
    body = ARRIVED + "The delegation will return to Shanghai after the talks.\n"
    assert list(visit_ends(reference, body).values()) == [[]]
    body = ARRIVED + "The delegation will return to Hong Kong in June (June 20) for the forum.\n"
    assert list(visit_ends(reference, body).values()) == [[]]


def test_it_without_a_delegation_before_ends_nothing(reference):
    body = ARRIVED + "\n\nThe Harbour Fund was set up in 2020. Tomorrow (May 7) it will move before returning to " \
                     "Shanghai on Thursday.\n"
    assert list(visit_ends(reference, body).values()) == [[]]


def test_going_home_patterns_fail_fast():
    started = time.perf_counter()
    for text in ("The " + "big " * 3000 + "delegation " + "will go " * 3000, "it will " + "go and " * 3000):
        GOING.search(text)
        PRONOUN.search(text)
    assert time.perf_counter() - started < 0.5


def visit_labels(reference, body: str) -> list[str]:
    from rdflib.namespace import RDFS

    cleaned = clean(body, title="Release")
    found = extract(split_sentences(cleaned.paragraphs), title=None, published=DAY, doc=DOC, reference=reference,
                    paragraph_dates=cleaned.paragraph_dates)
    return sorted(str(o) for v in found.subjects(RDF.type, HKSH.Visit) if "/visit-of-" in str(v)
                  for o in found.objects(v, RDFS.label))


def test_a_bodys_delegation_names_its_leaders_visit(reference):
    labels = visit_labels(reference, ARRIVED + "The delegation will leave for Shanghai tomorrow.\n")
    assert labels == ["Visit of Tang Weiming and the Pujiang Harbour Bureau delegation to Hong Kong"], labels
    body = ("The Director of Marine, Mr Alan Brookfield, led a delegation of the Riverton Marine Service (RMS) to visit "
            "the Pujiang Port Authority today (May 6). Mr Alan Brookfield arrived in Shanghai yesterday (May 5).\n")
    labels = visit_labels(reference, body)
    assert labels == ["Visit of Alan Brookfield and the Riverton Marine Service delegation to Shanghai"], labels


def test_a_delegation_led_by_someone_else_names_no_visit(reference):
    body = ARRIVED.replace("The Pujiang Harbour Bureau delegation, led by its Director, Mr Tang Weiming,",
                           "Mr Tang Weiming") + "He met the Riverton Ferry Board delegation, led by Mr Lee Ka-ho.\n"
    labels = visit_labels(reference, body)
    assert labels and all("delegation" not in label for label in labels), labels
