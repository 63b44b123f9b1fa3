"""A delegation leaving for its own city goes home: its visit is to the other city (invented sentences, none
from a document of the repository, each with a near miss)."""

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail


def visits(tmp_path, body: str) -> dict[str, tuple]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-07-14")
    return {str(label): ({str(o) for o in graph.objects(s, SDO.startDate)}, {str(o) for o in graph.objects(s, SDO.endDate)},
                         {tail(o) for o in graph.objects(s, SDO.location)})
            for s, label in graph.subject_objects(RDFS.label) if "/event/visit-of-" in str(s)}


LEAD = "Today, the Secretary for Home Affairs, Mr Alan Brookfield, met the Director of the Northport Office, Mr Bo Linwei.\n\n"


def test_a_shanghai_delegation_leaving_for_shanghai_visits_hong_kong(tmp_path):
    found = visits(tmp_path, LEAD + "The Shanghai delegation, led by Mr Bo, arrived yesterday (July 13) and will tour the "
                                    "Riverton Science Park tomorrow before leaving for Shanghai on Thursday (July 17).\n")
    assert found.get("Visit of Bo Linwei to Hong Kong") == ({"2036-07-13"}, {"2036-07-17"}, {"hong-kong"}), found
    assert "Visit of Bo Linwei to Shanghai" not in found, found


def test_a_delegation_leaving_for_another_city_visits_it(tmp_path):
    found = visits(tmp_path, LEAD + "The Shanghai delegation, led by Mr Bo, arrived yesterday (July 13) and will tour the "
                                    "Riverton Science Park tomorrow before leaving for Hangzhou on Thursday (July 17).\n")
    assert "Visit of Bo Linwei to Hangzhou" in found, found
    assert "Visit of Bo Linwei to Hong Kong" not in found, found
