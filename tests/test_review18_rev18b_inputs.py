"""Review of the sess17 rules (sessions, the mechanism's history): invented sentences of ordinary press releases and
pages on which a new rule gives a wrong fact (none from a document of the repository)."""

from rdflib.namespace import DCTERMS, SDO

from kg.namespaces import HKSH

ID = "https://w3id.org/hksh/id/"
CONF = ID + "org/hong-kong-shanghai-co-operation-conference"


def converted(tmp_path, body: str, published: str = "2031-05-12"):
    """The graph of a document converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "page.txt"
    path.write_text(f'---\ntitle: "Leaders meet in Shanghai"\npublished: {published}\nlanguage: en\n---\n{body}')
    return convert(path)


def sessions(graph) -> dict[int, dict[str, set[str]]]:
    """Each session's number with its start dates and places (by IRI tail)."""
    tail = lambda x: str(x).rsplit("/", 1)[-1]  # noqa: E731
    return {int(n): {"start": {str(d) for d in graph.objects(s, SDO.startDate)},
                     "places": {tail(p) for p in graph.objects(s, SDO.location)}}
            for s, n in graph.subject_objects(HKSH.sessionNumber)}


LEAD = "The Hong Kong/Shanghai Co-operation Conference has held these plenary sessions:\n\n"


def test_a_dated_line_about_a_sessions_agreements_does_not_date_the_session(tmp_path):
    # kg/extract/session_chronology.py LINE: the line's date is taken as the session's, though the line is about
    # something later that concerns it
    body = (LEAD + "27 October 2031: First Plenary Session, Shanghai.\n\n"
            "2034 – The First Plenary Session's agreements were reviewed in Hong Kong.\n\n"
            "2036: Second Plenary Session anniversary marked in Shanghai.\n")
    found = sessions(converted(tmp_path, body))
    assert found[1]["start"] == {"2031-10-27"}
    assert "2036" not in found.get(2, {"start": set()})["start"]


def test_a_session_not_held_here_is_not_placed_in_the_dateline_city(tmp_path):
    # kg/extract/session_here.py AFTER: "its ninth plenary session here" with the holding denied
    body = ("SHANGHAI, May 8 -- The Hong Kong/Shanghai Co-operation Conference did not hold its ninth plenary session "
            "here as planned.\n")
    assert "shanghai" not in sessions(converted(tmp_path, body))[9]["places"]


def test_it_after_a_question_naming_two_conferences_is_not_our_conference(tmp_path):
    # kg/extract/history.py after_the_mechanism: a FAQ's question naming the mechanism makes "It" the mechanism,
    # though the question names another conference after it
    body = ("The Hong Kong/Shanghai Co-operation Conference was set up in 2003.\n\n"
            "Is the Hong Kong/Shanghai Co-operation Conference related to the Hong Kong/Guangdong Co-operation Joint "
            "Conference?\n\nIt was set up in 1998.\n")
    graph = converted(tmp_path, body)
    from rdflib import URIRef
    created = {str(o) for o in graph.objects(URIRef(CONF), DCTERMS.created)}
    assert created == {"2003"}


def test_a_digests_bare_session_heading_over_another_conference_is_no_session_of_ours(tmp_path):
    # kg/text/chronology.py SESSION_HEADING: "Seventh Plenary Meeting" alone on its line is made a statement, and
    # the text's conference is given a seventh session, though the item under it is the Guangdong conference's
    body = ("News digest\n\nThe Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Shanghai "
            "on May 3.\n\nSeventh Plenary Meeting\n\nThe Hong Kong/Guangdong Co-operation Joint Conference met in "
            "Guangzhou on May 9.\n")
    found = sessions(converted(tmp_path, body))
    assert 7 not in found
    assert found[6] == {"start": {"2031-05-03"}, "places": {"shanghai"}}


def test_a_list_run_on_from_another_conferences_session_gives_ours_no_session(tmp_path):
    # kg/extract/session_lists.py: after a bare "sixth session, ..." the list's later items are read as the
    # mechanism's, though the sixth is the Guangdong conference's
    body = ("The Hong Kong/Shanghai Co-operation Conference held its fifth plenary session in Shanghai in 2029. "
            "The Hong Kong/Guangdong Co-operation Joint Conference held its sixth session, in Guangzhou in 2031, and the "
            "seventh, in Shenzhen in 2033.\n")
    found = sessions(converted(tmp_path, body))
    assert "shenzhen" not in found.get(7, {"places": set()})["places"]
    assert found[5] == {"start": {"2029"}, "places": {"shanghai"}}


def test_a_list_after_a_bare_session_stops_at_another_bodys_session(tmp_path):
    # kg/extract/session_lists.py: the items run on past "while the 24th Plenary Meeting of the Hong
    # Kong/Guangdong ...", giving the mechanism a 25th session in Guangzhou and its seventh the Hong Kong of that name
    body = ("The Hong Kong/Shanghai Co-operation Conference held its fifth plenary session in Shanghai in 2029. "
            "The sixth session, in Hong Kong, and the seventh, in 2033, were postponed, while the 24th Plenary Meeting "
            "of the Hong Kong/Guangdong Co-operation Joint Conference went ahead, and the 25th, in Guangzhou.\n")
    found = sessions(converted(tmp_path, body))
    assert 25 not in found
    assert "hong-kong" not in found.get(7, {"places": set()})["places"]


def test_another_conferences_following_areas_are_not_the_sessions(tmp_path):
    # kg/extract/areas.py: "in the following areas: A; B" is read, and a sentence that "agreed on" them gives
    # them to the last session told, though it is the Guangdong conference that agreed
    body = ("The Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today.\n\n"
            "The Hong Kong/Guangdong Co-operation Joint Conference agreed on co-operation in the following areas: "
            "water supply; cross-boundary transport.\n")
    graph = converted(tmp_path, body)
    session = next(graph.subjects(HKSH.sessionNumber, None))
    assert not {str(o).rsplit("/", 1)[-1] for o in graph.objects(session, DCTERMS.subject)} & {"water-supply", "cross-boundary-transport"}


def test_the_other_body_pattern_fails_fast():
    import time
    from kg.text.chronology import OTHER_BODY
    text = "Guangdong " + "Joint " * 20000 + "!"
    started = time.perf_counter()
    OTHER_BODY.search(text)
    assert time.perf_counter() - started < 0.05
