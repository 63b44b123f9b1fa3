"""Posts as mainland media and yearbooks introduce officials: the Political Bureau membership, "Party chief of
Shanghai" after the name, a name's Chinese characters or its English form in brackets before the title, and a
list of such names with their titles after a body whose name the text widened ("... Office of the Municipal
Government").

Every sentence is invented; the near misses are another city's party chief and a title before the next name.
"""

from conftest import facts
from test_kinds import posts_of

POLITBURO = "Member of the Political Bureau of the CPC Central Committee"
PARTY = "Secretary of the CPC Shanghai Municipal Committee"


def test_a_political_bureau_member_with_the_partys_abbreviation_in_brackets(reference):
    f = facts(reference, "On Monday, Ada Quell, member of the Political Bureau of the Communist Party of China (CPC) "
                         "Central Committee and secretary of the CPC Shanghai Municipal Committee, met Bo Tam.")
    assert posts_of(f)["ada-quell"] == {POLITBURO, PARTY}


def test_party_chief_of_shanghai_after_another_post(reference):
    f = facts(reference, "Ada Quell, a member of the Political Bureau of the Communist Party of China Central "
                         "Committee and Party chief of Shanghai, held a video call with Bo Tam.")
    assert posts_of(f)["ada-quell"] == {POLITBURO, PARTY}


def test_the_citys_party_chief_after_a_name(reference):
    f = facts(reference, "Ada Quell, Shanghai's party chief, met Bo Tam, Party chief of Shanghai.")
    assert posts_of(f)["ada-quell"] == {PARTY}
    assert posts_of(f)["bo-tam"] == {PARTY}


def test_another_citys_party_chief_is_not_shanghais(reference):
    f = facts(reference, "Ada Quell, Shenzhen's party chief, met Bo Tam.")
    assert PARTY not in posts_of(f).get("ada-quell", set())


def test_a_name_in_chinese_characters_before_the_title(reference):
    f = facts(reference, "Witnessing the signing were Mr. Ada Quell Ka-wing (贺嘉荣), Secretary for Development of "
                         "the Hong Kong SAR Government, and Ms. Bo Tam, Deputy Director of the Riverton Arts Office.")
    assert posts_of(f)["ada-quell-ka-wing"] == {"Secretary for Development"}


def test_a_pinyin_name_then_the_english_one_in_brackets(reference):
    f = facts(reference, "Lin Dingguo (Paul Lam Ting-kwok), the Hong Kong Special Administrative Region's "
                         "secretary for justice, said the two cities were partners.")
    assert posts_of(f)["paul-lam-ting-kwok"] == {"Secretary for Justice"}


def test_a_list_of_bracketed_names_each_with_its_title(reference):
    f = facts(reference, "Ada Quell, Deputy Secretary-General of the Municipal Government, and Bo Tam, Director of "
                         "the Hong Kong and Macao Affairs Office of the Municipal Government, attended; Cai Wenhua "
                         "(Carl Tsoi), Chief Secretary for Administration, Dong Lihong (Dora Tung), Financial "
                         "Secretary, and Fan Zhiyong (Felix Fan), Secretary for Justice, attended on the Hong Kong side.")
    posts = posts_of(f)
    assert posts["bo-tam"] == {"Director of the Hong Kong and Macao Affairs Office of the Shanghai Municipal Government"}
    assert posts["cai-wenhua"] == {"Chief Secretary for Administration"}
    assert posts["dong-lihong"] == {"Financial Secretary"}
    assert posts["fan-zhiyong"] == {"Secretary for Justice"}


def test_a_title_that_introduces_the_next_name_is_not_the_one_before(reference):
    f = facts(reference, "Present were the Chief Executive, Mrs Ada Quell, the executive vice mayor of Shanghai, Mr Bo Tam, "
                         "and guests.")
    assert "Executive Vice Mayor of Shanghai" not in posts_of(f).get("ada-quell", set())
