"""Events told by notices and transcripts: media invitations set out as field blocks ("Event 1: ...",
"Date: ...", "Venue: ...", "Officiating guests: ..."), and a transcript's heading naming a press conference
(invented texts, none from a document of the repository)."""

from datetime import date

from rdflib.namespace import RDFS, SDO

from conftest import cleaned_events


def events(reference, body: str, published=None) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Notice", published=published)


NOTICE = """Media invitation

The Secretary for Trade, Mr Hal Brody, will attend the following events in Shanghai on May 12 (Tuesday). Media are invited to cover the events.

Event 1: Signing ceremony of the memorandum on river port logistics

Date: May 12 (Tuesday)

Time: 10.30am

Venue: Function Room 2, Lotus Harbour Hotel, 18 Canal Road, Xuhui District

Signatories: Mr Hal Brody and Ms Dora Quill

Witnessed by: Mr Ivo Lark

Event 2: Riverton Craft Week opening ceremony

Date: May 13 (Wednesday)

Time: 4pm

Venue: Kestrel Art Centre

Officiating guests: Ms Dora Quill

Media representatives are requested to arrive by 10am.
"""


def test_each_block_of_a_notice_is_an_event_with_its_day_place_and_guests(reference):
    found = events(reference, NOTICE, published=date(2031, 5, 8))
    signing = found["Signing ceremony of the memorandum on river port logistics"]
    assert signing["start"] == ["2031-05-12"]
    assert signing["places"] == {"lotus-harbour-hotel", "xuhui-district"}
    assert signing["attendees"] == {"hal-brody", "dora-quill", "ivo-lark"}
    week = found["Riverton Craft Week opening ceremony"]
    assert week["start"] == ["2031-05-13"] and week["places"] == {"kestrel-art-centre"}
    assert week["attendees"] == {"hal-brody", "dora-quill"}
    assert not any(label in found for label in ("Riverton Craft Week", "Opening ceremony"))


def test_fields_under_a_notice_sentence_tell_of_the_event_it_names(reference):
    body = ("Mr Hal Brody will officiate at the opening ceremony of the Riverton Boat Fair. Details are as follows:\n\n"
            "Date: June 2 (Monday)\n\nTime: 7pm\n\nVenue: Kestrel Art Centre, 3 Canal Road\n")
    found = events(reference, body, published=date(2031, 5, 30))
    fair = next(facts for label, facts in found.items() if label.startswith("Opening ceremony"))
    assert fair["start"] == ["2031-06-02"] and fair["places"] == {"kestrel-art-centre"}


def test_a_lone_field_line_in_prose_is_no_notice(reference):
    body = ("Mr Hal Brody attended the opening ceremony of the Riverton Boat Fair in Shanghai today.\n\n"
            "Venue: Kestrel Art Centre\n\nThe fair runs for a week.\n")
    found = events(reference, body, published=date(2031, 5, 30))
    assert not any("kestrel-art-centre" in facts["places"] for facts in found.values())


def test_a_transcripts_heading_tells_the_press_conference_and_what_it_followed(reference):
    body = ("Following is the transcript of the joint media session by the Secretary for Trade, Mr Hal Brody, and the "
            "Vice Mayor, Ms Dora Quill, after the Riverton Ports Forum at the Kestrel Art Centre this afternoon (May 12):\n\n"
            "Secretary for Trade: Good afternoon. The forum was a success.\n")
    found = events(reference, body, published=date(2031, 5, 12))
    session = found["Joint media session"]
    assert session["attendees"] == {"hal-brody", "dora-quill"} and session["start"] == ["2031-05-12"]
    assert session["places"] == {"kestrel-art-centre"}
    assert found["Riverton Ports Forum"]["attendees"] == {"hal-brody", "dora-quill"}


def test_a_press_conference_told_outside_a_transcripts_heading_gets_no_speakers(reference):
    body = ("Mr Hal Brody spoke of the joint media session after the Riverton Ports Forum, where Ms Dora Quill "
            "answered questions this afternoon (May 12).\n")
    found = events(reference, body, published=date(2031, 5, 12))
    assert "dora-quill" not in found.get("Riverton Ports Forum", {}).get("attendees", set())
    assert "hal-brody" not in found.get("Joint media session", {}).get("attendees", set())


def converted(tmp_path, body: str, published: str) -> dict[str, list[str]]:
    """Each event's label with its start dates, the document converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "blog.txt"
    path.write_text(f'---\ntitle: "Live: the delegation in Riverton"\npublished: {published}\nlanguage: en\n---\n{body}')
    graph = convert(path)
    return {str(o): sorted(str(d) for d in graph.objects(s, SDO.startDate)) for s, o in graph.subject_objects(RDFS.label)
            if "/event/" in str(s)}


BLOG = """5.45pm

Mr Hal Brody and Ms Dora Quill met the press.

3.10pm

The signing ceremony of the river ports memorandum has just concluded.

14:05 HKT

Mr Hal Brody arrived for a luncheon with Riverton shipping companies.

