"""Co-operation areas in reports told area by area: a panel paper's lettered items headed "(a) Area - ...", an annual
report's area headings each above its paragraph, a newsletter's symbol headings ("■ Area"). Invented texts, each
kind with a near miss that must give nothing (a section title such as "Way forward" or "Outlook" is no area)."""

from rdflib.namespace import SKOS

from kg.extract.document import extract
from kg.text.clean import clean
from kg.text.sentences import split_sentences

from conftest import DOC
from test_area_sections import areas

NAMED = "The Hong Kong/Shanghai Co-operation Conference guides the work of the two towns."


def _areas_of(reference, text: str) -> set[str]:
    """The areas a whole text names, read as a document is: its paragraphs and the headings above them."""
    cleaned = clean(text)
    findings = extract(split_sentences(cleaned.paragraphs), title=None, published=None, doc=DOC, reference=reference,
                       headings=cleaned.headings)
    found = {str(e) for e in findings.mentions if "/area/" in str(e)} | {str(s) for (s, p, o) in findings.triples if p == SKOS.inScheme}
    return {a.rsplit("/", 1)[-1] for a in found}


def test_lettered_items_headed_with_a_dash(reference):
    found = areas(reference, NAMED,
                  "(a) Finance and banking - the regulators of the two towns met in June to discuss bond products;",
                  "(b) Healthcare/medical - the two hospital boards exchanged visits on ward management;",
                  "(c) River works - the water boards of the two towns held a seminar on dredging.")
    assert found == {"finance", "banking", "healthcare-and-medicine-regulation", "river-works"}


def test_a_section_title_heading_a_lettered_item_is_no_area(reference):
    found = areas(reference, NAMED,
                  "(a) Tourism: the two boards launched a joint promotion of river cruises;",
                  "(b) Elderly care: the two welfare boards held a seminar on care homes;",
                  "(c) Way forward: the two sides will keep following up the items agreed.")
    assert found == {"tourism", "elderly-care"}
    found = areas(reference, NAMED, "(a) Tourism - the two boards launched a joint promotion of river cruises;",
                  "(b) Next steps - the two sides will keep following up the items agreed.")
    assert found == {"tourism"}


def test_a_dash_in_a_numbered_paragraph_heads_nothing(reference):
    found = areas(reference, NAMED, "(a) Mr Chan - the chairman of the board - opened the fair on Monday.",
                  "(b) Ms Lee - the secretary - closed it on Friday.")
    assert found == set()


def test_a_number_of_areas_names_none(reference):
    assert areas(reference, "The two towns agreed to strengthen co-operation in a number of areas.") == set()
    assert areas(reference, "The two towns agreed to strengthen co-operation in a wide range of areas.") == set()


ANNUAL = """Co-operation with the river town

The Hong Kong/Shanghai Co-operation Conference continued to guide the work of the two governments. Progress in the main areas is summarised below.

Trade and investment

The two sides organised a joint seminar in the river town in May, attended by some 200 firms.

Innovation and technology

The science parks of the two towns held a start-up showcase in the autumn.

River works

The water boards of the two towns exchanged experience on flood prevention.

Outlook

The two governments will continue to implement the items agreed.
"""


def test_area_headings_each_above_a_paragraph(reference):
    assert _areas_of(reference, ANNUAL) == {"commerce-trade-and-investment", "innovation-and-technology", "river-works"}


NEWSLETTER = """Welcome to the twelfth issue of our newsletter on the Hong Kong/Shanghai Co-operation Conference.

■ Culture, Sports & Tourism

A film week was staged in the river town in May, and the two tourism boards launched a joint promotion.

■ Legal & Dispute Resolution

Lawyers from the two towns held an online seminar on arbitration in June.

■ Upcoming events

The Office will hold a reception in the river town in August.
"""


def test_symbol_headings_of_a_newsletter(reference):
    assert _areas_of(reference, NEWSLETTER) == {"cultural-and-creative-industries", "sports", "tourism",
                                                  "legal-and-dispute-resolution"}


def test_headings_that_are_no_areas_name_none(reference):
    text = ("Town news\n\nThe Hong Kong/Shanghai Co-operation Conference met in the spring.\n\nBackground\n\n"
            "The conference was set up in 2003.\n\nWay forward\n\nThe two sides will meet again next year.\n\n"
            "Photo gallery\n\nThe pictures were taken by the office.\n")
    assert _areas_of(reference, text) == set()


def test_a_single_area_heading_is_no_run(reference):
    text = (f"{NAMED}\n\nTourism\n\nThe hotel opened a new wing in May.\n\nThe weather was fine all week.\n")
    assert _areas_of(reference, text) == set()
