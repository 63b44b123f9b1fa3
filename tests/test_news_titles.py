"""Posts as newspapers write them: a bureau's field in lower case before "secretary" or "minister" ("constitutional
and mainland affairs minister A", "B, the innovation and technology secretary"), and a title after another body's
abbreviation ("SFC chief executive C"), which is that body's post, never the catalogue's post of the bare title.

Every sentence is invented; the near misses are a one-word field before "minister" (a mainland minister's) and a
bare title after a known abbreviation.
"""

from conftest import facts
from test_kinds import posts_of

CE = "Chief Executive of the Hong Kong Special Administrative Region"


def test_a_bureaus_field_in_lower_case_before_minister(reference):
    f = facts(reference, "The team included constitutional and mainland affairs minister Ada Quell Ka-wing and others.")
    assert posts_of(f)["ada-quell-ka-wing"] == {"Secretary for Constitutional and Mainland Affairs"}


def test_a_bureaus_field_in_lower_case_before_secretary_after_the_name(reference):
    f = facts(reference, "The team included Bo Tam Wing-kei, the innovation and technology secretary, and others.")
    assert posts_of(f)["bo-tam-wing-kei"] == {"Secretary for Innovation and Technology"}


def test_a_one_word_field_before_minister_is_no_hksar_post(reference):
    f = facts(reference, "Education minister Ada Quell met the delegation.")
    assert "Secretary for Education" not in posts_of(f).get("ada-quell", set())


def test_a_title_after_an_unknown_bodys_abbreviation_is_not_the_catalogues(reference):
    f = facts(reference, "RSFC chief executive Ada Quell met the Mayor.")
    assert CE not in posts_of(f).get("ada-quell", set())


def test_a_title_after_a_known_abbreviation_keeps_its_post(reference):
    f = facts(reference, "HKSAR Chief Executive Ada Quell met the Mayor.")
    assert posts_of(f)["ada-quell"] == {CE}


def test_a_bureau_title_after_the_end_of_its_governments_name_is_the_catalogues(reference):
    f = facts(reference, "Special Administrative Region Government Secretary for Justice Ada Quell attended the meeting.")
    assert posts_of(f)["ada-quell"] == {"Secretary for Justice"}


def test_a_title_after_another_bodys_name_keeps_that_body(reference):
    f = facts(reference, "Riverton Harbour Council Secretary-General Ada Quell attended the meeting.")
    assert posts_of(f)["ada-quell"] == {"Secretary-General of the Riverton Harbour Council"}


def test_a_bodys_head_word_before_its_field_is_what_the_possessive_points_back_to(reference):
    f = facts(reference, "The pact was signed with the Eastport Municipal Bureau of Harbours, and the bureau's director, "
                         "Ada Quell, spoke.")
    assert posts_of(f)["ada-quell"] == {"Director of the Eastport Municipal Bureau of Harbours"}


def test_a_possessive_head_word_no_body_before_has_gives_no_post(reference):
    f = facts(reference, "The pact was signed with the Eastport Department of Harbours, and the bureau's director, "
                         "Ada Quell, spoke.")
    assert "ada-quell" not in posts_of(f)


def test_a_lower_case_head_of_a_known_body_before_the_name(reference):
    f = facts(reference, "On the Hong Kong side was the chairman of the Hong Kong Trade Development Council, Ms Ada Quell.")
    assert posts_of(f)["ada-quell"] == {"Chairman of the Hong Kong Trade Development Council"}


def test_the_municipal_office_in_lower_case_is_the_citys_unit(reference):
    f = facts(reference, "In Shanghai the delegation met the director of the municipal Hong Kong and Macao Affairs "
                         "Office, Ms Ada Quell.")
    assert posts_of(f)["ada-quell"] == {"Director of the Hong Kong and Macao Affairs Office of the Shanghai Municipal Government"}


def test_a_lower_case_title_ending_a_fronted_clause_is_not_the_subjects(reference):
    f = facts(reference, "After meeting the director of the Hong Kong Trade Development Council, Ada Quell told reporters.")
    assert "ada-quell" not in posts_of(f)


def test_a_bare_title_in_a_where_clause_after_a_body_is_that_bodys(reference):
    f = facts(reference, "The mission called on the Eastport Municipal Commission of Harbours, where Deputy Director "
                         "Mr Ada Quell received us.")
    assert posts_of(f)["ada-quell"] == {"Deputy Director of the Eastport Municipal Commission of Harbours"}


def test_a_bare_title_in_a_where_clause_after_a_hotel_is_no_post(reference):
    f = facts(reference, "The mission lunched at the Harbour View Hotel, where Chairman Mr Ada Quell spoke.")
    assert "ada-quell" not in posts_of(f)
