"""A table whose column names each row's field (kg/extract/area_tables.py): invented documents, read through the
cleaner as a converted document is."""

from kg.text.clean import clean
from kg.text.sentences import split_sentences
from kg.extract.document import extract

from rdflib.namespace import SKOS

from test_area_sections import DOC


def table_areas(reference, text: str) -> set[str]:
    cleaned = clean(text, title=None, published=None)
    findings = extract(split_sentences(cleaned.paragraphs), title=None, published=None, doc=DOC, reference=reference)
    found = {str(e) for e in findings.mentions if "/area/" in str(e)}
    found |= {str(s) for (s, p, o) in findings.triples if p == SKOS.inScheme}
    return {a.rsplit("/", 1)[-1] for a in found}


SESSION = "The Hong Kong/Shanghai Co-operation Conference held its seventh plenary session in Shanghai today.\n\n"


def test_a_column_of_fields(reference):
    table = ("The session signed ten co-operation documents.\n\n| Field | Document |\n|---|---|\n"
             "| Finance | Memorandum on bond market connectivity |\n| Healthcare | Arrangement on medical staff training |\n"
             "| Water supply | Agreement on water quality |\n\nEnds\n")
    assert table_areas(reference, SESSION + table) == {"finance", "healthcare-and-medicine-regulation", "water-supply"}


def test_a_column_of_areas_of_co_operation(reference):
    table = ("| Area of co-operation | Progress |\n|---|---|\n| Tourism | Joint promotion in Southeast Asia |\n"
             "| Elderly care | Exchange of care workers |\n\nEnds\n")
    assert table_areas(reference, SESSION + table) == {"tourism", "elderly-care"}


def test_a_firm_s_table_of_sectors_is_no_list_of_areas(reference):
    table = ("The fund invested in 12 companies last year.\n\n| Sector | Company |\n|---|---|\n| Retail | Alpha Stores |\n"
             "| Catering | Beta Foods |\n\nEnds\n")
    assert table_areas(reference, table) == set()


def test_a_column_of_sectors_in_a_text_on_the_conference_is_no_list_of_areas(reference):
    table = ("Hong Kong firms in Shanghai are many.\n\n| Sector | Company |\n|---|---|\n| Retail | Alpha Stores |\n"
             "| Catering | Beta Foods |\n\nEnds\n")
    assert table_areas(reference, SESSION + table) == set()
