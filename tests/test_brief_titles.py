"""Posts as LegCo papers and briefs introduce officials: the title with its abbreviation defined in quotes before the
name ('the Secretary for Justice ("SJ"), Mr A'), and the catalogue's short title before a name after a comma ("CE, Mr
B") or alone in brackets after it, as their tables give co-chairs ("Mr B (CE)").

Every sentence is invented; the near misses are an abbreviation that is no post's and a title with no one after it.
"""

from conftest import facts
from test_kinds import posts_of

CE = "Chief Executive of the Hong Kong Special Administrative Region"


def test_a_title_with_its_quoted_abbreviation_before_the_name(reference):
    f = facts(reference, 'The meeting was co-chaired by the Secretary for Justice ("SJ"), Mr Ada QUELL Ka-wing, and '
                         "the Mayor of Eastport, Mr Bo Tam.")
    assert posts_of(f)["ada-quell-ka-wing"] == {"Secretary for Justice"}


def test_a_short_title_after_a_comma_before_the_name(reference):
    f = facts(reference, "The session was co-chaired by CE, Mr Ada QUELL, and the Mayor of Shanghai, Mr Bo Tam.")
    assert posts_of(f)["ada-quell"] == {CE}


def test_a_short_title_in_brackets_after_the_name(reference):
    f = facts(reference, "The co-chairs were Mr Ada QUELL (CE) and Mr Bo Tam (Mayor of Shanghai).")
    assert posts_of(f)["ada-quell"] == {CE}


def test_an_abbreviation_no_post_has_names_no_post(reference):
    f = facts(reference, "The co-chairs were Mr Ada QUELL (HKTDC) and Mr Bo Tam, who spoke for the RTC, Mr Cal Lee.")
    assert "ada-quell" not in posts_of(f)
    assert "cal-lee" not in posts_of(f)
