"""Agreements as kinds of text: signed, described, named; with their number, parties and signing event.

Every sentence here is invented: the rules are for the kind of phrase, not for any document.
"""

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SKOS, XSD

from kg.namespaces import HKSH
from conftest import ID, facts


def agreements(findings) -> dict[str, URIRef]:
    """Each agreement by its English label."""
    nodes = [s for (s, p, o) in findings.triples if p == RDF.type and o == HKSH.Agreement]
    return {str(o): s for (s, p, o) in findings.triples if p == RDFS.label and s in nodes}


@pytest.mark.parametrize("sentence, label", [
    ("The two governments signed three co-operation agreements on river transport.", "Three co-operation agreements"),
    ("Ms Ada Vole witnessed the signing of a letter of intent on coastal tourism.", "Letter of intent on coastal tourism"),
    ("Seven co-operation documents were signed after the talks.", "Seven co-operation documents"),
    ("The cadets arrived under the cadet exchange agreement recently signed between the two governments.",
     "Cadet exchange agreement"),
    ("Both sides have signed a strategic co-operation memorandum of understanding.",
     "Strategic co-operation memorandum of understanding"),
    ("Twelve agreements or memoranda of understanding were signed in all.", "Twelve agreements or memoranda of understanding"),
    ("The Northbay Port Authority signed MoUs with two shipping lines.", "MoUs"),
])
def test_an_agreement_signed_in_many_phrasings(reference, sentence, label):
    assert set(agreements(facts(reference, sentence))) == {label}


@pytest.mark.parametrize("sentence, count", [
    ("The two governments signed three co-operation agreements on river transport.", 3),
    ("A total of 14 co-operation documents were signed.", 14),
    ("Officials witnessed the signing of five memoranda of understanding.", 5),
])
def test_the_number_of_documents_is_kept(reference, sentence, count):
    f = facts(reference, sentence)
    (node,) = agreements(f).values()
    assert (node, HKSH.documentCount, Literal(count, datatype=XSD.integer)) in f.triples


def test_parties_named_after_between(reference):
    f = facts(reference, "The Mayor witnessed the signing of a memorandum of understanding between the Northbay "
                         "Port Authority and the Eastfield Shipping Institute.")
    (label, node), = agreements(f).items()
    assert label == "Memorandum of understanding between the Northbay Port Authority and the Eastfield Shipping Institute"
    parties = {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == node and p == HKSH.party}
    assert parties == {"northbay-port-authority", "eastfield-shipping-institute"}


@pytest.mark.parametrize("sentence, name, abbr", [
    ("Under CLTA (the Coastal Logistics Trade Arrangement), firms may register in both cities.",
     "Coastal Logistics Trade Arrangement", "CLTA"),
    ("The Harbour Education Co-operation Arrangement (HECA) took effect last year.",
     "Harbour Education Co-operation Arrangement", "HECA"),
    ("They recalled the Memorandum of Understanding on Co-operation in River Ports.",
     "Memorandum of Understanding on Co-operation in River Ports", None),
])
def test_a_named_agreement_is_an_agreement_signed_or_not(reference, sentence, name, abbr):
    f = facts(reference, sentence)
    found = agreements(f)
    assert set(found) == {name}
    assert found[name] == URIRef(ID + "agreement/" + name.lower().replace(" ", "-"))  # one resource across documents
    if abbr:
        assert (found[name], SKOS.altLabel, Literal(abbr, lang="en")) in f.triples


def test_one_agreement_read_by_two_phrases_is_one(reference):
    f = facts(reference, "Officials witnessed the signing of the Memorandum of Understanding Concerning Joint River "
                         "Patrols yesterday.")
    assert set(agreements(f)) == {"Memorandum of Understanding Concerning Joint River Patrols"}


@pytest.mark.parametrize("sentence", [
    "The agreement was welcomed by all.",
    "Arrangements for the visit were made by the office.",
    "He signed the visitors' book and left.",
    "The documents were handed to the press.",
])
def test_no_agreement_where_none_is_stated(reference, sentence):
    assert agreements(facts(reference, sentence)) == {}


