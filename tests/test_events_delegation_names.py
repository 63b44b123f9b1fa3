"""A leader's visit is named after the delegation the text names by its body (kg/extract/delegation_names.py):
invented releases, each with a near miss. (A delegation's going home as its visit's end was tried and dropped:
it gave a wrong end on a never-read set.)"""

from datetime import date

from rdflib.namespace import RDF

from conftest import DOC
from kg.extract.document import extract
from kg.namespaces import HKSH
from kg.text.clean import clean
from kg.text.sentences import split_sentences

DAY = date(2031, 5, 6)
ARRIVED = ("The Pujiang Harbour Bureau delegation, led by its Director, Mr Tang Weiming, arrived in Hong Kong yesterday "
           "(May 5). ")


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
