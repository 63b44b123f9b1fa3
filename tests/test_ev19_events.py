"""Events of kinds of text the ev19 rules read: a post's list of coming dates under its heading, (invented
sentences, none from a document of the repository, each with a near miss)."""

from rdflib.namespace import SDO

from conftest import tail


def converted(tmp_path, body: str, published: str = "2036-03-20"):
    """The graph of a document converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "page.txt"
    path.write_text(f'---\ntitle: "Riverton news"\npublished: {published}\nlanguage: en\n---\n{body}')
    return convert(path)


def starts(graph) -> dict[str, set[str]]:
    return {tail(s): {str(o) for o in graph.objects(s, SDO.startDate)} for s in set(graph.subjects(SDO.startDate, None))}


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
