"""Areas set out after "in the following areas:" (kg.extract.areas): known ones, and the scheme's missing ones kept
as unreviewed concepts. Invented sentences, with a near miss."""

from conftest import facts

LEAD = "The Hong Kong/Shanghai Co-operation Conference held its ninth plenary session in May 2036."


def areas(findings) -> set[str]:
    return {str(x).rsplit("/", 1)[-1] for t in findings.triples for x in (t[0], t[2]) if "/area/" in str(x)}


def test_the_following_areas_after_a_colon(reference):
    found = areas(facts(reference, LEAD, "The session agreed on co-operation items in the following areas: finance; "
                        "culture, sports and tourism; the silver economy; and the low-altitude economy."))
    assert {"finance", "sports", "silver-economy", "low-altitude-economy"} <= found


def test_a_following_list_of_something_else_gives_no_area(reference):
    found = areas(facts(reference, LEAD, "The delegation visited the following places: the Riverton Harbour; the Old Town; "
                        "and the Riverside Market."))
    assert found == set()
