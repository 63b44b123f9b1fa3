"""A province's Party Secretary is the secretary of its provincial committee, written as the Shanghai post is;
a place's party chief before a name holds the post where "at" tells where the holder was; a title after a name
may carry a word of time or description ("the outgoing Director", "the young Mayor").

Every sentence is invented; the near misses are a city inside a province and a party word read as a place.
"""

from conftest import facts
from test_kinds import posts_of


def test_party_secretary_of_a_province_after_the_name(reference):
    f = facts(reference, "Mr Ada Quell, Party Secretary of Jiangsu, and Mr Bo Tam, Party Secretary of Anhui, attended.")
    posts = posts_of(f)
    assert posts["ada-quell"] == {"Secretary of the CPC Jiangsu Provincial Committee"}
    assert posts["bo-tam"] == {"Secretary of the CPC Anhui Provincial Committee"}


def test_a_municipalitys_party_secretary_before_the_name(reference):
    f = facts(reference, "Tianjin Party Secretary Ada Quell met Mr Bo Tam.")
    assert posts_of(f)["ada-quell"] == {"Secretary of the CPC Tianjin Municipal Committee"}


def test_a_deputy_party_secretary(reference):
    f = facts(reference, "Mr Ada Quell, Deputy Party Secretary of Zhejiang, met Mr Bo Tam.")
    assert posts_of(f)["ada-quell"] == {"Deputy Secretary of the CPC Zhejiang Provincial Committee"}


def test_a_city_inside_a_province_keeps_the_texts_title(reference):
    f = facts(reference, "Mr Ada Quell, Shenzhen Party Secretary, met Mr Bo Tam.")
    assert posts_of(f)["ada-quell"] == {"Party Secretary of Shenzhen"}


def test_a_party_word_is_no_place(reference):
    f = facts(reference, "He met Zhejiang Governor Bo Tam and provincial Communist Party secretary Ada Quell.")
    posts = posts_of(f)
    assert posts["bo-tam"] == {"Governor of Zhejiang"}
    assert not any("Communist" in post for post in posts.get("ada-quell", set()))


def test_a_placed_party_chief_then_where_he_received_the_guest(reference):
    f = facts(reference, "On Friday, Mr Bo Tam was received by Shanghai party chief Ada Quell at the hotel.")
    assert posts_of(f)["ada-quell"] == {"Secretary of the CPC Shanghai Municipal Committee"}


def test_a_described_title_after_the_name(reference):
    f = facts(reference, "Mr Ada Quell, the young Mayor of Shanghai, met Mr Bo Tam, the outgoing Director of the "
                         "Hong Kong Economic and Trade Office in Shanghai.")
    posts = posts_of(f)
    assert posts["ada-quell"] == {"Mayor of Shanghai"}
    assert posts["bo-tam"] == {"Director of the Hong Kong Economic and Trade Office in Shanghai"}
