"""Review of the ev29 event rules (journeys, homeward delegations, competitions' rounds): invented sentences,
none from a document of the repository, on which the rules invented a wrong fact."""

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail


def events(tmp_path, body: str, published: str = "2036-06-12") -> dict[str, tuple]:
    graph = page_graph(tmp_path, body, title="Riverton news", published=published)
    found = {}
    for s, label in graph.subject_objects(RDFS.label):
        if "/event/" in str(s):
            found[str(label)] = ({str(o) for o in graph.objects(s, SDO.startDate)}, {str(o) for o in graph.objects(s, SDO.endDate)},
                                 {tail(o) for o in graph.objects(s, SDO.location)}, {tail(o) for o in graph.objects(s, SDO.attendee)},
                                 {tail(o) for o in graph.objects(s, SDO.organizer)})
    return found


# Journeys

def test_a_host_welcoming_a_mission_is_not_its_leader(tmp_path):
    found = events(tmp_path, "A mission of Riverton traders to Shanghai led by the Riverton Trade Council and welcomed by "
                             "Mr Bo Linwei arrived today (June 12).\n")
    mission = found.get("Mission of Riverton traders to Shanghai")
    assert mission is not None, found
    assert "bo-linwei" not in mission[3], found


def test_an_organiser_of_an_event_during_a_journey_is_not_its_organiser(tmp_path):
    found = events(tmp_path, "During a study tour of Riverton students to Shanghai, the group attended a forum organised "
                             "by the Northport Youth Association today (June 12).\n")
    tour = found.get("Study tour of Riverton students to Shanghai")
    assert tour is not None, found
    assert "northport-youth-association" not in tour[4], found


def test_another_events_days_are_not_a_journeys_days(tmp_path):
    found = events(tmp_path, "During a study tour of Riverton students to Shanghai, the group visited the Northport Expo, "
                             "which runs from 1 May to 31 October.\n")
    tour = found.get("Study tour of Riverton students to Shanghai")
    assert tour is not None, found
    assert "2036-05-01" not in tour[0] and "2036-10-31" not in tour[1], found


def test_a_cancelled_mission_is_not_recorded(tmp_path):
    found = events(tmp_path, "The four-day mission of Riverton manufacturers to Shanghai, led by Council Chairman Mr Alan "
                             "Brookfield, was cancelled because of the typhoon.\n")
    assert "Mission of Riverton manufacturers to Shanghai" not in found, found


def test_another_thing_ending_gives_no_journey_its_last_day(tmp_path):
    found = events(tmp_path, "Members of a five-day study tour of Riverton students to Shanghai said the exhibition they "
                             "saw there ended on Sunday (June 7).\n")
    tour = found.get("Study tour of Riverton students to Shanghai", (set(), set()))
    assert "2036-06-07" not in tour[1], found


# Homeward delegations

def test_a_host_of_a_delegation_leaving_for_its_city_is_not_going_home(tmp_path):
    found = events(tmp_path, "Mr Alan Brookfield, who welcomed the Shanghai delegation when it arrived yesterday (June 11), "
                             "will leave for Shanghai on Sunday (June 14).\n")
    assert "Visit of Alan Brookfield to Hong Kong" not in found, found





# Competitions

def test_a_cancelled_final_is_not_recorded(tmp_path):
    found = events(tmp_path, "The final of the Riverton Robotics Contest, scheduled for today (June 12), was cancelled "
                             "because of the rainstorm.\n")
    assert "Final of Riverton Robotics Contest" not in found, found



def test_a_future_final_takes_no_day_of_the_sentence(tmp_path):
    found = events(tmp_path, "Mr Alan Brookfield today (June 12) received the Riverton team, which will compete in the final "
                             "of the Northport Robotics Contest later this year.\n")
    final = found.get("Final of Northport Robotics Contest", (set(),))
    assert "2036-06-12" not in final[0], found
