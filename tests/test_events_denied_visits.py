"""Visits not made, and a visit told in a relative clause about someone met (invented sentences, none from a
document of the repository, each with a near miss)."""

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail


def visits(tmp_path, body: str) -> dict[str, set[str]]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(label): {str(o) for o in graph.objects(s, SDO.startDate)}
            for s, label in graph.subject_objects(RDFS.label) if "/event/visit-of-" in str(s)}


LEAD = "The Secretary for Home Affairs, Mr Alan Brookfield, "


def test_a_delegation_one_was_unable_to_lead_is_no_visit(tmp_path):
    assert not visits(tmp_path, LEAD + "was unable to lead a delegation to Shanghai this week because of the typhoon.\n")
    assert not visits(tmp_path, LEAD + "could not travel to Shanghai today.\n")


def test_a_delegation_one_leads_is_a_visit(tmp_path):
    found = visits(tmp_path, LEAD + "led a delegation to Shanghai today.\n")
    assert any("Shanghai" in k for k in found), found


def test_a_visit_in_a_relative_clause_is_not_on_the_meetings_day(tmp_path):
    found = visits(tmp_path, "Today, Mr Alan Brookfield met the Mayor of Northport, Mr Bo Linwei, who will lead a delegation "
                             "to Hong Kong next month.\n")
    visit = next(v for k, v in found.items() if "Bo Linwei" in k)
    assert "2036-03-20" not in visit, found


def test_a_visit_in_a_relative_clause_keeps_its_own_day(tmp_path):
    found = visits(tmp_path, "Today, Mr Alan Brookfield met the Mayor of Northport, Mr Bo Linwei, who will lead a delegation "
                             "to Hong Kong on April 2.\n")
    assert next(v for k, v in found.items() if "Bo Linwei" in k) == {"2036-04-02"}, found



def test_a_reported_future_day_does_not_move_the_narratives_day(tmp_path):
    from conftest import event_starts
    body = ("Today, the Secretary for Home Affairs, Mr Alan Brookfield, toured the Riverton Heritage Museum.\n\n"
            "Mr Brookfield said he would join the Riverton Harbour Forum tomorrow.\n\n"
            "In the afternoon, Mr Brookfield visited the Riverton Maritime Museum.\n")
    found = event_starts(page_graph(tmp_path, body, title="Riverton news", published="2036-03-20"))
    assert next(v for k, v in found.items() if "maritime-museum" in k) == {"2036-03-20"}, found


def test_a_day_told_outside_reported_speech_moves_the_narratives_day(tmp_path):
    from conftest import event_starts
    body = ("Today, the Secretary for Home Affairs, Mr Alan Brookfield, toured the Riverton Heritage Museum.\n\n"
            "Mr Brookfield joined the Riverton Harbour Forum yesterday.\n\n"
            "In the afternoon, Mr Brookfield visited the Riverton Maritime Museum.\n")
    found = event_starts(page_graph(tmp_path, body, title="Riverton news", published="2036-03-20"))
    assert next(v for k, v in found.items() if "maritime-museum" in k) == {"2036-03-19"}, found
