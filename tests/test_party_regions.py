"""Party secretaries of province-level places the Shanghai post's titles do not reach: an autonomous region's
committee is a "Regional Committee"; a newspaper's "Zhejiang's party chief"; "provincial Party Secretary" after
the province the sentence named.

Every sentence is invented; the near misses are a provincial title with no province named and a city inside a
province.
"""

import pytest

from conftest import facts
from test_kinds import posts_of


def test_an_autonomous_regions_party_secretary(reference):
    f = facts(reference, "Mr Ada Quell, Party Secretary of Guangxi, and Mr Bo Tam, Party Secretary of Ningxia, attended.")
    posts = posts_of(f)
    assert posts["ada-quell"] == {"Secretary of the CPC Guangxi Zhuang Autonomous Regional Committee"}
    assert posts["bo-tam"] == {"Secretary of the CPC Ningxia Hui Autonomous Regional Committee"}


def test_an_autonomous_regions_party_secretary_before_the_name(reference):
    f = facts(reference, "Inner Mongolia Party Secretary Ada Quell met Mr Bo Tam.")
    assert posts_of(f)["ada-quell"] == {"Secretary of the CPC Inner Mongolia Autonomous Regional Committee"}


def test_a_provinces_party_chief_in_a_newspapers_words(reference):
    f = facts(reference, "Zhejiang's party chief Ada Quell met Mr Bo Tam in Hangzhou.")
    assert posts_of(f)["ada-quell"] == {"Secretary of the CPC Zhejiang Provincial Committee"}


def test_a_provinces_party_chief_after_the_name(reference):
    f = facts(reference, "Mr Bo Tam met Ada Quell, Jiangsu's party chief, in Nanjing.")
    assert posts_of(f)["ada-quell"] == {"Secretary of the CPC Jiangsu Provincial Committee"}


def test_a_provincial_party_secretary_after_the_province(reference):
    f = facts(reference, "The delegation then visited Zhejiang, where provincial Party Secretary Ada Quell met them.")
    assert posts_of(f)["ada-quell"] == {"Secretary of the CPC Zhejiang Provincial Committee"}


def test_a_provincial_party_secretary_with_no_province_is_not_shanghais(reference):
    f = facts(reference, "The delegation was received by provincial Party Secretary Ada Quell.")
    assert "Secretary of the CPC Shanghai Municipal Committee" not in posts_of(f).get("ada-quell", set())


def test_a_citys_party_chief_is_not_the_provinces(reference):
    f = facts(reference, "Shenzhen's party chief Ada Quell met Mr Bo Tam.")
    assert not any("Provincial" in p or "Shanghai" in p for p in posts_of(f).get("ada-quell", set()))


@pytest.mark.xfail(strict=True, reason="'Governor of Guangdong Province' keeps 'Province' in the post's label (gold: Governor of Guangdong)")
def test_a_governor_of_a_province_named_with_the_word_province(reference):
    f = facts(reference, "They met the Governor of Guangdong Province, Mr Ada Quell, and Governor Bo Tam of Hubei "
                         "Province.")
    posts = posts_of(f)
    assert posts["ada-quell"] == {"Governor of Guangdong"}
    assert posts["bo-tam"] == {"Governor of Hubei"}


@pytest.mark.xfail(strict=True, reason="'Vice Governor of Zhejiang Province' keeps 'Province' in the post's label")
def test_a_vice_governor_of_a_province_named_with_the_word_province(reference):
    f = facts(reference, "Mr Ada Quell, Vice Governor of Zhejiang Province, attended.")
    assert posts_of(f)["ada-quell"] == {"Vice Governor of Zhejiang"}