Officials said a dinner will be held next month.
"""


def test_the_posts_of_a_live_blog_are_on_its_day(tmp_path):
    found = converted(tmp_path, BLOG, "2031-05-12")
    assert found["Signing ceremony"] == ["2031-05-12"]
    assert found["Luncheon with Riverton shipping companies"] == ["2031-05-12"]
    assert found.get("Dinner", []) != ["2031-05-12"]


def test_one_time_in_a_story_makes_no_live_blog(tmp_path):
    body = BLOG.replace("3.10pm\n", "").replace("14:05 HKT\n", "").replace("has just concluded", "concluded after weeks")
    found = converted(tmp_path, body, "2031-05-12")
    assert found.get("Signing ceremony", []) == []


def test_a_relative_days_possessive_dates_the_event_it_names(reference):
    body = ("In an interview, Mr Hal Brody said last month's Riverton Ports Forum drew 800 participants and "
            "next year's Lotus Harbour Expo would be larger.\n")
    found = events(reference, body, published=date(2031, 5, 12))
    assert found["Riverton Ports Forum"]["start"] == ["2031-04"]
    assert found["Lotus Harbour Expo"]["start"] == ["2032"]


def test_this_years_edition_or_a_possessive_of_something_else_dates_nothing(reference):
    body = ("Mr Hal Brody said this year's Lotus Harbour Expo would be larger, and last month's figures from the "
            "Riverton Ports Forum were strong.\n")
    found = events(reference, body, published=date(2031, 5, 12))
    assert found["Lotus Harbour Expo"]["start"] == [] and found["Riverton Ports Forum"]["start"] == []


def test_a_day_a_clause_looks_ahead_to_does_not_move_the_narrative(reference):
    body = ("Mr Hal Brody arrived in Shanghai today (May 6) for the Riverton Ports Forum, which will take place tomorrow.\n\n"
            "In the afternoon, he attended a luncheon hosted by the Hong Kong Trade Development Council.\n")
    found = events(reference, body, published=date(2031, 5, 6))
    assert found["Riverton Ports Forum"]["start"] == ["2031-05-07"]
    assert found["Luncheon hosted by the Hong Kong Trade Development Council"]["start"] == ["2031-05-06"]


def test_a_later_day_told_in_the_main_clause_moves_the_narrative(reference):
    body = ("Mr Hal Brody arrived in Shanghai on May 5, and he spoke at the Riverton Ports Forum on May 6.\n\n"
            "In the afternoon, he attended a luncheon hosted by the Hong Kong Trade Development Council.\n")
    found = events(reference, body, published=date(2031, 5, 8))
    assert found["Luncheon hosted by the Hong Kong Trade Development Council"]["start"] == ["2031-05-06"]


def test_people_met_where_a_site_is_visited_are_at_the_visit(reference):
    body = "In the afternoon, Mr Hal Brody visited the Riverton Maritime Museum, where he met Ms Dora Quill.\n"
    found = events(reference, body, published=date(2031, 5, 6))
    assert found["Visit to the Riverton Maritime Museum"]["attendees"] == {"hal-brody", "dora-quill"}
    assert not any(label.startswith("Meeting") for label in found)


def test_people_met_elsewhere_than_at_a_site_visit_still_meet(reference):
    body = ("In the afternoon, Mr Hal Brody visited the Riverton Maritime Museum. Later, he met Ms Dora Quill.\n\n"
            "He attended the Riverton Ports Forum, where he met Mr Ivo Lark.\n")
    found = events(reference, body, published=date(2031, 5, 6))
    assert sum(label.startswith("Meeting") for label in found) == 2


def test_a_venue_told_with_its_district_places_the_event_in_both(reference):
    body = "Mr Hal Brody attended the Riverton Gala Dinner at the Harbour Grand Hall in Jing'an.\n"
    assert events(reference, body)["Riverton Gala Dinner"]["places"] == {"harbour-grand-hall", "jingan-district"}


def test_a_venue_told_with_a_month_or_an_organisation_after_it_is_the_only_place(reference):
    body = ("Mr Hal Brody attended the Riverton Gala Dinner at the Harbour Grand Hall in May.\n\n"
            "Ms Dora Quill attended the Lotus Boat Fair at the Kestrel Art Centre in the Hong Kong Trade Development Council's name.\n")
    found = events(reference, body)
    assert found["Riverton Gala Dinner"]["places"] == {"harbour-grand-hall"}
    assert found["Lotus Boat Fair"]["places"] <= {"kestrel-art-centre"}


def test_arriving_at_a_named_place_for_an_event_attends_it_there(reference):
    body = "Mr Hal Brody and Ms Dora Quill arrived at the Kestrel Art Centre for a luncheon hosted by the Hong Kong Trade Development Council.\n"
    luncheon = events(reference, body)["Luncheon hosted by the Hong Kong Trade Development Council"]
    assert luncheon["attendees"] == {"hal-brody", "dora-quill"} and luncheon["places"] == {"kestrel-art-centre"}


def test_arriving_at_an_unnamed_place_or_told_by_another_places_no_one(reference):
    body = ("Ms Dora Quill said that guests arrived at the Kestrel Art Centre for a luncheon hosted by the Hong Kong Trade Development Council.\n\n"
            "Mr Hal Brody arrived at the venue for a dinner hosted by the Hong Kong Trade Development Council.\n")
    found = events(reference, body)
    assert "dora-quill" not in found["Luncheon hosted by the Hong Kong Trade Development Council"]["attendees"]
    assert found["Dinner hosted by the Hong Kong Trade Development Council"]["places"] == set()


def test_the_arrival_patterns_fail_fast_on_long_runs():
    import time
    from kg.extract.arrivals import ARRIVED, SUBJECT
    text = "⟦person:1⟧, and Mr " * 400 + "x arrived at the " + "Hall " * 400 + "for "
    began = time.perf_counter()
    SUBJECT.search(text, 0, len(text) - 30)
    ARRIVED.search(text)
    assert time.perf_counter() - began < 0.5
