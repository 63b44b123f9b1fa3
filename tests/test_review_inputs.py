"""Sentences a review of the session's rules found misread (renamed to invented people and places), each
held to what it should give; the rules' own tests hold what they should still read."""

import pytest
from rdflib.namespace import RDFS

from kg.namespaces import HKSH
from kg.text.clean import clean

from conftest import facts
from test_kinds import areas_of, posts_of

CONF = "The Hong Kong/Shanghai Co-operation Conference was established in 2003."


@pytest.mark.parametrize("sentence", [
    "UK Education Secretary Ada Quell visited Hong Kong on May 9.",
    "Riverton's Education Secretary Ada Quell met them.",
    "Shanghai Education Secretary Ada Quell welcomed the students.",
])
def test_a_field_first_title_of_another_place_is_not_the_hksar_post(reference, sentence):
    assert "ada-quell" not in posts_of(facts(reference, sentence))


def test_a_field_first_title_alone_is_the_hksar_post(reference):
    assert posts_of(facts(reference, "Education Secretary Ada Quell spoke.")) == {"ada-quell": {"Secretary for Education"}}


def agreement_labels(f) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if p == RDFS.label and "/agreement/" in str(s)}


@pytest.mark.parametrize("sentence", [
    "The Executive Council endorsed a three-year action plan to deepen Hong Kong's co-operation with the Mainland.",
    "The Chief Executive said the Government had adopted a work plan on green finance, the first joint effort of its bureaux.",
    "The State Council approved an action plan for the Riverton Delta, and the two sides welcomed it.",
])
def test_one_government_s_plan_is_no_agreement(reference, sentence):
    assert agreement_labels(facts(reference, sentence)) == set()


def test_a_plan_the_two_sides_endorsed_is_an_agreement(reference):
    assert agreement_labels(facts(reference, "The two sides endorsed a three-year action plan on green ports.")) != set()


@pytest.mark.parametrize("sentence, label", [
    ("More than 10 agreements were signed at the session.", "10 agreements"),
    ("Some 20 co-operation agreements were signed at the session.", "20 co-operation agreements"),
])
def test_a_counted_batch_of_agreements_is_not_vague(reference, sentence, label):
    assert label in agreement_labels(facts(reference, sentence))


def created(f) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if "created" in str(p) or p == HKSH.founded}


@pytest.mark.parametrize("sentence", [
    "Officials attended the inaugural meeting of the Hong Kong/Shanghai Co-operation Conference working group on ports in March 2031.",
    "The cities marked the 20th anniversary of the inaugural meeting of the Hong Kong/Shanghai Co-operation Conference in October 2031.",
    "Mr Bo Kettle attended the inaugural session of the Hong Kong/Shanghai Co-operation Conference youth forum in 2031.",
])
def test_another_body_s_inaugural_meeting_or_an_anniversary_does_not_date_the_founding(reference, sentence):
    assert not any(c.startswith("2031") for c in created(facts(reference, sentence)))


@pytest.mark.parametrize("sentence", [
    "The two sides discussed the agenda, the venue and the timetable for the next meeting.",
    "The two sides discussed his itinerary, lunch plans and a press briefing.",
    "The two sides discussed the weather, the traffic and the food.",
    "The two cities will join hands in developing new markets, new ideas and new partners.",
])
def test_a_list_of_things_is_no_list_of_fields(reference, sentence):
    assert areas_of(facts(reference, sentence)) == set()


def test_links_after_a_related_heading_stay_out():
    c = clean("The talks went well.\n\nRelated reports:\n- Chief Executive Ada Quell visits Riverton Exchange\n"
              "- Secretary for Justice Bo Kettle meets Riverton Vice Mayor Tom Fu\n", title="Talks")
    assert c.paragraphs == ["The talks went well."]


def test_a_file_format_in_brackets_is_no_name_of_the_mechanism(reference):
    from rdflib.namespace import SKOS
    f = facts(reference, "The communique of the Hong Kong/Shanghai Co-operation Conference (PDF) is available.")
    assert "PDF" not in {str(o) for (s, p, o) in f.triples if p == SKOS.altLabel}


def test_chairing_another_body_s_meeting_is_not_attending_the_session(reference):
    from test_session_lists import attendees
    told = "The ninth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai on May 8."
    assert attendees(facts(reference, told, "Mr Bo Kettle chaired the meeting of the harbour committee on the same day."), 9) == set()
    assert attendees(facts(reference, told, "Mr Bo Kettle attended the meeting."), 9) == {"bo-kettle"}
