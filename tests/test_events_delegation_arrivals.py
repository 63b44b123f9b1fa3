"""A delegation's arrival told in a release's closing lines: "The Riverton delegation arrived in Hong Kong yesterday
(March 19) and will leave on Saturday (March 21)". The visit is the delegation's, named by what the text calls it,
from the day it arrived to the day it leaves. Invented sentences, each with a near miss."""

import pytest
from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail


def visits(tmp_path, body: str) -> dict[str, dict]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(label): {"start": {str(o) for o in graph.objects(s, SDO.startDate)},
                         "end": {str(o) for o in graph.objects(s, SDO.endDate)},
                         "place": {tail(o) for o in graph.objects(s, SDO.location)}}
            for s, label in graph.subject_objects(RDFS.label) if "/event/visit" in str(s)}


@pytest.mark.parametrize("sentence, label", [
    ("The Shanghai delegation arrived in Hong Kong yesterday (March 19) and will leave on Saturday (March 21).",
     "Visit of the Shanghai delegation to Hong Kong"),
    ("The Shanghai Port Authority delegation arrived in Hong Kong yesterday (March 19) and will return to Shanghai on "
     "Saturday (March 21).", "Visit of the Shanghai Port Authority delegation to Hong Kong"),
    ("The delegation arrived in Hong Kong yesterday (March 19) and will leave on Saturday (March 21).",
     "Visit of the delegation to Hong Kong"),
])
def test_the_arrival_and_leaving_bound_the_delegation_s_visit(tmp_path, sentence, label):
    found = visits(tmp_path, "Officials of the two cities met in Hong Kong today (March 20) on port co-operation.\n\n" + sentence + "\n")
    assert found.get(label) == {"start": {"2036-03-19"}, "end": {"2036-03-21"}, "place": {"hong-kong"}}, found


def test_a_delegation_still_to_arrive_has_no_end_from_its_plans(tmp_path):
    found = visits(tmp_path, "The Shanghai delegation will arrive in Hong Kong on Friday (March 27).\n")
    assert all(not v["end"] for v in found.values()), found


def test_a_delegation_s_other_destination_is_not_where_it_arrived(tmp_path):
    found = visits(tmp_path, "The Shanghai delegation arrived in Hong Kong yesterday (March 19) and will leave for Macao "
                             "on Saturday (March 21).\n")
    assert "macao" not in {p for v in found.values() for p in v["place"]}, found
