"""Wrong event facts of session 36 (invented sentences, none from a document of the repository): the mechanism's
own meetings told by a bare ordinal or as its "full session", each with its near miss."""

from rdflib.namespace import RDFS, SDO

from conftest import page_graph


def events(tmp_path, body: str, published: str = "2036-03-20") -> dict[str, set[str]]:
    """Each event's label (lower case) with its attendees' IRI endings."""
    graph = page_graph(tmp_path, body, title="Riverton news", published=published)
    return {str(label).lower(): {str(a).rsplit("/", 1)[-1] for a in graph.objects(s, SDO.attendee)}
            for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_the_conference_s_own_ordinal_meeting_is_no_event(tmp_path):
    found = events(tmp_path, "The conference was set up in May 2031, when the Mayor of Riverton visited Shanghai, and its first meeting was held in Shanghai on "
                             "June 3, 2031, chaired by the two mayors.\n")
    assert not any("first meeting" in e for e in found), found
    found = events(tmp_path, "The Hong Kong/Shanghai Co-operation Conference was set up in 2031 but has not met since "
                             "its second meeting, in Hong Kong in 2032.\n")
    assert not any("second meeting" in e for e in found), found


def test_the_conference_s_full_session_is_no_event(tmp_path):
    found = events(tmp_path, "The conference was set up in 2031 but has not held a full session since 2032.\n")
    assert not any("full session" in e for e in found), found


def test_a_working_group_s_ordinal_meeting_is_still_an_event(tmp_path):
    found = events(tmp_path, "The Riverton-Shanghai Working Group on Ports, set up under the conference, held its first "
                             "meeting in Shanghai today.\n")
    assert any("first meeting" in e for e in found), found
    found = events(tmp_path, "The Riverton-Macao Co-operation Conference held its second meeting in Macao yesterday.\n")
    assert any("second meeting" in e for e in found), found


def people(tmp_path, body: str) -> set[str]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(s).rsplit("/", 1)[-1] for s in graph.subjects() if "/person/" in str(s)}


def test_a_district_or_a_terminal_after_a_title_is_no_person(tmp_path):
    found = people(tmp_path, "The forum brought together Mr Ivo Pell, General Manager of The Harbourview Tsim Sha Tsui, "
                             "and Ms Ada Quell, chief executive officer of Harbourline Container Terminals.\n")
    assert not {"tsim-sha-tsui", "container-terminals"} & found, found
    assert {"ivo-pell", "ada-quell"} <= found, found


def test_who_held_a_meeting_with_whom_attends_it(tmp_path):
    found = events(tmp_path, "The Secretary for Housing, Ms Ada Vole, yesterday (19 March) held a working meeting in "
                             "Shanghai with the city's Vice Mayor, Mr Bo Kettle, to prepare for the forum.\n")
    meeting = next(v for k, v in found.items() if "working meeting" in k)
    assert {"ada-vole", "bo-kettle"} <= meeting, found


def test_one_who_only_speaks_of_a_meeting_held_does_not_attend_it(tmp_path):
    found = events(tmp_path, "Ms Ada Vole said the Riverton Trade Board held a working meeting in Shanghai with the "
                             "city's officials yesterday.\n")
    assert not any("ada-vole" in v for v in found.values()), found


def test_those_who_joined_a_meeting_are_not_at_a_session_recalled_in_passing(tmp_path):
    found = events(tmp_path, "The Secretary for Housing, Ms Ada Vole, yesterday held a working meeting in Shanghai with "
                             "the city's Vice Mayor, Mr Bo Kettle.\n\nThe meeting was the first at this level since the "
                             "conference's second plenary session in Hong Kong in September 2031.\n\nMs Vole was joined by "
                             "the Secretary for Transport, Mr Ivo Pell. On the Shanghai side were Vice-Mayor Lin Qiao and the director of the "
                             "municipal office, Ms Shen Mei.\n")
    meeting = next(v for k, v in found.items() if "working meeting" in k)
    assert {"ivo-pell", "shen-mei"} <= meeting, found
    assert not any({"ivo-pell", "shen-mei"} & v for k, v in found.items() if "working meeting" not in k), found


def organisers(tmp_path, body: str) -> dict[str, set[str]]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(label).lower(): {str(o).rsplit("/", 1)[-1] for o in graph.objects(s, SDO.organizer)}
            for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_bodies_that_hold_an_event_together_organise_it(tmp_path):
    found = organisers(tmp_path, "The Riverton Department of Trade will hold a legal services forum in Shanghai next "
                                 "month with the Lakeside Bar Association, and Mr Pell said more would follow.\n")
    assert found.get("legal services forum") == {"riverton-department-of-trade", "lakeside-bar-association"}, found
    found = organisers(tmp_path, "On 3 May, the Riverton General Chamber of Commerce and the Lakeside Federation of Trade and "
                                 "Industry jointly held the Riverton Capital Markets Seminar at the Peace Hotel.\n")
    assert found.get("riverton capital markets seminar") == {"riverton-general-chamber-of-commerce",
                                                             "lakeside-federation-of-trade-and-industry"}, found


def test_a_person_who_holds_an_event_is_no_organiser(tmp_path):
    found = organisers(tmp_path, "Mr Ivo Pell, Chairman of the Riverton Bar Association, hosted a dinner in Shanghai "
                                 "with Ms Ada Quell.\n")
    assert not any(found.values()), found


def test_a_title_that_holds_an_event_is_no_organiser(tmp_path):
    found = organisers(tmp_path, "The Chief Executive of the Riverton Government held a reception in Shanghai for "
                                 "Riverton students.\n")
    assert not any(found.values()), found


def test_a_bare_body_word_that_holds_an_event_is_no_organiser(tmp_path):
    found = organisers(tmp_path, "The Government will host a banquet in Shanghai for the visiting delegation.\n")
    assert not any(found.values()), found


def test_whose_support_a_meeting_is_held_with_is_not_at_it(tmp_path):
    found = events(tmp_path, "Ms Ada Vole held a working meeting in Shanghai with the support of Mr Bo Kettle.\n")
    meeting = next(v for k, v in found.items() if "working meeting" in k)
    assert "ada-vole" in meeting and "bo-kettle" not in meeting, found
