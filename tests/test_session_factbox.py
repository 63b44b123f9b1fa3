"""A factbox's bullets, one session each, led by the year (kg.extract.session_factbox).

Every text is invented; each kind has a near miss that must give nothing.
"""

import time

from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.session_factbox import ROW
from kg.namespaces import HKSH

from conftest import facts, tail

NAMED = "The Hong Kong/Shanghai Co-operation Conference is the two cities' main channel."


def sessions(found) -> dict[int, dict]:
    out = {}
    for s in {s for s, p, o in found.triples if p == RDF.type and o == HKSH.PlenarySession}:
        n = int(next(o for s2, p, o in found.triples if s2 == s and p == HKSH.sessionNumber))
        out[n] = {"date": {str(o) for s2, p, o in found.triples if s2 == s and p == SDO.startDate},
                  "place": {tail(o) for s2, p, o in found.triples if s2 == s and p == SDO.location},
                  "people": {tail(o) for s2, p, o in found.triples if s2 == s and p == SDO.attendee}}
    return out


def agreements(found) -> set[str]:
    kinds = {s for s, p, o in found.triples if p == RDF.type and o == HKSH.Agreement}
    return {str(o) for s, p, o in found.triples if s in kinds and p == RDFS.label}


def test_a_bullet_by_year_is_a_session(reference):
    found = facts(reference, NAMED, "* 2036 - Second session, Hong Kong (January). Leung Chun-ying and Yang Xiong. Six agreements.",
                  "* 2039 - Fifth session, held by video link in December because of the storm. Ten agreements, on 20 items.")
    told = sessions(found)
    assert told[2] == {"date": {"2036-01"}, "place": {"hong-kong"}, "people": {"leung-chun-ying", "yang-xiong"}}
    assert told[5] == {"date": {"2039-12"}, "place": set(), "people": set()}
    assert agreements(found) == {"Six agreements signed at the second session", "Ten agreements signed at the fifth session"}


def test_a_bullet_of_another_text_is_not(reference):
    # no mechanism named: a season of some other body
    assert sessions(facts(reference, "* 2036 - Second session, Hong Kong (January). Six agreements.")) == {}
    # a bullet on the session's year that is no session's bullet
    found = facts(reference, NAMED, "* 2036 - Trade rose to a record, Hong Kong (January). Six agreements were studied.")
    assert sessions(found) == {}
    assert not any("session" in a for a in agreements(found))
    # names and counts outside a session's bullet are no session's
    found = facts(reference, NAMED, "Leung Chun-ying and Yang Xiong.", "Six agreements.")
    assert sessions(found) == {}


def test_the_row_pattern_fails_fast():
    line = "* 2036 - Second session" + ", Hong Kong" * 2000 + "!"
    start = time.perf_counter()
    ROW.match(line)
    assert time.perf_counter() - start < 0.05
