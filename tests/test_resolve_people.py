"""Fuzzy person resolution tolerates a typo in a known person's name but never takes another Chinese name for
it: two family names (Cantonese or pinyin) or two whole pinyin syllables are two names, however alike. The
names are invented, one letter from people the reference data knows; hypothesis checks the rule on any pair."""

import pytest
from hypothesis import given, strategies as st

from kg.extract.bare_names import SURNAMES
from kg.extract.resolve import PINYIN_SYLLABLE, resolve_person


@pytest.mark.parametrize("name", ["Han Zhen", "Gong Zhen", "Carrie Lum", "Carrie Lau"])
def test_another_chinese_name_one_letter_away_is_nobody_known(reference, name):
    assert resolve_person(name, reference) is None


@pytest.mark.parametrize("name, known", [("Han Zheng", "han-zheng"), ("Carrie Lamm", "carrie-lam-cheng-yuet-ngor"),
                                         ("Laura Arron", "laura-aron"), ("Jon Lee", "john-lee-ka-chiu")])
def test_a_typo_in_a_known_name_is_still_that_person(reference, name, known):
    assert resolve_person(name, reference).id == known


@given(st.sampled_from(sorted(SURNAMES - {"lam"})))
def test_a_family_name_never_stands_for_another(reference, family):
    found = resolve_person(f"Carrie {family.capitalize()}", reference)
    assert found is None or found.id != "carrie-lam-cheng-yuet-ngor"


def test_the_syllable_pattern_reads_pinyin_and_not_english():
    assert all(PINYIN_SYLLABLE.fullmatch(s) for s in ("zheng", "zhen", "xiong", "lv", "er", "chuang", "a"))
    assert not any(PINYIN_SYLLABLE.fullmatch(s) for s in ("aron", "arron", "smith", "tsang", "kwok"))