def test_the_signing_ceremony_is_where_it_was_signed(reference):
    f = facts(reference, "The signing ceremony of the river pact took place in Riverton today.",
              "Mr Ode Fenn and Ms Ada Vole witnessed the signing of the agreement.")
    (node,) = agreements(f).values()
    ceremony = next(o for (s, p, o) in f.triples if s == node and p == SDO.recordedAt)
    assert (ceremony, SDO.attendee, URIRef(ID + "person/ode-fenn")) in f.triples


def test_a_capitalised_but_generic_name_stays_with_its_document(reference):
    f = facts(reference, "The Strategic Co-operation Agreement was signed by the two cities.")
    (node,) = agreements(f).values()
    assert str(node).endswith("-test")  # not one resource shared by every document that says it


@pytest.mark.parametrize("sentence, parties", [
    ("The Riverton Port Authority and the Northbay Shipping Institute inked a memorandum of understanding on research.",
     {"riverton-port-authority", "northbay-shipping-institute"}),
    ("Ms Ada Vole and Mr Ode Fenn signed an agreement on river ports.", {"ada-vole", "ode-fenn"}),
    # the other side, signed "with" (a body's field after its head word is its name too)
    ("The Riverton Port Authority signed a co-operation agreement with the Northbay Municipal Commission of Transport "
     "in Shanghai yesterday.", {"riverton-port-authority", "northbay-municipal-commission-of-transport"}),
    ("The Riverton Port Authority signed a memorandum of understanding with the Eastfield Shipping Institute.",
     {"riverton-port-authority", "eastfield-shipping-institute"}),
    # "with" no body: no party
    ("The Riverton Port Authority signed a co-operation agreement with the aim of sharing data.", {"riverton-port-authority"}),
])
def test_parties_that_signed_it(reference, sentence, parties):
    f = facts(reference, sentence)
    (node,) = agreements(f).values()
    assert {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == node and p == HKSH.party} == parties


@pytest.mark.parametrize("sentence, label, count", [
    ("A total of 12 co-operation documents were concluded at the forum.", "12 co-operation documents", 12),
    ("The two sides exchanged a letter of intent on film co-production.", "Letter of intent on film co-production", None),
])
def test_other_verbs_of_signing(reference, sentence, label, count):
    f = facts(reference, sentence)
    assert set(agreements(f)) == {label}
    counts = [o for (s, p, o) in f.triples if p == HKSH.documentCount]
    assert counts == ([Literal(count, datatype=XSD.integer)] if count else [])


@pytest.mark.parametrize("sentence", ["He exchanged greetings with the guests.", "They concluded the visit in 2031."])
def test_verbs_of_signing_need_an_agreement(reference, sentence):
    assert agreements(facts(reference, sentence)) == {}


def test_each_agreement_a_batch_names_by_its_subject_and_parties(reference):
    f = facts(reference, "These included a memorandum of understanding between the Northbay Science and Technology "
                         "Corporation and the Eastfield Group, and a co-operation agreement on pilotage between the "
                         "Northbay Port Authority and the Eastfield Shipping Institute.")
    found = agreements(f)
    assert set(found) == {
        "Memorandum of understanding between the Northbay Science and Technology Corporation and the Eastfield Group",
        "Co-operation agreement on pilotage between the Northbay Port Authority and the Eastfield Shipping Institute"}
    first = found["Memorandum of understanding between the Northbay Science and Technology Corporation and the Eastfield Group"]
    parties = {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == first and p == HKSH.party}
    assert parties == {"northbay-science-and-technology-corporation", "eastfield-group"}


def test_a_memorandum_of_co_operation_is_an_agreement(reference):
    f = facts(reference, "The two bureaux signed the Memorandum of Cooperation on Pilot Training last week.")
    assert set(agreements(f)) == {"Memorandum of Cooperation on Pilot Training"}


def _signing(findings):
    """The signing event an invented document told (the one event someone attended there)."""
    from rdflib.namespace import SDO

    return next(s for (s, p, o) in findings.triples if p == SDO.attendee and "signing" in str(s))


def _slugs(nodes) -> set[str]:
    return {str(node).rsplit("/", 1)[-1] for node in nodes}


