"""Events of kinds of text the ev19 rules read: a post's list of coming dates under its heading, (invented
sentences, none from a document of the repository, each with a near miss)."""

from rdflib.namespace import SDO

from conftest import event_starts as starts, page_graph, tail


def converted(tmp_path, body: str, published: str = "2036-03-20"):
    return page_graph(tmp_path, body, title="Riverton news", published=published)


def ends(graph) -> dict[str, set[str]]:
    return {tail(s): {str(o) for o in graph.objects(s, SDO.endDate)} for s in set(graph.subjects(SDO.endDate, None))}


def test_dates_under_an_upcoming_heading_are_ahead(tmp_path):
    body = ("Upcoming events\n\nNovember 3: Riverton Youth Forum, at the Riverton Park\n"
            "December 5: Riverton Trade Fair, at the Riverton Exhibition Hall\n")
    found = starts(converted(tmp_path, body))
    assert any("2036-11-03" in days for name, days in found.items() if "youth-forum" in name), found


def test_dates_under_another_heading_stay_past(tmp_path):
    body = ("Looking back\n\nNovember 3: Riverton Youth Forum, at the Riverton Park\n"
            "December 5: Riverton Trade Fair, at the Riverton Exhibition Hall\n")
    found = starts(converted(tmp_path, body))
    assert any("2035-11-03" in days for name, days in found.items() if "youth-forum" in name), found


def test_the_expo_runs_until_a_weekday_is_its_end(tmp_path):
    body = "The Riverton International Trade Expo opened today (March 19). The expo runs until Sunday.\n"
    found = ends(converted(tmp_path, body, "2036-03-19"))
    assert any("2036-03-23" in days for name, days in found.items() if "trade-expo" in name), found


def test_a_past_run_until_a_weekday_gives_no_end(tmp_path):
    body = "The Riverton Trade Fair opened on Monday. The fair ran until Sunday.\n"
    assert not ends(converted(tmp_path, body, "2036-03-19"))


def test_a_date_a_run_ends_on_is_no_start(tmp_path):
    graph = converted(tmp_path, "The Riverton International Trade Expo runs until March 23.\n", "2036-03-19")
    assert not any("2036-03-23" in days for days in starts(graph).values()), starts(graph)
    assert any("2036-03-23" in days for days in ends(graph).values()), ends(graph)


def test_an_event_opened_today_that_runs_until_a_weekday(tmp_path):
    graph = converted(tmp_path, "The Riverton International Trade Expo, which runs until Sunday, opened today.\n", "2036-03-19")
    assert any("2036-03-19" in days for days in starts(graph).values()), starts(graph)
    assert any("2036-03-23" in days for days in ends(graph).values()), ends(graph)


def test_staying_until_a_weekday_is_no_events_end(tmp_path):
    body = "The Riverton Trade Fair was held on March 2. Officials stayed in Riverton until Sunday.\n"
    assert not ends(converted(tmp_path, body, "2036-03-19"))


def visits(graph) -> set[str]:
    from rdflib import URIRef
    from rdflib.namespace import RDF
    return {tail(s) for s in graph.subjects(RDF.type, URIRef("https://w3id.org/hksh/ontology#Visit"))}


def test_a_city_never_visited_is_no_visit(tmp_path):
    body = "Mr Wang Jun, Director of the Riverton Trade Office, said he had never visited Shanghai.\n"
    assert not visits(converted(tmp_path, body))


def test_a_city_visited_is_a_visit(tmp_path):
    body = "Mr Wang Jun, Director of the Riverton Trade Office, said he had visited Shanghai in 2030.\n"
    assert visits(converted(tmp_path, body))


def test_a_site_not_yet_toured_is_no_visit(tmp_path):
    body = "Ms Kay Lin, Secretary for Trade, has not yet toured the Lumen Science Park.\n"
    assert not visits(converted(tmp_path, body))


def test_a_site_toured_is_a_visit(tmp_path):
    body = "Ms Kay Lin, Secretary for Trade, has toured the Lumen Science Park.\n"
    assert visits(converted(tmp_path, body))


def test_a_visitor_returning_home_from_sites_of_hong_kong_visited_hong_kong(tmp_path):
    body = ("The Vice Mayor of Shanghai, Mr Zhou Tianyu, visited the Hong Kong Science Park today. Mr Zhou will "
            "return to Shanghai tomorrow.\n")
    assert any(name.startswith("visit-of-zhou-tianyu-to-hong-kong-") and "science-park" not in name
               for name in visits(converted(tmp_path, body))), visits(converted(tmp_path, body))


def test_a_city_of_a_province_is_not_taken_up_to_the_province(tmp_path):
    body = ("The Secretary for Commerce, Mr Hal Brody, attended a forum held in Nanchang today. He will return to "
            "Hong Kong tomorrow.\n")
    found = visits(converted(tmp_path, body))
    assert not any("jiangxi" in name for name in found), found


def attendees_of(graph, fragment: str) -> set[str]:
    return {tail(p) for s in graph.subjects(SDO.attendee, None) if fragment in tail(s) for p in graph.objects(s, SDO.attendee)}


