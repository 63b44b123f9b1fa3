"""Review of the ev16/sess16 rules: invented ordinary web pages and sentences on which a new rule gives a
wrong fact (none from a document of the repository)."""

from rdflib.namespace import DCTERMS, RDFS, SDO

ID = "https://w3id.org/hksh/id/"


def converted(tmp_path, body: str, published: str):
    """The graph of a document converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "page.txt"
    path.write_text(f'---\ntitle: "Leaders meet in Shanghai"\npublished: {published}\nlanguage: en\n---\n{body}')
    return convert(path)


def by_label(graph) -> dict[str, dict[str, set[str]]]:
    """Each event's label with its start dates, places and attendees (by IRI tail)."""
    tail = lambda x: str(x).rsplit("/", 1)[-1]  # noqa: E731
    return {str(o): {"start": {str(d) for d in graph.objects(s, SDO.startDate)},
                     "places": {tail(p) for p in graph.objects(s, SDO.location)},
                     "attendees": {tail(p) for p in graph.objects(s, SDO.attendee)}}
            for s, o in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_a_pages_date_time_and_location_metadata_give_no_event_its_day_or_place(tmp_path):
    # kg/text/clean.py NOTICE_KEYS/NOTICE_FIELD keep the metadata lines; kg/extract/notice_blocks.py gives them
    # to the last event the article named (a forum still to be held)
    body = ("The Chief Executive, Mr Hal Brody, met the Mayor of Shanghai, Ms Dora Quill, in Shanghai today.\n\n"
            "The two sides agreed to hold a forum on green finance.\n\n"
            "Date: 4 March 2026\n\nTime: 10:32\n\nLocation: Hong Kong\n\nShare this article\n")
    forum = by_label(converted(tmp_path, body, "2026-03-04"))["Forum on green finance"]
    assert "2026-03-04" not in forum["start"]
    assert "hong-kong" not in forum["places"]


def test_posted_and_updated_stamps_of_a_news_article_make_no_live_blog(tmp_path):
    # kg/text/clean.py STAMP/_stamped: two stamps make every later paragraph a post of the publication day
    # (kg/extract/posted_days.py); before the change the banquet was on the narrative's day, Monday
    body = ("Posted 09:15\n\nUpdated 11:40\n\n"
            "The Chief Executive, Mr Hal Brody, met the Mayor of Shanghai, Ms Dora Quill, in Shanghai on Monday.\n\n"
            "The two sides agreed to hold a forum on green finance.\n\n"
            "Mr Brody also attended a banquet hosted by Ms Quill.\n")
    found = by_label(converted(tmp_path, body, "2026-03-06"))
    assert found["Forum on green finance"]["start"] == set()
    assert found["Banquet hosted by Ms Quill"]["start"] == {"2026-03-02"}


def test_a_where_met_clause_does_not_delete_a_named_meeting_later_in_the_sentence(tmp_path):
    # kg/extract/site_meetings.py takes back the last "meeting" of the sentence, here the association's
    body = ("The Secretary for Trade, Mr Hal Brody, visited Fudan University, where he met students, and then "
            "attended the annual meeting of the Shanghai Bar Association on May 10.\n")
    found = by_label(converted(tmp_path, body, "2031-05-12"))
    assert "Annual meeting of the Shanghai Bar Association" in found
    meeting = found["Annual meeting of the Shanghai Bar Association"]
    assert meeting["start"] == {"2031-05-10"} and "hal-brody" in meeting["attendees"]


def test_arriving_at_an_airport_to_attend_a_summit_does_not_hold_the_summit_there(tmp_path):
    # kg/extract/arrivals.py: where one arrives is taken as where the event is
    body = "Mr Hal Brody arrived at Hong Kong International Airport to attend the Belt and Road Summit on May 10.\n"
    summit = by_label(converted(tmp_path, body, "2031-05-12"))["Belt and Road Summit"]
    assert "hong-kong-international-airport" not in summit["places"]


def test_a_person_a_transcripts_remarks_are_about_is_no_speaker(tmp_path):
    # kg/extract/transcripts.py: with no "after", everyone the heading names attends the media session
    body = ("Following is the transcript of remarks by the Secretary for Trade, Mr Hal Brody, at a media session "
            "today (May 12) on the visit of Ms Dora Quill to the Riverton Ports Forum:\n\n"
            "Secretary for Trade: Good afternoon.\n")
    session = by_label(converted(tmp_path, body, "2031-05-12"))["Media session"]
    assert session["attendees"] == {"hal-brody"}


def test_a_news_pages_section_sidebar_gives_the_session_no_areas(tmp_path):
    # kg/text/item_lists.py list_heading keeps the sidebar's section names; kg/extract/area_headings.py makes
    # them the session's areas
    body = ("The Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today.\n\n"
            "The Chief Executive, Mr Hal Brody, and the Mayor of Shanghai, Ms Dora Quill, co-chaired the session.\n\n"
            "Most read\n\nFinance\n\n1. Stocks rally as rate cut hopes grow.\n\n2. Bank profits slip.\n\n"
            "Tourism\n\n1. Hotel occupancy hits record.\n\n2. New cruise terminal opens.\n\n"
            "Education\n\n1. University rankings out.\n")
    graph = converted(tmp_path, body, "2031-05-12")
    session = next(s for s in graph.subjects() if str(s).startswith(ID + "session/"))
    assert set(graph.objects(session, DCTERMS.subject)) == set()


def test_a_sidebar_of_headlines_with_their_sources_gives_the_session_no_areas(tmp_path):
    # kg/text/item_lists.py item_line takes "(Reuters)" at a headline's end for the bodies responsible for an item
    body = ("The Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today.\n\n"
            "Related stories\n\nFinance\n\n1. Stocks rally as rate cut hopes grow (Reuters)\n\n2. Bank profits slip (Xinhua)\n\n"
            "Tourism\n\n1. Hotel occupancy hits record (Xinhua)\n")
    graph = converted(tmp_path, body, "2031-05-12")
    session = next(s for s in graph.subjects() if str(s).startswith(ID + "session/"))
    assert set(graph.objects(session, DCTERMS.subject)) == set()


def test_set_for_a_citys_companies_is_no_session_place(tmp_path):
    # kg/extract/session_places.py SLATED: "set for ⟦place⟧" with the place the first word of a longer phrase
    body = ("The seventh plenary session of the Hong Kong/Shanghai Co-operation Conference was set for Hong Kong "
            "companies to showcase their services.\n")
    graph = converted(tmp_path, body, "2031-05-12")
    session = next(s for s in graph.subjects() if str(s).startswith(ID + "session/"))
    assert {str(p).rsplit("/", 1)[-1] for p in graph.objects(session, SDO.location)} == set()
