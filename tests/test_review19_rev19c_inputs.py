"""Review of the sess18 rules (sessions, the mechanism's history, areas): invented sentences of press releases and
newspapers on which a new rule gives a wrong fact or loses a right one (none from a document of the repository)."""

from rdflib import URIRef
from rdflib.namespace import DCTERMS, SDO

from conftest import event_attendees as attendees, tail

ID = "https://w3id.org/hksh/id/"
CONF = "Hong Kong/Shanghai Co-operation Conference"
CONFERENCE = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
ATTENDING = ("Attending the meeting were the Chief Secretary for Administration, Mr Eric Chan, and the Financial "
             "Secretary, Mr Paul Chan.\n")
OFFICIALS = {"chan-kwok-ki", "paul-chan-mo-po"}


def converted(tmp_path, body: str, published: str = "2026-03-04"):
    """The graph of a document converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "page.txt"
    path.write_text(f'---\ntitle: "Leaders meet in Shanghai"\npublished: {published}\nlanguage: en\n---\n{body}')
    return convert(path)


def session(number: int) -> URIRef:
    return URIRef(f"{ID}session/hong-kong-shanghai-co-operation-conference-{number}")


def session_attendees(graph, number: int) -> set[str]:
    return {tail(p) for p in graph.objects(session(number), SDO.attendee)}


def others_with(graph, people: set[str]) -> set[str]:
    """The events, other than sessions, that any of the people attended."""
    return {label for label, who in attendees(graph).items() if who & people}


def renamed_on(graph) -> set[str]:
    return {str(day) for event in graph.subjects(URIRef("https://w3id.org/hksh/ontology#renamed"), CONFERENCE)
            for day in graph.objects(event, SDO.startDate)}


# kg/extract/session_meetings.py OTHER_MEETING: any "a ... meeting" in a sentence made "the meeting" after it
# some other meeting, though the words were the session's own ("a fruitful meeting"), a meeting still to be held
# ("agreed to hold a working meeting every year") or no meeting at all ("a regular meeting mechanism")

def test_a_session_called_a_fruitful_meeting_keeps_its_attendees(tmp_path):
    body = (f"The Sixth Plenary Session of the {CONF} was held in Hong Kong on 5 January 2026. The Chief Executive, "
            f"Mr John Lee, said it was a fruitful meeting.\n{ATTENDING}")
    assert OFFICIALS <= session_attendees(converted(tmp_path, body), 6)


def test_a_working_meeting_agreed_for_the_years_ahead_takes_no_attendees(tmp_path):
    body = ("On Monday, the Chief Executive, Mr John Lee, met the Party Secretary of Shanghai, Mr Chen Jining.\n"
            f"The Sixth Plenary Session of the {CONF} was held in Hong Kong on Tuesday, at which the two sides agreed "
            f"to hold a working meeting every year.\n{ATTENDING}")
    graph = converted(tmp_path, body)
    assert not others_with(graph, OFFICIALS)
    assert OFFICIALS <= session_attendees(graph, 6)


def test_a_regular_meeting_mechanism_set_up_takes_no_attendees(tmp_path):
    body = (f"The Seventh Plenary Session of the {CONF} was held in Shanghai on 21 August 2025. The two sides also "
            f"agreed to set up a regular meeting mechanism for their financial regulators.\n{ATTENDING}")
    graph = converted(tmp_path, body)
    assert not others_with(graph, OFFICIALS)
    assert OFFICIALS <= session_attendees(graph, 7)


def test_a_steering_committees_meeting_still_takes_the_attendees(tmp_path):
    body = (f"The Chief Executive attended the Seventh Plenary Session of the {CONF} in Shanghai on 21 August 2025. "
            "Before that, he had chaired the third meeting of the Steering Committee on the Northern Metropolis on "
            f"18 August.\n{ATTENDING}")
    graph = converted(tmp_path, body)
    assert not OFFICIALS & session_attendees(graph, 7)


# kg/extract/session_people.py THAT_SESSION: "co-chaired that session" after another pair's conference's plenary
# put its chairs at the mechanism's last session

def test_those_who_co_chaired_another_conferences_session_are_not_at_ours(tmp_path):
    body = (f"The Seventh Plenary Session of the {CONF} was held in Shanghai on 21 August 2025.\n"
            "The Hong Kong/Guangdong Co-operation Joint Conference held its 22nd plenary meeting in Guangzhou in 2019. "
            "The Chief Executive, Mrs Carrie Lam, and the Governor of Guangdong, Mr Ma Xingrui, co-chaired that session.\n")
    assert not {"carrie-lam-cheng-yuet-ngor", "ma-xingrui"} & session_attendees(converted(tmp_path, body), 7)


def test_those_who_co_chaired_our_session_are_still_read(tmp_path):
    body = (f"The Seventh Plenary Session of the {CONF} was held in Shanghai on 21 August 2025. "
            "The Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, co-chaired that session.\n")
    assert {"john-lee-ka-chiu", "gong-zheng"} <= session_attendees(converted(tmp_path, body), 7)


# kg/extract/history.py TOOK_NAME: "the two sides renamed it" where "it" is a task force or a committee the text
# named, not the mechanism

def test_a_task_force_renamed_is_not_the_mechanism_renamed(tmp_path):
    body = (f"The Seventh Plenary Session of the {CONF} was held in Shanghai on 21 August 2025.\n"
            "The Task Force on Youth Development, which the two cities set up in 2019, reported to the session. The two "
            "sides renamed it in 2024 to reflect its wider remit.\n")
    assert "2024" not in renamed_on(converted(tmp_path, body))


def test_a_committee_renamed_at_a_session_is_not_the_mechanism_renamed(tmp_path):
    body = (f"The {CONF} held its third plenary session in 2015. The Hong Kong/Shanghai Economic and Trade Promotion "
            "Committee was set up in 2001, and the two governments formally renamed it at the session.\n")
    assert "2015" not in renamed_on(converted(tmp_path, body))


# kg/extract/sessions.py AFTER_IT: "following the first plenary session of the X held in Shanghai": a reduced
# relative clause after the session let the main clause's day before it be the session's

def test_a_day_before_following_a_session_held_somewhere_is_not_its_day(tmp_path):
    body = (f"The Youth Task Force was set up in November last year, following the first plenary session of the {CONF} "
            "held in Shanghai.\n")
    graph = converted(tmp_path, body)
    assert not any(str(day).startswith("2025-11") for day in graph.objects(session(1), SDO.startDate))
    assert not any(str(day).startswith("2025-11") for day in graph.objects(CONFERENCE, DCTERMS.created))


# kg/extract/session_trips.py TRIP (now with "a delegation of 11 officials"): a trip denied or that never was made
# its traveller one of the session's attendees

def test_a_delegation_that_would_have_gone_to_a_postponed_session_attended_nothing(tmp_path):
    for verb in ("would have led a delegation of 11 officials", "had been due to lead a delegation of 11 officials",
                 "will not lead a delegation of officials", "did not travel"):
        body = (f"The Chief Executive, Mr John Lee, {verb} to Shanghai for the Eighth Plenary Session of the {CONF}, "
                "which was postponed.\n")
        assert "john-lee-ka-chiu" not in session_attendees(converted(tmp_path, body), 8), verb


def test_a_delegation_of_officials_led_to_the_session_still_attended_it(tmp_path):
    body = (f"The Chief Executive, Mr John Lee, led a delegation of 11 principal officials to Shanghai for the Seventh "
            f"Plenary Session of the {CONF}.\n")
    assert "john-lee-ka-chiu" in session_attendees(converted(tmp_path, body), 7)


# kg/extract/session_people.py HOST_PLACE (now reading "the Eighth Plenary Session" in capitals): a host on a
# condition made the city the session's place

def test_a_city_that_would_host_a_session_on_a_condition_is_not_its_place(tmp_path):
    body = (f"The Seventh Plenary Session of the {CONF} was held on 21 August 2025. Hong Kong would host the Eighth "
            "Plenary Session if the two sides agreed.\n")
    assert not list(converted(tmp_path, body).objects(session(8), SDO.location))


def test_a_city_that_will_host_a_session_is_still_its_place(tmp_path):
    body = f"The Seventh Plenary Session of the {CONF} was held on 21 August 2025. Hong Kong will host the Eighth Plenary Session.\n"
    assert [tail(p) for p in converted(tmp_path, body).objects(session(8), SDO.location)] == ["hong-kong"]


# kg/extract/history.py APPOSED: "which the two sides set up on the basis of the agreement signed in 2001": the
# agreement's year was taken for the founding

def test_a_founding_on_the_basis_of_an_earlier_agreement_is_not_dated_by_it(tmp_path):
    body = f"The {CONF}, which the two sides set up on the basis of the agreement signed in 2001, met today.\n"
    assert "2001" not in {str(o) for o in converted(tmp_path, body).objects(CONFERENCE, DCTERMS.created)}


def test_a_founding_which_the_two_cities_set_up_in_a_year_is_still_dated(tmp_path):
    body = f"The {CONF}, which the two cities set up in Shanghai in 2003, met today.\n"
    assert {str(o) for o in converted(tmp_path, body).objects(CONFERENCE, DCTERMS.created)} == {"2003"}
