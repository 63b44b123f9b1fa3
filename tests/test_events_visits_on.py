"""A visit told as where its visitor is ("is on a three-day visit to X", "is in X this week, on a visit to ..."),
dated by the visitor's arrival told next (invented sentences, none from a document of the repository, each with a
near miss)."""

from rdflib.namespace import RDFS, SDO

from conftest import page_graph

LEAD = "The Secretary for Home Affairs, Mr Alan Brookfield, "


def visits(tmp_path, body: str) -> dict[str, dict]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(label): {"start": {str(o) for o in graph.objects(s, SDO.startDate)},
                         "end": {str(o) for o in graph.objects(s, SDO.endDate)}}
            for s, label in graph.subject_objects(RDFS.label) if "/event/visit-of-" in str(s)}


def test_on_a_visit_to_a_place(tmp_path):
    assert "Visit of Alan Brookfield to Shanghai" in visits(tmp_path, LEAD + "is on a three-day visit to Shanghai.\n")


def test_in_a_place_on_a_visit_dated_by_the_arrival(tmp_path):
    found = visits(tmp_path, LEAD + "is in Shanghai this week, on a three-day visit to promote Riverton's services.\n\n"
                             "He arrived yesterday (March 19) and toured the Riverton Heritage Museum.\n")
    assert found["Visit of Alan Brookfield to Shanghai"] == {"start": {"2036-03-19"}, "end": {"2036-03-21"}}, found


def test_in_a_place_for_an_event_is_no_visit(tmp_path):
    assert not visits(tmp_path, LEAD + "is in Shanghai to attend the Riverton Legal Forum.\n")


def test_another_persons_arrival_does_not_date_the_visit(tmp_path):
    found = visits(tmp_path, LEAD + "is in Shanghai this week, on a visit to promote Riverton's services.\n\n"
                             "The Secretary for Justice, Mr Carl Dunmore, arrived yesterday (March 19).\n")
    assert found["Visit of Alan Brookfield to Shanghai"]["start"] == set(), found


def test_the_visit_patterns_fail_fast():
    import time
    from kg.extract.visits_on import ARRIVED, ON_VISIT
    texts = ["⟦person:0⟧, " + "a " * 3000 + "is in ⟦place:1⟧", "⟦person:0⟧ is in ⟦place:1⟧ " + "on a " * 2000]
    started = time.process_time()
    for text in texts:
        ON_VISIT.search(text), ARRIVED.search(text)
    assert time.process_time() - started < 1.0