def test_signatories_of_a_listed_agreement_were_at_the_signing_and_its_building_is_its_place(reference):
    from rdflib.namespace import SDO

    from conftest import facts

    f = facts(reference, "The Secretary for Ports, Mr Ada Quell, today witnessed the signing of three co-operation "
              "agreements at a ceremony held at the Riverton Government Offices.",
              "The first is the Memorandum of Understanding on Port Co-operation between the Riverton Port Board and "
              "the Shanghai Port Office, signed by the Chairman of the Riverton Port Board, Mr Bo Lander, and the "
              "Director of the Shanghai Port Office, Mr Jin Ting.")
    signing = _signing(f)
    assert {"ada-quell", "bo-lander", "jin-ting"} <= _slugs(f.objects(signing, SDO.attendee))
    assert "riverton-government-offices" in _slugs(f.objects(signing, SDO.location))


def test_signed_by_with_no_signing_told_is_nobody_s_attendance(reference):
    from rdflib.namespace import SDO

    from conftest import facts

    f = facts(reference, "The Memorandum of Understanding on Port Co-operation, signed by Mr Bo Lander in 2031, "
              "expires next year.")
    assert not any(p == SDO.attendee for (s, p, o) in f.triples)


def test_every_agreement_of_a_list_brings_its_signatories(reference):
    from rdflib.namespace import SDO

    from conftest import facts

    f = facts(reference, "The Secretary for Ports, Mr Ada Quell, today witnessed the signing of two co-operation "
              "agreements.",
              "The two agreements are: (1) the Memorandum on Ports between the Riverton Port Board and the Shanghai "
              "Port Office, signed by Mr Bo Lander and Mr Jin Ting; and (2) the Letter of Intent on Ferries between "
              "the Riverton Ferry Trust and the Shanghai Ferry Board, signed by Mr Cy Dale and Ms Fan Li.")
    assert {"bo-lander", "jin-ting", "cy-dale", "fan-li"} <= _slugs(f.objects(_signing(f), SDO.attendee))


def test_a_batch_told_again_by_its_count_or_as_the_agreements_is_one_batch(reference):
    found = agreements(facts(reference, "The mayors witnessed the signing of six co-operation agreements.",
                             "Riverton and Shanghai have signed six agreements to deepen co-operation in trade.",
                             "The agreements were signed after the meeting."))
    assert list(found) == ["Six co-operation agreements"]


def test_batches_of_other_counts_stay_apart(reference):
    found = agreements(facts(reference, "The mayors witnessed the signing of six co-operation agreements.",
                             "Another four agreements were signed in the afternoon.", "The agreements cover trade."))
    assert sorted(found) == ["Another four agreements", "Six co-operation agreements"]


def test_each_body_a_counted_batch_includes_has_its_agreement(reference):
    found = agreements(facts(reference,
        "Mr Bo Tanaka witnessed the signing of three memoranda of understanding between the Harbour Trade Council and "
        "Riverton business organisations, including the Riverton Federation of Industry and Commerce and the Riverton "
        "Shipping Association."))
    assert "Memorandum of understanding between the Harbour Trade Council and the Riverton Federation of Industry and Commerce" in found
    assert "Memorandum of understanding between the Harbour Trade Council and the Riverton Shipping Association" in found
    singles = [label for label in found if label.startswith("Memorandum")]
    assert len(singles) == 2
    # a batch without "including" has no single agreements
    assert not [label for label in agreements(facts(reference, "They signed three agreements between the Harbour Trade "
                                                    "Council and Riverton bodies.")) if label.startswith("Agreement between")]


