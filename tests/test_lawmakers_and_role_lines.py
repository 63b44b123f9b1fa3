""""Lawmaker A" in a Hong Kong text is a Member of the Legislative Council (another place's lawmaker is not);
an appointment notice's bracketed post on the line under a name is that person's post.

Every sentence is invented; each kind has a near miss.
"""

import pytest

from conftest import facts
from test_kinds import posts_of
from kg.text.role_lines import role_lines

MEMBER = {"Member of the Legislative Council"}


@pytest.mark.parametrize("sentence, person", [
    ("Lawmaker Ada Quell joined the tour.", "ada-quell"),
    ("\"We have heard this before,\" said legislator Bo Kettle.", "bo-kettle"),
    ("Hong Kong lawmaker Cy Tambor welcomed the plan.", "cy-tambor"),
])
def test_a_lawmaker_is_a_member_of_the_legislative_council(reference, sentence, person):
    assert posts_of(facts(reference, sentence)).get(person) == MEMBER


@pytest.mark.parametrize("sentence", [
    "Shanghai lawmaker Bo Kettle spoke.",
    "Former lawmaker Bo Kettle spoke.",
    "National lawmaker Bo Kettle spoke.",
    "Lawmaker Bo Kettle of the Eastport Assembly spoke.",
])
def test_another_legislature_or_a_former_lawmaker_is_no_member(reference, sentence):
    assert MEMBER not in posts_of(facts(reference, sentence)).values()


def test_a_bracketed_post_under_a_name_joins_it():
    text = "Members\n     Dr Ada QUELL Wai-man, JP\n     (Vice-President (Research), Riverton Holdings Limited)\n"
    assert role_lines(text) == "Members\n     Dr Ada QUELL Wai-man, JP, Vice-President (Research), Riverton Holdings Limited.\n"


@pytest.mark.parametrize("text", [
    "Dr Ada Quell\n(second left)\n",  # a caption's place, no post and body
    "Some text here\n(Chairman, Riverton Holdings Limited)\n",  # no name above
])
def test_a_bracket_without_a_name_above_or_a_body_is_left_alone(text):
    assert role_lines(text) == text


def test_a_notice_names_each_members_post(reference, tmp_path):
    from kg.convert import convert
    from rdflib.namespace import ORG, RDFS
    doc = tmp_path / "notice.txt"
    doc.write_text("GOVERNMENT NOTICE\n\nIt is hereby notified that the following persons are appointed to the "
                   "Riverton Advisory Panel.\n\nChairman\n     Dr Ada QUELL Wai-man, BBS, JP\n"
                   "     (Chairman, Riverton Holdings Limited)\n\nMembers\n     Mr Bo KETTLE Ka-fai\n"
                   "     (Chief Executive Officer, Eastport Capital Management Limited)\n", encoding="utf-8")
    g = convert(doc, reference=reference)
    held = {str(g.value(o, RDFS.label)) for o in g.objects(None, ORG.holds)}
    assert {"Chairman of Riverton Holdings Limited", "Chief Executive Officer of Eastport Capital Management Limited"} <= held


def test_a_title_of_the_councils_own_after_the_name_says_the_post(reference):
    f = facts(reference, "Lawmaker Bo Kettle, chairman of the Legislative Council's transport panel, said it was late.")
    assert MEMBER not in posts_of(f).values()
