"""Sessions as newspapers and wire copy tell them: the mechanism described as the two cities' own ("the two cities'
co-operation conference", "The SAR and Shanghai ... their co-operation conference"), its co-chairs told by a
participle ("..., co-chairing its sixth plenary"), and a signing's day that is the session's ("signed on Tuesday
immediately after the sixth plenary session"). Invented sentences, none from a document of the repository, each
with a near miss."""

from rdflib import RDF
from rdflib.namespace import SDO

from conftest import page_graph, tail
from kg.namespaces import HKSH


def sessions(tmp_path, body: str, published: str = "2036-05-14") -> dict[int, dict[str, set[str]]]:
    graph = page_graph(tmp_path, body, title="Riverton Evening Post", published=published)
    return {int(graph.value(s, HKSH.sessionNumber)): {
        "date": {str(o) for o in graph.objects(s, SDO.startDate)},
        "place": {tail(o) for o in graph.objects(s, SDO.location)},
        "attendee": {tail(o) for o in graph.objects(s, SDO.attendee)}}
        for s in graph.subjects(RDF.type, HKSH.PlenarySession)}


def test_the_two_cities_conference_is_the_mechanism(tmp_path):
    found = sessions(tmp_path, "Officials from Shanghai said the two cities' co-operation conference would hold its ninth "
                               "plenary in Pudong on Tuesday.\n")
    assert set(found) == {9} and found[9]["place"] == {"pudong-new-area"}, found


def test_another_pairs_two_cities_conference_is_not(tmp_path):
    found = sessions(tmp_path, "Officials from Shanghai and Hangzhou said the two cities' co-operation conference would "
                               "hold its ninth plenary in Pudong on Tuesday.\n")
    assert found == {}, found


def test_the_sar_and_shanghai_name_their_conference(tmp_path):
    found = sessions(tmp_path, "The SAR and Shanghai signed nine deals on Tuesday at the 9th plenary of their "
                               "co-operation conference.\n")
    assert set(found) == {9} and found[9]["date"] == {"2036-05-13"}, found


def test_the_sar_and_another_city_do_not(tmp_path):
    found = sessions(tmp_path, "The SAR and Shenzhen signed nine deals on Tuesday at the 9th plenary of their "
                               "co-operation conference.\n")
    assert found == {}, found


def test_co_chairs_told_by_a_participle(tmp_path):
    found = sessions(tmp_path, "Chief Executive John Lee and Shanghai's mayor, Gong Zheng, gave the Hong Kong/Shanghai "
                               "Co-operation Conference a new start on Tuesday, co-chairing its ninth plenary in Shanghai.\n")
    assert found[9]["attendee"] == {"john-lee-ka-chiu", "gong-zheng"}, found


def test_co_chairs_told_after_with(tmp_path):
    found = sessions(tmp_path, "The Hong Kong/Shanghai Co-operation Conference met on Tuesday, with John Lee and "
                               "Shanghai Mayor Gong Zheng co-chairing its ninth plenary in Shanghai.\n")
    assert found[9]["attendee"] == {"john-lee-ka-chiu", "gong-zheng"}, found


def test_the_object_of_the_main_clause_is_no_co_chair(tmp_path):
    found = sessions(tmp_path, "John Lee met Shanghai Mayor Gong Zheng on Tuesday, co-chairing the ninth plenary "
                               "session of the Hong Kong/Shanghai Co-operation Conference.\n")
    assert "gong-zheng" not in found[9]["attendee"], found


def test_a_signing_right_after_the_session_gives_its_day(tmp_path):
    found = sessions(tmp_path, "Nine agreements were signed on Tuesday (May 13) immediately after the 9th Plenary "
                               "Session of the Hong Kong/Shanghai Co-operation Conference.\n")
    assert found[9]["date"] == {"2036-05-13"}, found


def test_a_signing_some_time_after_the_session_does_not(tmp_path):
    found = sessions(tmp_path, "The pact was signed in March 2036, after the 9th plenary session of the Hong "
                               "Kong/Shanghai Co-operation Conference.\n")
    assert found[9]["date"] == set(), found


def test_a_body_set_up_right_after_the_session_does_not(tmp_path):
    found = sessions(tmp_path, "The council was set up on 3 March, shortly after the 9th plenary session of the Hong "
                               "Kong/Shanghai Co-operation Conference.\n")
    assert found[9]["date"] == set(), found