@pytest.mark.parametrize("sentences, labels", [
    # a single agreement keeps what it is about; a verb after the subject ends it
    (["The Riverton Museum and the Eastport Arts Authority signed a memorandum on a joint curatorial programme."],
     {"Memorandum on a joint curatorial programme"}),
    (["The two boards signed an agreement on ferry safety covering crew training and drills."],
     {"Agreement on ferry safety"}),
    # plans signed are agreements
    (["The two working groups signed a three-year action plan on tourism co-operation at the meeting."],
     {"Three-year action plan on tourism co-operation"}),
    (["The Riverton IP Department and the Eastport IP Office signed the Work Plan for Patent Co-operation."],
     {"Work Plan for Patent Co-operation"}),
    # "the memorandum" told again after the document stated one is that one
    (["The Riverton Port Authority and the Eastport Harbour Board signed the Memorandum of Understanding on Pilotage.",
      "The memorandum was signed by the two chairmen."], {"Memorandum of Understanding on Pilotage"}),
])
def test_what_an_agreement_is_about_and_plans_that_are_signed(reference, sentences, labels):
    assert set(agreements(facts(reference, *sentences))) == labels


@pytest.mark.parametrize("sentences", [
    # a plan of policy, not signed
    ["The Riverton Climate Action Plan 2040 sets out new targets."],
    # a running total is no batch signed
    ["So far, 74 co-operation agreements have been signed under the mechanism."],
    ["Altogether 31 agreements have been signed since 2003."],
    # "such" refers back
    ["It was the fourth such agreement between the two ports."],
    # "significant" is no signing
    ["The Riverton Climate Action Plan 2040 is a significant step for the city."],
])
def test_no_agreement_in_a_policy_plan_a_running_total_or_a_reference(reference, sentences):
    assert agreements(facts(reference, *sentences)) == {}


def test_a_batch_listed_item_by_item_in_its_sentence_is_those_items(reference):
    f = facts(reference, "Three agreements were signed: an MoU on trade between the Alpha Council and the Beta Commission; "
                         "an agreement on ports between the Gamma Authority and the Delta Group; and a letter of intent "
                         "on youth between the Epsilon Bureau and the Zeta Office.")
    assert len(agreements(f)) == 3 and not any(label.startswith("Three") for label in agreements(f))
    # fewer items than the count: the batch stays
    f = facts(reference, "Five agreements were signed, including an MoU on trade between the Alpha Council and the Beta "
                         "Commission.")
    assert "Five agreements" in agreements(f)


@pytest.mark.parametrize("sentences, labels", [
    # an adverbial phrase after the head is not what the agreement is about
    (["Mr Alan Wexford signed an agreement on behalf of the bureau."], {"Agreement"}),
    (["The two boards signed a memorandum for the first time."], {"Memorandum"}),
    # "the agreement on X" after another agreement is another one, not the first told again
    (["The Riverton Port Authority and the Eastport Harbour Board signed the Memorandum of Understanding on Pilotage.",
      "The agreement on ferry safety was signed a week later by the two ports."],
     {"Memorandum of Understanding on Pilotage", "Agreement on ferry safety"}),
    # a batch signed over days or since a session opened is a batch, not a running total
    (["Over the past two days, the delegations have signed six co-operation agreements."], {"Six co-operation agreements"}),
    (["The two sides have signed four agreements since the plenary session opened on Monday."], {"Four agreements"}),
])
def test_topics_references_and_batches_told_with_time_words(reference, sentences, labels):
    assert set(agreements(facts(reference, *sentences))) == labels


def test_review_cases_of_parties_totals_and_ceremonies(reference):
    """Found in the second review of 2026-12-02."""
    f = facts(reference, "The Riverton General Chamber of Commerce and the Eastport Harbour Board signed a memorandum on "
                         "trade promotion.")
    parties = {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == HKSH.party}
    assert parties == {"riverton-general-chamber-of-commerce", "eastport-harbour-board"}
    assert agreements(facts(reference, "Over the past two decades, more than 100 co-operation agreements have been "
                                       "signed between the two cities.")) == {}
    assert agreements(facts(reference, "Since the two cities began working together, 80 agreements have been signed.")) == {}
    f = facts(reference, "Seven co-operation agreements were signed at a ceremony after the meeting, Mr Bo Lin said.")
    assert any("/event/" in str(s) and str(o).startswith("Signing of seven") for (s, p, o) in f.triples if p == RDFS.label)


