"""Areas named by the field of the mechanism's items, by labelled paragraphs under an announced list, by what
agreements "cover", and lists that are a firm's or a report's rather than the co-operation's: invented sentences,
each with a near miss."""

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")
OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."


def areas(reference, *paragraphs) -> set[str]:
    findings = extract(split_sentences([OURS, *paragraphs]), title=None, published=None, doc=DOC, reference=reference)
    found = {str(e) for e in findings.mentions if "/area/" in str(e)}
    found |= {str(s) for (s, p, o) in findings.triples if p == SKOS.inScheme}
    return {a.rsplit("/", 1)[-1] for a in found}


def test_labelled_paragraphs_under_an_announced_list_name_areas(reference):
    found = areas(reference, "The officials reviewed the items proposed under the following areas:",
                  "Tourism: a joint cruise promotion to be launched in spring;",
                  "Arts, heritage and sports: a youth orchestra tour in August;",
                  "Public housing: a study visit by ten officers in May; and",
                  "Shipping and aviation: a seminar on green fuels.")
    assert {"tourism", "arts", "heritage", "sports", "public-housing",
            "civil-aviation-maritime-transport-and-logistics"} <= found, found


def test_labelled_paragraphs_without_an_announced_list_name_none(reference):
    found = areas(reference, "The officials agreed on the following arrangements:",
                  "Venue: the convention centre, Hall 3;", "Dress code: business attire.")
    assert not {"venue", "dress-code"} & found, found


def test_the_field_of_the_mechanism_s_items(reference):
    assert {"rowing", "youth-development"} <= areas(
        reference, "The regatta is one of the rowing and youth exchange items under the Hong Kong/Shanghai Co-operation Conference.")
    assert "elderly-care" in areas(
        reference, "The pact was one of the follow-up items on elderly care agreed by the two governments at the sixth plenary session.")


def test_items_of_a_shop_or_an_agenda_name_no_field(reference):
    found = areas(reference, "The store said the winter clothing items under review would be cut.",
                  "The two sides went through the items on the agenda agreed at the plenary session.",
                  "The remaining items under the conference will be done next year.")
    assert not {"winter-clothing", "agenda", "remaining"} & found, found


def test_fields_listed_among_the_priority_areas_of_co_operation(reference):
    found = areas(reference, "The two cities have listed tourism, finance and ocean science among their priority areas of cooperation.")
    assert {"tourism", "finance", "ocean-science"} <= found, found


def test_fields_listed_among_areas_of_concern_are_no_fields(reference):
    found = areas(reference, "The council listed noise and traffic among its key areas of concern.")
    assert not {"noise", "traffic"} & found, found


def test_areas_where_the_two_cities_should_work_together(reference):
    found = areas(reference, "She said tourism and marine science were areas where Hong Kong and Shanghai should work hand in "
                             "hand, as agreed under the co-operation.")
    assert {"tourism", "marine-science"} <= found, found


def test_areas_where_the_two_cities_compete_are_no_fields(reference):
    found = areas(reference, "She said tourism and marine science were areas where Hong Kong and Shanghai compete, despite "
                             "their co-operation.")
    assert not {"tourism", "marine-science"} & found, found


def test_what_the_agreements_just_told_cover(reference):
    found = areas(reference, "The two mayors witnessed the signing of nine agreements after the session.",
                  "They cover tourism, healthcare and legal services, the statement said.")
    assert {"tourism", "healthcare-and-medicine-regulation", "legal-and-dispute-resolution"} <= found, found


def test_what_they_cover_after_no_agreement_is_no_area(reference):
    found = areas(reference, "The two mayors toured the harbour after the session.",
                  "They cover tourism, healthcare and legal services in their weekly column.")
    assert not {"tourism", "healthcare-and-medicine-regulation", "legal-and-dispute-resolution"} & found, found


def test_the_fields_firms_work_in_are_not_the_co_operation_s(reference):
    found = areas(reference, "The director said 40 Hong Kong companies had set up in the zone, in fields including robotics, "
                             "gene therapy and drones.")
    assert not {"robotics", "gene-therapy", "drones"} & found, found


def test_fields_of_co_operation_beside_firms_are_still_read(reference):
    found = areas(reference, "Hong Kong companies will gain as the two cities co-operate in fields including robotics and gene therapy.")
    assert {"robotics", "gene-therapy"} <= found, found


def test_a_counted_range_of_the_mechanism_s_areas_of_work(reference):
    found = areas(reference, "The conference now has a dozen areas of work ranging from tourism and shipping to healthcare.")
    assert {"tourism", "civil-aviation-maritime-transport-and-logistics", "healthcare-and-medicine-regulation"} <= found, found


def test_a_list_ends_where_a_statement_is_quoted(reference):
    found = areas(reference, "Officials agreed to work together in nine areas, from tourism to healthcare, the statement said.")
    assert "statement-said" not in found and "tourism" in found, found


def test_a_joined_list_of_labelled_items_names_their_labels(reference):
    found = areas(reference, "The two sides went through the items agreed under the following areas: Tourism: a cruise promotion "
                             "in spring; Public housing: a study visit by ten officers in May; and Culture, sports and heritage: "
                             "a youth orchestra tour in August.")
    assert {"tourism", "public-housing", "cultural-and-creative-industries", "sports", "heritage"} <= found, found
    assert not any("cruise" in a or "study-visit" in a or "orchestra" in a for a in found), found


def test_areas_where_the_pair_should_run_together_need_no_word_of_co_operation(reference):
    found = areas(reference, "He said tourism and marine science were areas where Hong Kong and Shanghai should run together.")
    assert {"tourism", "marine-science"} <= found, found


def test_a_counted_point_agenda_of_the_mechanism(reference):
    found = areas(reference, "The talks produced a four-point agenda: tourism, trade, heritage and sport.")
    assert {"tourism", "commerce-trade-and-investment", "heritage", "sport"} <= found, found


def test_a_counted_point_plan_in_a_text_without_the_conference_names_none(reference):
    findings = extract(split_sentences(["The minister set out a three-point plan: lower taxes, cheaper flats and sport."]),
                       title=None, published=None, doc=DOC, reference=reference)
    assert not any("/area/" in str(e) for e in findings.mentions)


def test_a_deed_with_its_object_is_no_field(reference):
    found = areas(reference, "The two cities should deepen practical co-operation in serving the country's opening-up.")
    assert not any(a.startswith("serving") for a in found), found