TOUR = ("A delegation of the Riverton Municipal Government led by the Vice Mayor of Riverton, Mr Zhou Tianyu, toured "
        "the Lumen International Airport and the Lumen Science Park today (March 19).\n\n"
        "Members of the delegation included the Director of the Riverton Commission of Commerce, Ms Li Ming; and the "
        "Deputy Secretary-General of the Riverton Municipal Government, Mr Wang Jun.\n\n"
        "In the morning, the delegation was received at the airport by the Secretary for Transport, Mr Hal Brody. In "
        "the afternoon, the delegation visited the Lumen Science Park, where they were received by the Secretary for "
        "Innovation, Ms Dora Quill.\n\n")


def test_hosts_at_a_site_and_members_told_later_attend_the_tour(tmp_path):
    graph = converted(tmp_path, TOUR, "2036-03-19")
    assert {"hal-brody", "li-ming", "wang-jun", "zhou-tianyu"} <= attendees_of(graph, "international-airport")
    assert {"dora-quill", "li-ming", "wang-jun", "zhou-tianyu"} <= attendees_of(graph, "visit-to-the-lumen-science-park")


def test_a_person_received_elsewhere_is_not_at_the_site(tmp_path):
    body = TOUR + "Mr Zhou was received by the Chief Executive, Mr Kai Tam, at Government House.\n"
    graph = converted(tmp_path, body, "2036-03-19")
    assert "kai-tam" not in attendees_of(graph, "visit-to-the-lumen")


def test_the_leaders_own_visit_told_without_the_delegation_keeps_its_visitor(tmp_path):
    body = TOUR + "Mr Zhou Tianyu visited the Riverton Museum last year.\n"
    graph = converted(tmp_path, body, "2036-03-19")
    assert attendees_of(graph, "riverton-museum") == {"zhou-tianyu"}


def test_the_reception_pattern_fails_fast():
    import time
    from kg.extract.tour_hosts import RECEIVED
    text = "the delegation was received at " + "the airport and " * 2000 + "x"
    began = time.perf_counter()
    RECEIVED.search(text)
    assert time.perf_counter() - began < 0.5


ARRIVAL = ("A delegation of the Riverton Municipal Government led by the Vice Mayor of Riverton, Mr Zhou Tianyu, toured "
           "the Hong Kong Science Park today (March 19).\n\n"
           "Members of the delegation included the Director of the Riverton Commission of Commerce, Ms Li Ming.\n\n"
           "The delegation arrived in Hong Kong yesterday (March 18) for a three-day visit.\n")


def test_the_delegations_arrival_for_a_visit_of_days_is_its_visit(tmp_path):
    graph = converted(tmp_path, ARRIVAL, "2036-03-19")
    visit = [name for name in visits(graph) if name.startswith("visit-of-zhou-tianyu-to-hong-kong")]
    assert visit, visits(graph)
    assert {"zhou-tianyu", "li-ming"} <= attendees_of(graph, visit[0])
    assert starts(graph)[visit[0]] == {"2036-03-18"} and ends(graph)[visit[0]] == {"2036-03-20"}


def test_a_delegation_not_told_before_arriving_later_is_no_visit(tmp_path):
    body = "A delegation of the Lumen Trade Council will arrive in Hong Kong next month.\n"
    assert not visits(converted(tmp_path, body, "2036-03-19"))


def test_speakers_and_panellists_lists_end_at_a_clause_about_someone_else(tmp_path):
    # kg.extract.presence reads "Speakers included" with the list reader of kg.extract.panels (a refactor: one
    # reader for both)
    body = ("The Riverton Finance Forum was held in Hong Kong on March 3. Speakers included Ms Dora Quill and Mr Wang "
            "Jun, and the Secretary for Finance, Mr Hal Brody, is to visit Riverton in May.\n")
    found = attendees_of(converted(tmp_path, body), "finance-forum")
    assert {"dora-quill", "wang-jun"} <= found and "hal-brody" not in found, found


SESSION = "The Fifth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Hong Kong on March 16.\n\n"


def test_a_batch_signed_after_a_fronted_session_is_a_signing_on_its_day(tmp_path):
    found = starts(converted(tmp_path, SESSION + "After the session, ten co-operation documents were signed.\n"))
    assert found.get(next((n for n in found if n.startswith("signing-of-ten")), ""), set()) == {"2036-03-16"}, found


def test_a_batch_discussed_after_the_session_is_no_signing(tmp_path):
    found = starts(converted(tmp_path, SESSION + "After the session, ten co-operation documents were discussed.\n"))
    assert not any(n.startswith("signing") for n in found), found


def test_the_fronted_batch_pattern_fails_fast():
    import time
    from kg.extract.party_signings import FRONTED_AT
    text = "After the " + "joint " * 3000 + "session, ten agreements"
    began = time.perf_counter()
    FRONTED_AT.match(text)
    assert time.perf_counter() - began < 0.5
