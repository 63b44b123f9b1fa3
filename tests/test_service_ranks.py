"""Ranks of the HKSAR's services with their branch in brackets, and titles of one post that name no body
(kg.extract.service_ranks). Invented sentences; each kind with a near miss."""

from conftest import facts
from test_kinds import posts_of


def test_ranks_with_their_branch_before_the_names(reference):
    held = posts_of(facts(reference, "The delegation included the Deputy Director of Fire Services, Mr Bo Tam; the Chief "
                                     "Fire Officer (Training), Mr Bo Kettle; and the Chief Ambulance Officer (Operations), "
                                     "Ms Cy Tambor."))
    assert held["bo-kettle"] == {"Chief Fire Officer (Training)"}
    assert held["cy-tambor"] == {"Chief Ambulance Officer (Operations)"}
    assert held["bo-tam"] == {"Deputy Director of Fire Services"}


def test_a_rank_with_its_branch_after_the_name(reference):
    held = posts_of(facts(reference, "Ms Dee Lo, Principal Immigration Officer (Mainland Liaison), met the officers."))
    assert held["dee-lo"] == {"Principal Immigration Officer (Mainland Liaison)"}


def test_a_rank_with_no_branch_is_no_post(reference):
    held = posts_of(facts(reference, "A senior fire officer, Mr Fay Ho, said the drill went well.",
                          "Mr Ed Wu, Chief Fire Officer, said so."))
    assert "fay-ho" not in held and "ed-wu" not in held


def test_titles_of_one_post_named_alone(reference):
    held = posts_of(facts(reference, "The Judiciary Administrator, Miss Ada Quell, received the guests.",
                          "The Government Chief Information Officer, Mr Al Yan, signed the memorandum."))
    assert held["ada-quell"] == {"Judiciary Administrator"}
    assert held["al-yan"] == {"Government Chief Information Officer"}


def test_an_acting_holder_of_a_title_alone_holds_no_post(reference):
    held = posts_of(facts(reference, "The Acting Judiciary Administrator, Miss Ada Quell, received the guests."))
    assert "ada-quell" not in held


def test_a_department_head_titled_by_a_field_with_commas(reference):
    held = posts_of(facts(reference, "The memorandum was signed by the Director of Agriculture, Fisheries and Conservation, "
                                     "Mr Bo Kettle, and the Director of Culture, Sports and Leisure, Ms Cy Tambor."))
    assert held["bo-kettle"] == {"Director of Agriculture, Fisheries and Conservation"}
    assert "cy-tambor" not in held  # no department of that field


def test_a_department_deputy_with_a_branch_of_one_word(reference):
    held = posts_of(facts(reference, "Speakers included the Assistant Commissioner for Census and Statistics (Economic), "
                                     "Mr Bo Kettle."))
    assert held["bo-kettle"] == {"Assistant Commissioner for Census and Statistics (Economic)"}


def test_a_head_of_a_body_named_by_its_abbreviation(reference):
    held = posts_of(facts(reference, "It is supported by the Riverton Creative Agency (RCA) of the HKSAR Government.",
                          "I am grateful to the Head of RCA, Ms Ada Quell, for her help.",
                          "The Head of IT, Mr Bo Kettle, left early."))
    assert held["ada-quell"] == {"Head of the Riverton Creative Agency"}
    assert "bo-kettle" not in held  # two letters are no body's abbreviation here


def test_a_branch_after_a_title_a_possessive_gives_its_body(reference):
    held = posts_of(facts(reference, "The Riverton Harbour Department (RHD) signed it.",
                          "The delegation included the RHD's Assistant Director (Conservation), Dr Bo Kettle, and others."))
    assert held["bo-kettle"] == {"Assistant Director (Conservation) of the Riverton Harbour Department"}