def test_two_named_agreements_joined_by_and_are_two(reference):
    found = agreements(facts(reference, "The two sides signed 16 agreements, including the Memorandum of Understanding on Harbour "
                                        "Pilot Training and the Co-operation Agreement on Ferry Safety."))
    assert {"Memorandum of Understanding on Harbour Pilot Training", "Co-operation Agreement on Ferry Safety"} <= set(found)
    assert not [label for label in found if " and the " in label]
    # near miss: "and" inside one name's subject
    one = agreements(facts(reference, "They signed the Agreement on Trade and Investment Promotion today."))
    assert "Agreement on Trade and Investment Promotion" in one


@pytest.mark.parametrize("sentences, labels", [
    # a vague count names no agreement; the one the next sentence names is one
    (["Several agreements were signed during the year.",
      "In May, the Riverton Port Authority and the Shanghai Harbour Bureau signed a co-operation agreement on pilot training."],
     {"Co-operation agreement on pilot training"}),
    (["Several co-operation agreements were signed at the gala."], set()),
    (["The two sides have signed many agreements over the years."], set()),
    # near miss: a counted batch is one
    (["Six co-operation agreements were signed at the gala."], {"Six co-operation agreements"}),
])
def test_a_vague_count_of_agreements_is_no_agreement(reference, sentences, labels):
    assert set(agreements(facts(reference, *sentences))) == labels


@pytest.mark.parametrize("sentence, label", [
    # what the agreement is signed to do is part of its label
    ("The Riverton Port Authority and the Shanghai Harbour Bureau signed a memorandum of understanding to stage joint "
     "pilot drills in both ports.", "Memorandum of understanding to stage joint pilot drills"),
    ("The two colleges signed an agreement to set up a joint summer camp for cadets.", "Agreement to set up a joint summer camp"),
    # near misses: a passive infinitive or a phrase of manner is no purpose
    ("The two colleges signed an agreement to be reviewed next year.", "Agreement"),
    ("The two colleges signed an agreement to the applause of the guests.", "Agreement"),
])
def test_what_an_agreement_is_signed_to_do_is_its_label(reference, sentence, label):
    assert set(agreements(facts(reference, sentence))) == {label}


@pytest.mark.parametrize("sentence, label", [
    ("The harbour working group endorsed a three-year action plan on ferry co-operation.",
     "Three-year action plan on ferry co-operation"),
    ("The work plan adopted at the meeting of the task force runs to 2030.", "Work plan"),
])
def test_a_joint_plan_endorsed_at_a_meeting_is_an_agreement(reference, sentence, label):
    assert set(agreements(facts(reference, sentence))) == {label}


def test_a_plan_of_one_government_is_no_agreement(reference):
    assert agreements(facts(reference, "The Northbay council adopted a new action plan on housing last year.")) == {}


def test_an_agreement_told_signed_between_two_parties_keeps_its_topic_and_parties(reference):
    found = agreements(facts(reference, "A memorandum of understanding on ferry safety was signed between the Northbay "
                                        "Port Authority and the Southbay Harbour Board."))
    assert set(found) == {"Memorandum of understanding on ferry safety between the Northbay Port Authority and the "
                          "Southbay Harbour Board"}


@pytest.mark.parametrize("sentence, name", [
    ("The two ports signed the Memorandum of Understanding on Co-operation in River Safety in Shanghai on Monday.",
     "Memorandum of Understanding on Co-operation in River Safety"),
    ("The councils signed the Arrangement on Youth Exchange in Hong Kong today.", "Arrangement on Youth Exchange"),
    ("The academies signed the Agreement on Archive Sharing on Friday (May 3).", "Agreement on Archive Sharing"),
    ("The academies signed the Agreement on Archive Sharing in Shanghai (May 3).", "Agreement on Archive Sharing"),
    # where the name ends in a place and no day follows, the place is the name's own
    ("They recalled the Agreement on Investment in Shanghai, signed long ago.", "Agreement on Investment in Shanghai"),
    ("They recalled the Agreement on Trade Fairs in Hong Kong and Shanghai.", "Agreement on Trade Fairs in Hong Kong and Shanghai"),
])
def test_where_and_when_it_was_signed_are_not_in_its_name(reference, sentence, name):
    assert set(agreements(facts(reference, sentence))) == {name}
