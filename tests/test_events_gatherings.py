"""A gathering named only by its kind ("a business roundtable", "a lunch"), attended by the sentence's subject
(invented sentences, none from a document of the repository, each with a near miss)."""

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail


def events(tmp_path, body: str) -> dict[str, dict]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(label): {k: {tail(o) for o in graph.objects(s, p)} for k, p in
                         (("start", SDO.startDate), ("place", SDO.location), ("att", SDO.attendee), ("org", SDO.organizer))}
            for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_a_roundtable_the_subject_spoke_at(tmp_path):
    found = events(tmp_path, "Today, Mr Alan Brookfield spoke at a business roundtable jointly organised by the Hong Kong Trade "
                             "Development Council.\n")
    table = found["Business roundtable"]
    assert table["att"] == {"alan-brookfield"} and table["start"] == {"2036-03-20"}, found
    assert table["org"] == {"hong-kong-trade-development-council"}, found


def test_a_lunch_named_by_those_met_at_it(tmp_path):
    found = events(tmp_path, "On March 21, Mr Alan Brookfield will meet young entrepreneurs from Riverton at a lunch in Shanghai.\n")
    lunch = next(v for k, v in found.items() if k.startswith("Lunch with young entrepreneurs"))
    assert lunch["start"] == {"2036-03-21"} and lunch["place"] == {"shanghai"} and lunch["att"] == {"alan-brookfield"}, found


def test_a_gathering_not_attended_or_named_by_nothing(tmp_path):
    found = events(tmp_path, "Today, Mr Alan Brookfield was unable to attend a business roundtable in Shanghai.\n")
    assert not any("roundtable" in k.lower() for k in found), found
    found = events(tmp_path, "Today, Mr Alan Brookfield attended a seminar in Shanghai.\n")
    assert not any("seminar" in k.lower() for k in found), found


def test_the_gathering_patterns_fail_fast():
    import time
    from kg.extract.gatherings import ATTENDED, MET_AT, ORGANISED
    texts = ["attended a " + "big " * 3000 + "x", "met " + "friends " * 3000 + "at a lunch", " organised by " + "Riverton, " * 3000]
    started = time.process_time()
    for text in texts:
        ATTENDED.search(text), MET_AT.search(text), ORGANISED.match(text)
    assert time.process_time() - started < 1.0
