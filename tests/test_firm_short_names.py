"""Short names a company release defines in quotes in brackets after a body's full name ("X Limited ("X" or
"XL")"): each is another name of the body, and a post "of" the short name is a post of the body by its full name.

Every sentence is invented; each kind has a near miss.
"""

import time

from rdflib.namespace import SKOS

from conftest import facts
from test_kinds import posts_of


def alt_names(f) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for (s, p, o) in f.triples:
        if p == SKOS.altLabel and "/org/" in str(s):
            out.setdefault(str(s).rsplit("/", 1)[-1], set()).add(str(o))
    return out


def test_quoted_short_names_after_a_firm_are_its_names(reference):
    f = facts(reference, 'Lumen Bay Systems Limited ("Lumen Bay" or "LBS"), a software house, signed a deal with '
                         'Tamsin Digital Co., Ltd. (“Tamsin Digital”) today.')
    names = alt_names(f)
    assert names["lumen-bay-systems-limited"] == {"Lumen Bay", "LBS"}
    assert names["tamsin-digital-co-ltd"] == {"Tamsin Digital"}


def test_a_post_of_the_short_name_is_a_post_of_the_full_name(reference):
    f = facts(reference, 'Lumen Bay Systems Limited ("Lumen Bay") signed a deal today.',
              "The deal was signed by Ms. Dee Fong, Chairman of Lumen Bay.")
    assert posts_of(f)["dee-fong"] == {"Chairman of Lumen Bay Systems Limited"}


def test_quoted_terms_that_do_not_name_the_body_are_no_names(reference):
    f = facts(reference, 'Harbour Ventures Company Limited ("the Company") and Riverton Bank ("Grey Bank") signed a '
                         'Memorandum of Understanding on Trade (the "MoU") and a plan ("Plan") today.')
    assert alt_names(f) == {}


def test_a_long_bracket_is_read_quickly(reference):
    start = time.perf_counter()
    facts(reference, 'Alpha Beta Limited (' + ' or '.join(f'"N{i} {i}"' for i in range(30)) + ') ' + '("x' * 200)
    assert time.perf_counter() - start < 2
