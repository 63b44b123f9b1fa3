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
