"""Posts a retrospective tells with a verb of taking up the post ("who had become Mayor of X earlier that year",
"who had taken over as mayor", "took over as Director"), with "who as <Title> was ...", and with "then" before an
informal title after the name ("A, then Hong Kong's leader").

Every sentence is invented; the near misses are a title that only compares ("became the first Chief Executive to
...") and an indefinite membership.
"""

from conftest import facts
from test_kinds import posts_of

CE = "Chief Executive of the Hong Kong Special Administrative Region"


def test_who_had_become_a_post_earlier_that_year(reference):
    f = facts(reference, "Across the table sat Mr Bo Tam, who had become Mayor of Shanghai earlier that year.")
    assert posts_of(f)["bo-tam"] == {"Mayor of Shanghai"}


def test_who_had_taken_over_as_a_lower_case_title(reference):
    f = facts(reference, "The session was held by video with Mr Bo Tam, who had taken over as mayor in 2020, in Shanghai.")
    assert posts_of(f)["bo-tam"] == {"Mayor of Shanghai"}


def test_took_over_as_director(reference):
    f = facts(reference, "Ms Ada Quell took over as Director of the Hong Kong Economic and Trade Office in Shanghai in 2019.")
    assert posts_of(f)["ada-quell"] == {"Director of the Hong Kong Economic and Trade Office in Shanghai"}


def test_who_as_a_title_was_responsible(reference):
    f = facts(reference, "Mr Bo Tam, who as Secretary for Constitutional and Mainland Affairs was responsible for the "
                         "mechanism, recalled the trip.")
    assert posts_of(f)["bo-tam"] == {"Secretary for Constitutional and Mainland Affairs"}


def test_then_before_an_informal_title_after_the_name(reference):
    f = facts(reference, "Mr Bo Tam, then Hong Kong's leader, flew up for the session.")
    assert posts_of(f)["bo-tam"] == {CE}


def test_became_the_first_to_do_something_is_no_post(reference):
    f = facts(reference, "Mr Bo Tam became the first Chief Executive to visit the port, and Ms Ada Quell became a "
                         "member of the Riverton Council.")
    assert "bo-tam" not in posts_of(f)
    assert "ada-quell" not in posts_of(f)
