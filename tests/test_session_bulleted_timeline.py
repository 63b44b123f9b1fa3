"""A timeline's bulleted line: "- January 2012: Second plenary session, Hong Kong." is read as the unbulleted one
(kg.extract.session_chronology).

Every line is invented; the near miss (a bulleted line about something of the session's) must give nothing.
"""

import pytest
from rdflib.namespace import SDO

from conftest import facts

LEAD = "The Hong Kong/Shanghai Co-operation Conference has met eleven times."


def told(findings, number: int) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in findings.triples
            if str(s).endswith(f"/session/hong-kong-shanghai-co-operation-conference-{number}")
            and p in (SDO.startDate, SDO.location)}


@pytest.mark.parametrize("line, expected", [
    ("- March 2032: Tenth plenary session, Shanghai.", {("startDate", "2032-03"), ("location", "shanghai")}),
    ("• 2033 – Tenth Plenary Session (Hong Kong)", {("startDate", "2033"), ("location", "hong-kong")}),
    ("* 14 May 2034 | Tenth Plenary Session | Shanghai", {("startDate", "2034-05-14"), ("location", "shanghai")}),
])
def test_a_bulleted_timeline_line(reference, line, expected):
    assert told(facts(reference, LEAD, line), 10) == expected


@pytest.mark.parametrize("line", [
    "- 2032: Tenth plenary session agreements reviewed | Shanghai",
    "- Spring 2032: exhibition on the tenth plenary session, Shanghai.",
])
def test_nothing_from_a_bulleted_line_about_something_of_the_session(reference, line):
    assert told(facts(reference, LEAD, line), 10) == set()
