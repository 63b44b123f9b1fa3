"""Wrong facts the precision33 probes drew, each with its near miss (invented sentences, none from a document of
the repository): a visit told again by its place alone, an event moved to another day, another pair's conference's
fields and its numbered meeting told twice, an industry read as an exhibition, a supposed meeting, a headline's
postponed event."""

from rdflib.namespace import RDFS, SDO

from conftest import page_graph


def events(tmp_path, body: str, published: str = "2036-03-20") -> dict[str, set[str]]:
    """Each event's label (lower case) with its start dates."""
    graph = page_graph(tmp_path, body, title="Riverton news", published=published)
    return {str(label).lower(): {str(d) for d in graph.objects(s, SDO.startDate)}
            for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_a_visit_told_again_by_its_place_is_the_same_visit(tmp_path):
    found = events(tmp_path, "The Secretary for Housing, Ms Ada Vole, visited Riverton today (March 20). During her visit "
                             "to Riverton, Ms Vole toured the Riverton Science Park.\n")
    visits = [e for e in found if e.startswith("visit")]
    assert sum("riverton science park" not in e for e in visits) == 1, found
    assert any("riverton science park" in e for e in visits), found


def test_a_visit_elsewhere_on_the_same_day_stays(tmp_path):
    found = events(tmp_path, "The Secretary for Housing, Ms Ada Vole, visited Riverton today (March 20). She then paid a "
                             "visit to Lakeside in the afternoon.\n")
    assert any("riverton" in e for e in found) and any("lakeside" in e for e in found), found


def test_an_event_moved_to_another_day_has_the_new_day(tmp_path):
    found = events(tmp_path, "The Riverton Trade Forum, originally scheduled for April 15, has been rescheduled to May 20 "
                             "owing to the availability of the venue. The rescheduled forum will be held at the Riverton Hall.\n")
    assert found == {"riverton trade forum": {"2036-05-20"}}, found
    found = events(tmp_path, "The Riverton Trade Forum has been moved from April 15 to May 20.\n")
    assert found == {"riverton trade forum": {"2036-05-20"}}, found
    found = events(tmp_path, "The Riverton Trade Forum, first set for April 15, will now be held on May 20.\n")
    assert found == {"riverton trade forum": {"2036-05-20"}}, found


def test_a_day_moved_to_lies_ahead_unless_its_year_is_given(tmp_path):
    assert events(tmp_path, "The Riverton Trade Forum has been postponed to January 12.\n") == {"riverton trade forum": {"2037-01-12"}}
    found = events(tmp_path, "The Riverton Trade Forum was postponed from April 2034 to March 2, 2035.\n")
    assert found == {"riverton trade forum": {"2035-03-02"}}, found


def test_an_event_held_on_its_day_keeps_it(tmp_path):
    found = events(tmp_path, "The Riverton Trade Forum was held on March 18 at the Riverton Hall.\n")
    assert found == {"riverton trade forum": {"2036-03-18"}}, found


def areas_of(reference, *paragraphs) -> set[str]:
    from conftest import facts
    found = facts(reference, *paragraphs)
    return {str(k).rsplit("/", 1)[-1] for k in found.mentions if "/area/" in str(k)}


def test_another_pair_s_conference_s_fields_are_not_ours(reference):
    found = areas_of(reference, "The Riverton-Macao Co-operation Conference held its second meeting in Macao yesterday.",
                     "The two sides signed four agreements covering tourism and health care.")
    assert not found, found


def test_our_fields_after_another_conference_are_ours(reference):
    found = areas_of(reference, "The Riverton-Macao Co-operation Conference held its second meeting in Macao yesterday.",
                     "The Hong Kong/Shanghai Co-operation Conference, by contrast, has focused on finance and tourism.")
    assert {"finance", "tourism"} <= found, found
    found = areas_of(reference, "The two sides signed four agreements covering tourism and health care.")
    assert "tourism" in found, found


def test_another_conference_s_numbered_meeting_is_one_event(tmp_path):
    found = events(tmp_path, "The Riverton-Macao Co-operation Conference held its second meeting in Macao yesterday.\n")
    assert len(found) == 1 and "second meeting" in next(iter(found)), found
    found = events(tmp_path, "The Riverton-Macao Co-operation Conference held its 12th Plenary Meeting in Macao yesterday.\n")
    assert len(found) == 1, found


def test_an_industry_among_fields_is_no_exhibition(tmp_path):
    found = events(tmp_path, "The two sides signed four agreements covering tourism, convention and exhibition, and health care.\n")
    assert not any("exhibition" in e for e in found), found
    found = events(tmp_path, "The Riverton Boat Exhibition opened at the harbourfront today.\n")
    assert any("exhibition" in e for e in found), found


def test_a_supposed_meeting_is_no_meeting(tmp_path):
    lead = "The Mayor of Riverton, Mr Ada Vole, and the Governor of Lakeside, Mr Bo Kettle, spoke at a dinner last week. "
    found = events(tmp_path, lead + "When Mr Vole next meets Mr Kettle, the test will be whether the plan yields results.\n")
    assert not any(e.startswith("meeting") for e in found), found
    found = events(tmp_path, lead + "When Mr Vole met Mr Kettle on March 2, they discussed ports.\n")
    assert any(e.startswith("meeting") for e in found), found


def test_a_headline_s_postponed_event_is_no_event(tmp_path):
    found = events(tmp_path, "Harbour Art Fair postponed\n\nThe Harbour Art Fair, due to open on Friday, has been postponed to next spring.\n")
    assert not found, found
    found = events(tmp_path, "Harbour Art Fair opens\n\nThe Harbour Art Fair opened at the harbourfront today.\n")
    assert "harbour art fair" in found, found


def test_a_reported_saying_s_weekday_is_past():
    from datetime import date
    from kg.extract.dates import find_dates
    said = find_dates("Ms Vole said on Wednesday that the two cities would do more.", date(2036, 10, 17))
    assert [str(d.start) for d in said] == ["2036-10-15"]
    plan = find_dates("Ms Vole will speak at the forum on Wednesday.", date(2036, 10, 17))
    assert [str(d.start) for d in plan] == ["2036-10-22"]


def test_a_byline_led_by_its_stamp_dates_the_page():
    from kg.text.date_lines import _stated_date
    assert str(_stated_date("2036-10-17 09:12:08 Source: Riverton Post By reporter Ada Vole")) == "2036-10-17"
    assert _stated_date("2036-10-17 Signing of the agreement") is None


def test_a_dateline_day_counts_the_story_s_weekdays(tmp_path):
    body = ("RIVERTON, Oct 15 -- The Riverton Trade Forum opened at the Riverton Hall on Wednesday. On Thursday, the "
            "delegation will tour the Riverton Science Park.\n")
    found = events(tmp_path, body, published="2036-10-16")
    assert found.get("riverton trade forum") == {"2036-10-15"}, found
    assert {"2036-10-16"} in found.values() and not any("2036-10-23" in d for d in found.values()), found


def test_a_founding_day_years_back_is_no_day_of_the_narrative(tmp_path):
    body = ("The Riverton Trade Forum opened at the Riverton Hall today (March 20). The conference was launched on "
            "October 27, 2003, in Riverton. During the forum, Ms Ada Vole and Mr Bo Kettle witnessed the signing of "
            "two agreements.\n")
    found = events(tmp_path, body)
    signing = [d for e, d in found.items() if e.startswith("signing")]
    assert signing and all("2003-10-27" not in d for d in signing), found


def test_a_promotion_conference_of_our_two_cities_keeps_its_fields(reference):
    found = areas_of(reference, "The Hong Kong-Shanghai Services Promotion Conference was held in Shanghai today.",
                     "At the conference, 12 agreements were signed, covering financial leasing, shipping services and tourism.")
    assert "tourism" in found, found
