"""The mechanism's other names: its parts with the slips texts make, short names a text defines, and forms that
only refer back to it (kg.extract.mechanism, kg.extract.conf_names).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import re
import time

import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS

from conftest import ID, facts
from kg.extract.mechanism import is_bare, mechanism_pattern

CONF = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
FULL = "The Hong Kong/Shanghai Co-operation Conference met today."


def names(findings) -> set[str]:
    return {str(o) for (s, p, o) in findings.triples if s == CONF and p == SKOS.altLabel}


@pytest.mark.parametrize("name", [
    "Hong Kong/Shangai Co-operation Conference", "Shnaghai-Hong Kong Cooperation Conference",
    "Hong Kong/Shanghai Co-opeartion Conference", "Hong Kong/Shanghai Cooperation Conferece",
    "Hongkong-Shanghai Cooperation Conferance",
])
def test_a_name_with_a_slip_is_still_the_mechanisms(reference, name):
    assert name in names(facts(reference, f"The {name} met today."))


@pytest.mark.parametrize("name", [
    "Shenzhen-Hong Kong Cooperation Conference",      # another city
    "Hong Kong/Shanghai Co-operation Conferences",    # many conferences
    "Hong Kong/Shanghai Corporation Conference",      # another word
    "Hong Kong/Shanghai Co-option Conference",
])
def test_a_name_of_another_shape_is_not_the_mechanisms(reference, name):
    assert not re.fullmatch(mechanism_pattern(), name, re.I)


@pytest.mark.parametrize("sentence, short", [
    ('The Hong Kong/Shanghai Co-operation Conference (hereinafter "HKSCC") met today.', "HKSCC"),
    ("The Hong Kong/Shanghai Co-operation Conference, or HKSCC, met today.", "HKSCC"),
    ("The Hong Kong/Shanghai Co-operation Conference, also called HKSC, met today.", "HKSC"),
])
def test_a_short_name_the_text_defines(reference, sentence, short):
    assert short in names(facts(reference, sentence))


@pytest.mark.parametrize("sentence", [
    'The Hong Kong/Shanghai Co-operation Conference (hereinafter referred to as "the Conference") met today.',
    "The Hong Kong/Shanghai Co-operation Conference, or rather its HK team, met today.",
    "The Hong Kong/Shanghai Co-operation Conference, or the HKTDC, will host it.",
])
def test_no_short_name_from_a_common_noun_or_another_body(reference, sentence):
    found = names(facts(reference, sentence))
    assert not {"Conference", "HK", "HKTDC"} & found


def test_the_paired_mechanism_refers_back_once_named(reference):
    assert is_bare("Shanghai-Hong Kong mechanism")
    later = facts(reference, FULL, "Since the Shanghai-Hong Kong mechanism was set up in 2031, ties have grown.")
    assert not any("mechanism" in n for n in names(later))
    assert 1 in later.mentions.get(CONF, set())
    alone = facts(reference, "Since the Shanghai-Hong Kong mechanism was set up in 2031, ties have grown.")
    assert CONF not in alone.mentions


def test_the_name_pattern_fails_fast():
    rx = re.compile(mechanism_pattern(), re.I)
    started = time.perf_counter()
    rx.search("Hong Kong/Shanghai " + "co-co-co-" * 500 + "x")
    rx.search("Hong Kong/Shanghai Co-operation Conf" + "erence" * 500)
    assert time.perf_counter() - started < 1.0
