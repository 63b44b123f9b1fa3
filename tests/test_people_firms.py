"""People of firms, universities and public bodies, introduced with their titles as releases list panellists,
signatories and officials: "the Chief Executive Officer of X Co., Ltd, Mr A", "the Partner of Y LLP, Ms B",
"Professor C, Pro-Vice-Chancellor of Z University", "the Controller of the W Centre, Dr D", "the Head of the V
Unit, Professor E".

Every sentence is invented; each kind has a near miss that must not give the fact.
"""

import pytest

from conftest import facts
from test_kinds import posts_of


def people(findings) -> set[str]:
    from rdflib.namespace import RDF, SDO
    return {str(s).rsplit("/", 1)[-1] for (s, p, o) in findings.triples if p == RDF.type and o == SDO.Person}


@pytest.mark.parametrize("sentence, person, post", [
    ("The panellists were the Chief Executive Officer of Tamsin Marine Co., Ltd, Mr Gao Ming; and the Managing "
     "Director of Lantern Capital Partners, Ms Erica Moss.", "gao-ming", "Chief Executive Officer of Tamsin Marine Co., Ltd"),
    ("The panellists were the Chief Executive Officer of Tamsin Marine Co., Ltd, Mr Gao Ming; and the Managing "
     "Director of Lantern Capital Partners, Ms Erica Moss.", "erica-moss", "Managing Director of Lantern Capital Partners"),
    ("Mr Gao Ming, Chief Financial Officer of Ningbo Lantern Technology Co., Ltd, spoke.", "gao-ming",
     "Chief Financial Officer of Ningbo Lantern Technology Co., Ltd"),
    ("The Partner of Kellerby Law LLP, Ms Dora Fenn, spoke.", "dora-fenn", "Partner of Kellerby Law LLP"),
    ("Ms Ada Tam, Chief Executive Officer of Harbour Analytics, Inc., spoke.", "ada-tam",
     "Chief Executive Officer of Harbour Analytics, Inc."),
])
def test_a_firms_people_and_posts(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


@pytest.mark.parametrize("sentence, absent", [
    ("The panellists were the Chief Executive Officer of Tamsin Marine Co., Ltd, Mr Gao Ming.", "marine-co"),
    ("The Managing Director of Lantern Capital Partners, Ms Erica Moss, spoke.", "capital-partners"),
    ("Mr Bo Kettle, Chairman of Tamsin Holdings, spoke.", "tamsin-holdings"),
    ("The Chairman of Riverton Gold Co Ltd, Mr Bo Kettle, spoke.", "gold-co"),
    ("Mr Bo Kettle, Chairman of Riverton Pearl Co. Limited, spoke.", "pearl-co"),
    ("Lantern Analytics, a partner of the Riverton Expo, showed its robots.", "lantern-analytics"),  # a firm's partner
])
def test_a_firms_name_is_no_persons(reference, sentence, absent):
    assert absent not in people(facts(reference, sentence))


@pytest.mark.parametrize("sentence, person, post", [
    ("The agreement was signed by Professor Ho Kin-wah, Pro-Vice-Chancellor of Riverton University.", "ho-kin-wah",
     "Pro-Vice-Chancellor of Riverton University"),
    ("Professor Cy Tambor, Vice-Chancellor of Riverton University, attended.", "cy-tambor",
     "Vice-Chancellor of Riverton University"),
    ("Attending were the Controller of the Centre for Riverton Health Protection, Dr Bo Kettle, and others.", "bo-kettle",
     "Controller of Centre for Riverton Health Protection"),
    ("Also there was the Head of the Riverton Policy Unit, Professor Ada Quell.", "ada-quell",
     "Head of the Riverton Policy Unit"),
])
def test_titles_of_universities_and_public_bodies(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


@pytest.mark.parametrize("sentence", [
    "The head of the Riverton Trade Council delegation, Mr Bo Kettle, spoke.",  # leads a delegation, holds no post
    "Mr Bo Kettle said the head of state and the chancellor would come.",
    "Ms Ada Quell thanked the controller of traffic, Mr Bo Kettle.",
])
def test_near_misses_of_these_titles(reference, sentence):
    assert posts_of(facts(reference, sentence)) == {}


# --- a division in brackets after the title, then the body; a lower-case word after a hyphen in a body's name -------
@pytest.mark.parametrize("sentence, person, post", [
    ("Joining them was the Assistant Commissioner (Intelligence and Investigation) of Riverton Customs, Mr Bo Kettle.",
     "bo-kettle", "Assistant Commissioner (Intelligence and Investigation) of Riverton Customs"),
    ("Attending was the Director (Cluster Services) of the Riverton Hospital Authority, Dr Ada Quell.", "ada-quell",
     "Director (Cluster Services) of the Riverton Hospital Authority"),
    ("Also present was the Director of the Anti-smuggling Bureau of Riverton Customs, Mr Qin Hao.", "qin-hao",
     "Director of the Anti-smuggling Bureau of Riverton Customs"),
])
def test_a_division_in_brackets_and_a_hyphenated_body(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


@pytest.mark.parametrize("sentence", [
    "Attending was the Director (Acting) of the Riverton Hospital Authority, Dr Ada Quell.",  # a status, not a division
])
def test_a_status_in_brackets_is_no_division(reference, sentence):
    assert not any("(" in post for post in posts_of(facts(reference, sentence)).get("ada-quell", set()))


# --- initials run together keep their capitals (spaced, so that "TT Tsui" and "T T Tsui" are one person); a family
# name in capitals does not ---------------------------------------------------------------------------------------
def labels_of(findings) -> dict[str, str]:
    from rdflib.namespace import RDFS
    return {str(s).rsplit("/", 1)[-1]: str(o) for (s, p, o) in findings.triples if p == RDFS.label and "/person/" in str(s)}


@pytest.mark.parametrize("sentence, person, label", [
    ("Mr TT Tsui, Chairman of the Riverton Trade Council, spoke.", "t-t-tsui", "T T Tsui"),
    ("Mr KC Tam spoke at the dinner.", "k-c-tam", "K C Tam"),
    ("Mr NG Ka-ming spoke at the dinner.", "ng-ka-ming", "Ng Ka Ming"),  # a family name, no initials
    ("Prof. LI Gang spoke at the dinner.", "li-gang", "Li Gang"),
])
def test_initials_keep_their_capitals(reference, sentence, person, label):
    assert labels_of(facts(reference, sentence)).get(person) == label


# --- a caption's list: the title between a pictured name and the next name is the next one's -------------------
CAPTION = ("Photo caption: The Director-General of Trade at Riverton Invest, Ms Ada Quell (third left), the Director of the "
           "Riverton Arts Office, Ms Cy Tambor (second left), and the Deputy Director of the Riverton Office, Mr Bo Kettle "
           "(third right), with guests.")


def test_a_captions_title_is_the_next_names(reference):
    found = posts_of(facts(reference, CAPTION))
    assert found.get("cy-tambor") == {"Director of the Riverton Arts Office"}
    assert "Director of the Riverton Arts Office" not in found.get("ada-quell", set())


def test_a_title_after_a_pictured_name_and_before_a_verb_is_its_own(reference):
    found = posts_of(facts(reference, "Ms Ada Quell (left), the Director of the Riverton Arts Office, spoke to guests."))
    assert found.get("ada-quell") == {"Director of the Riverton Arts Office"}


# --- a field of a body's work after the title: the post is the body's, the field no body -------------------------
DEFINED = "The Riverton Trade Development Council (RTDC) held a forum."


@pytest.mark.parametrize("sentence, person, post", [
    ("The RTDC's Director of Research, Mr Bo Kettle, spoke.", "bo-kettle",
     "Director of Research of the Riverton Trade Development Council"),
    ("The panel was moderated by the RTDC's Head of Mainland Business, Mr Dan Fox.", "dan-fox",
     "Head of Mainland Business of the Riverton Trade Development Council"),
    ("The Director of Research at the RTDC, Ms Ada Quell, spoke.", "ada-quell",
     "Director of Research of the Riverton Trade Development Council"),
    ("The Director-General of Investment Promotion at the Riverton Trade Council, Mr Bo Kettle, spoke.", "bo-kettle",
     "Director-General of Investment Promotion of the Riverton Trade Council"),
])
def test_a_field_after_a_bodys_title(reference, sentence, person, post):
    assert posts_of(facts(reference, DEFINED, sentence)).get(person) == {post}


def orgs(findings) -> set[str]:
    from rdflib.namespace import ORG, RDF
    return {str(s).rsplit("/", 1)[-1] for (s, p, o) in findings.triples if p == RDF.type and o == ORG.Organization}


def test_a_field_is_no_organisation(reference):
    assert "research" not in orgs(facts(reference, DEFINED, "The RTDC's Director of Research, Mr Bo Kettle, spoke."))


@pytest.mark.parametrize("sentence, person, post", [
    # a body's own name after "of" stays the body
    ("The RTDC's Director of the Riverton Arts Office, Ms Eve Moss, spoke.", "eve-moss", "Director of the Riverton Arts Office"),
])
def test_a_body_after_a_possessive_title_is_still_the_body(reference, sentence, person, post):
    assert posts_of(facts(reference, DEFINED, sentence)).get(person) == {post}


def test_head_of_a_field_needs_a_body_before_it(reference):
    assert posts_of(facts(reference, DEFINED, "The Head of Mainland Business, Mr Dan Fox, spoke.")) == {}


def test_the_new_shapes_fail_fast_on_long_hostile_text():
    import time
    from kg.extract.post_shapes import BEFORE, PAREN
    from kg.text.rosters import members
    hostile = [
        "The Director of " + "Research " * 400 + "at",  # a field that never reaches "at <body>"
        "The Director of " + "Research and " * 300 + "X at HKTDC",
        "⟦person:0⟧ (Director of the Riverton Office, " + "second left " * 400,
        "Mr A" + ", JP" * 500,
    ]
    for text in hostile:
        started = time.process_time()  # CPU, not wall clock: other load must not fail it
        BEFORE.search(text)
        PAREN.search(text)
        members("Members:\n  Hon " + text + "\n")
        assert time.process_time() - started < 2.0  # backtracking that grows with the text would take far longer


def test_a_film_company_is_no_person(reference):
    from test_kinds import posts_of
    held = posts_of(facts(reference, "Speakers included the Vice President of Riverton Hengda Pictures, Ms Ada Quell; "
                                     "and the Chairman of Eastport Films, Mr Bo Kettle."))
    assert held["ada-quell"] == {"Vice President of Riverton Hengda Pictures"}
    assert held["bo-kettle"] == {"Chairman of Eastport Films"}
    assert not any(person.endswith(("pictures", "films")) for person in held)
