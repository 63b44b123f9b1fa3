"""Programmes told day by day under day headings, and events a body holds "today", read from invented texts
(none from a document of the repository)."""

from datetime import date

from kg.text.page_shapes import day_heading

from conftest import cleaned_events


def events(reference, body: str, published=None) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Report", published=published)


def starts(found: dict, prefix: str) -> list[str]:
    return next(e["start"] for label, e in found.items() if label.startswith(prefix))


def test_day_headings_give_their_day_and_nothing_else():
    assert day_heading("Day 2 (Tuesday, 9 March 2032)") == date(2032, 3, 9)
    assert day_heading("Day 3: 10 March 2032") == date(2032, 3, 10)
    assert day_heading("Thursday, March 11, 2032") == date(2032, 3, 11)
    assert day_heading("11 March 2032 (Thursday)") == date(2032, 3, 11)
    assert day_heading("Day 2 (Tuesday, 9 March 2032") == date(2032, 3, 9)  # a bracket left open is a typo
    assert day_heading("Day 2 (Tuesday, 9 March 2032) Arrival and briefing") is None
    assert day_heading("The delegation left on Thursday, March 11, 2032") is None
    assert day_heading("Day 4 (11 March)") is None  # no year to place it


REPORT = """Report of the Riverton Council delegation on its visit to Lakeside

Day 1 (Monday, 8 March 2032)

The delegation arrived in Lakeside in the afternoon and toured the Lakeside Ferry Terminal.

Day 2 (Tuesday, 9 March 2032)

In the morning, the delegation visited the Lakeside Boatbuilding Museum. The delegation then toured the North Pier Depot.

Wednesday, 10 March 2032

The delegation visited the Lakeside Rowing Academy before returning to Riverton.
"""


def test_items_under_a_day_heading_are_on_its_day(reference):
    found = events(reference, REPORT)
    assert starts(found, "Visit to the Lakeside Boatbuilding Museum") == ["2032-03-09"]
    assert starts(found, "Visit to the North Pier Depot") == ["2032-03-09"]
    assert starts(found, "Visit to the Lakeside Rowing Academy") == ["2032-03-10"]


def test_a_heading_without_a_date_does_not_move_the_day(reference):
    text = REPORT.replace("Day 2 (Tuesday, 9 March 2032)", "Day 2 (Tuesday)")
    found = events(reference, text)
    assert starts(found, "Visit to the Lakeside Boatbuilding Museum") != ["2032-03-09"]


def test_an_investment_roadshow_is_an_event_its_holder_organised_today(reference):
    found = events(reference, 'The Shanghai Economic and Trade Office today (May 20) held the "Riverton: Gateway to the Lakes" '
                              "investment roadshow at the Harbour Crown Hotel in Lakeside.", published=date(2032, 5, 20))
    roadshow = next(e for label, e in found.items() if "roadshow" in label.lower())
    assert roadshow["organisers"] == {"hong-kong-economic-and-trade-office-in-shanghai"}
    assert roadshow["start"] == ["2032-05-20"]


def test_a_body_that_today_attended_a_roadshow_did_not_organise_it(reference):
    found = events(reference, 'The Shanghai Economic and Trade Office today (May 20) attended the "Riverton: Gateway to the Lakes" '
                              "investment roadshow at the Harbour Crown Hotel in Lakeside.", published=date(2032, 5, 20))
    roadshow = next(e for label, e in found.items() if "roadshow" in label.lower())
    assert roadshow["organisers"] == set()


FORUM = ("The Riverton Boating Council today held the Lakeside Waterways Forum in Lakeside. Speaking at the opening "
         "session, the Chairman of the Riverton Boating Council, Mr Hal Brody, said that ferries would double by 2035. "
         "The forum featured a panel discussion on river logistics, moderated by Ms Ada Quill. The panellists were the "
         "Chief Executive Officer of Lakeside Ferry Holdings Co., Ltd, Mr Tom Rudd; the Partner of Quay Law LLP, "
         "Ms Ivy Marsh; and the Managing Director of Pier Capital Partners, Mr Leo Fenn.")


def test_speakers_at_an_opening_session_attend_the_forum_it_opens(reference):
    found = events(reference, FORUM, published=date(2032, 5, 20))
    assert not any(label.lower().startswith("opening session") for label in found)
    assert "hal-brody" in found["Lakeside Waterways Forum"]["attendees"]


def test_an_opening_session_with_no_larger_event_named_stays_an_event(reference):
    found = events(reference, "Speaking at the opening session, the Chairman of the Riverton Boating Council, "
                              "Mr Hal Brody, said that ferries would double by 2035.", published=date(2032, 5, 20))
    assert any(label.lower().startswith("opening session") for label in found)


def test_panellists_listed_by_title_sit_on_the_panel_and_attend_the_forum(reference):
    found = events(reference, FORUM, published=date(2032, 5, 20))
    panel = next(e for label, e in found.items() if label.startswith("Panel discussion"))
    assert {"tom-rudd", "ivy-marsh", "leo-fenn", "ada-quill"} <= panel["attendees"]
    forum = found["Lakeside Waterways Forum"]["attendees"]
    assert {"tom-rudd", "ivy-marsh", "leo-fenn", "ada-quill"} <= forum


def test_a_panel_the_forum_did_not_feature_shares_no_one(reference):
    text = FORUM.replace("The forum featured a panel discussion", "Separately, a panel discussion was held")
    found = events(reference, text, published=date(2032, 5, 20))
    assert not {"tom-rudd", "ivy-marsh", "leo-fenn"} & found["Lakeside Waterways Forum"]["attendees"]


def test_panellists_are_not_the_guests_a_sentence_lists_otherwise(reference):
    text = FORUM.replace("The panellists were", "Among the guests were")
    found = events(reference, text, published=date(2032, 5, 20))
    panel = next(e for label, e in found.items() if label.startswith("Panel discussion"))
    assert not {"tom-rudd", "ivy-marsh", "leo-fenn"} & panel["attendees"]


def test_the_panel_and_day_patterns_fail_fast_on_long_lists():
    import time

    from kg.extract.panels import FEATURED, LISTED
    from kg.text.page_shapes import DAY_HEADING
    items = "; ".join(f"the Partner of Firm{i} LLP, Ms ⟦person:{i}⟧" for i in range(400))
    began = time.perf_counter()
    LISTED.search("The panellists were " + items + " and")
    FEATURED.match(" featured " * 2000)
    DAY_HEADING.match("Day 1 (" + "Monday, " * 2000)
    from kg.extract.hosted_meals import AT_VENUE, HOSTED
    HOSTED.search("The " + "Riverton " * 3000 + "Council hosted a dinner for " + "the guests " * 500)
    AT_VENUE.search("attended a dinner at the " + "Crown " * 3000)
    from kg.extract.briefings import RECEIVED, WHERE_BRIEFED
    RECEIVED.search("received a briefing from " + "the Deputy of X, " * 500 + "Mr ⟦person:1⟧, " + "Director of Y " * 500)
    WHERE_BRIEFED.search(", where it was briefed by " + "the Director " * 2000)
    assert time.perf_counter() - began < 0.5


def test_a_day_of_last_year_is_of_the_year_before(reference):
    from kg.extract.dates import find_dates
    spans = find_dates("The session was held in Lakeside on August 21 last year.", date(2032, 7, 12))
    assert [str(s.start) for s in spans] == ["2031-08-21"]  # one span: the day and its year together
    assert [str(s.start) for s in find_dates("It will be held on 3 May next year.", date(2032, 7, 12))] == ["2033-05-03"]
    assert [str(s.start) for s in find_dates("It was held on October 21.", date(2032, 7, 12))] == ["2031-10-21"]
    assert [str(s.start) for s in find_dates("It was held on June 21.", date(2032, 7, 12))] == ["2032-06-21"]


JOINING = ("The Riverton Ferry Council and the Lakeside Boating Association today (July 12) signed a memorandum in "
           "Lakeside. The session of last year was held in Riverton on August 21 last year. Before the signing, the two "
           "sides held a working meeting. Joining Mr Hal Brody and Ms Ada Quill at the meeting were the Deputy Head of "
           "the Riverton Ferry Council, Mr Tom Rudd; and the Director of Lakeside Piers, Ms Ivy Marsh.")


def test_people_joining_two_hosts_at_a_meeting_attend_it_on_the_narratives_day(reference):
    found = events(reference, JOINING, published=date(2032, 7, 12))
    meeting = next(e for label, e in found.items() if label.lower().startswith("working meeting"))
    assert {"hal-brody", "ada-quill", "tom-rudd", "ivy-marsh"} <= meeting["attendees"]
    assert meeting["start"] == ["2032-07-12"]


def test_people_who_joined_a_trip_are_not_at_the_meeting(reference):
    text = JOINING.replace("Joining Mr Hal Brody and Ms Ada Quill at the meeting were",
                           "Mr Hal Brody and Ms Ada Quill later left for Riverton with")
    found = events(reference, text, published=date(2032, 7, 12))
    meeting = next(e for label, e in found.items() if label.lower().startswith("working meeting"))
    assert not {"tom-rudd", "ivy-marsh"} & meeting["attendees"]


def meal(found: dict, word: str) -> tuple[str, dict]:
    return next((label, e) for label, e in found.items() if word in label.lower())


def test_a_dinner_a_person_hosts_for_a_delegation_is_an_event_on_the_narratives_day(reference):
    found = events(reference, "The Riverton delegation arrived in Lakeside today. In the evening, the Chairman of the "
                              "Lakeside Boating Association, Mr Hal Brody, hosted a dinner for the delegation.",
                   published=date(2032, 4, 3))
    label, dinner = meal(found, "dinner")
    assert label == "Dinner hosted by Hal Brody for the delegation"
    assert dinner["attendees"] == {"hal-brody"} and dinner["start"] == ["2032-04-03"]


def test_a_body_that_gives_a_luncheon_organises_it(reference):
    found = events(reference, "The Shanghai Economic and Trade Office gave a luncheon for the visiting students "
                              "at the Harbour Crown Hotel on 5 May 2032.", published=date(2032, 5, 9))
    label, lunch = meal(found, "luncheon")
    assert lunch["organisers"] == {"hong-kong-economic-and-trade-office-in-shanghai"}
    assert lunch["start"] == ["2032-05-05"]


def test_a_dinner_at_a_hotel_is_placed_there(reference):
    found = events(reference, "The delegation attended a dinner at the Harbour Crown Hotel on 5 May 2032.",
                   published=date(2032, 5, 9))
    label, dinner = meal(found, "dinner")
    assert label == "Dinner at the Harbour Crown Hotel" and dinner["start"] == ["2032-05-05"]


def test_a_dinner_someone_only_talks_about_is_no_event(reference):
    found = events(reference, "Mr Hal Brody said the delegation enjoyed the dinner and thanked the hosts for their "
                              "hospitality.", published=date(2032, 5, 9))
    assert not any("dinner" in label.lower() for label in found)
    found = events(reference, "Mr Hal Brody said he had cooked a dinner for his family.", published=date(2032, 5, 9))
    assert not any("dinner" in label.lower() for label in found)


CEREMONY = ("The Lakeside Boating Association held the opening ceremony of the Riverton Rowing Week in Lakeside today. "
            "At the ceremony, Mr Hal Brody and Ms Ada Quill signed the Memorandum on River Rowing Exchange, witnessed by "
            "Mr Tom Rudd and Ms Ivy Marsh.")


def test_a_signing_at_the_ceremony_is_a_moment_of_it(reference):
    found = events(reference, CEREMONY, published=date(2032, 7, 18))
    assert not any(label.startswith("Signing of") for label in found)
    ceremony = next(e for label, e in found.items() if label.lower().startswith("opening ceremony"))
    assert {"hal-brody", "ada-quill", "tom-rudd", "ivy-marsh"} <= ceremony["attendees"]


def test_a_signing_after_the_ceremony_is_an_event_of_its_own(reference):
    found = events(reference, CEREMONY.replace("At the ceremony,", "Later,"), published=date(2032, 7, 18))
    assert any(label.startswith("Signing of") for label in found)


def test_the_one_called_on_is_at_the_call_and_thanks_for_a_reception_are_no_event(reference):
    found = events(reference, "In the morning, the delegation called on the Mayor of Lakeside, Mr Hal Brody, at the "
                              "Lakeside City Hall. The leader of the delegation thanked the Mayor for his reception.",
                   published=date(2032, 7, 18))
    call = next(e for label, e in found.items() if label.startswith(("Calls on", "Call on")))
    assert "hal-brody" in call["attendees"]
    assert not any("reception" in label.lower() for label in found)


def test_plans_told_in_a_where_clause_do_not_make_a_visit_a_plan():
    from kg.extract.dates import find_dates
    told = ("On Wednesday morning, Mr Hal Brody visited the Lakeside Shipping Institute, where he was briefed on the "
            "city's plans for green fuels.")
    assert [str(d.start) for d in find_dates(told, date(2032, 7, 14))] == ["2032-07-14"]
    ahead = "On Thursday morning, Mr Hal Brody plans to visit the Lakeside Shipping Institute, where he will speak."
    assert [str(d.start) for d in find_dates(ahead, date(2032, 7, 14))] == ["2032-07-15"]


def test_two_bodies_that_will_jointly_host_an_event_organise_it(reference):
    found = events(reference, "The Shanghai Economic and Trade Office and Invest Hong Kong will jointly host a Lakeside-Riverton "
                              "business matching session at the pavilion on Thursday.", published=date(2032, 7, 13))
    session = next(e for label, e in found.items() if "business matching session" in label.lower())
    assert session["organisers"] == {"hong-kong-economic-and-trade-office-in-shanghai", "invest-hong-kong"}
    assert session["start"] == ["2032-07-15"]


def test_two_bodies_that_will_attend_an_event_do_not_organise_it(reference):
    found = events(reference, "The Shanghai Economic and Trade Office and Invest Hong Kong will attend a Lakeside-Riverton "
                              "business matching session at the pavilion on Thursday.", published=date(2032, 7, 13))
    session = next(e for label, e in found.items() if "business matching session" in label.lower())
    assert session["organisers"] == set()


def test_a_courtesy_call_paid_on_an_official_is_a_call(reference):
    found = events(reference, "The Secretary for Trade, Mr Hal Brody, arrived in Shanghai today. In the afternoon, he paid a "
                              "courtesy call on the Vice Mayor of Shanghai, Ms Ada Quill, at the Lakeside Municipal Building.",
                   published=date(2032, 5, 12))
    call = next(e for label, e in found.items() if label.startswith("Call of"))
    assert call["attendees"] == {"hal-brody", "ada-quill"} and call["start"] == ["2032-05-12"]


def test_tribute_paid_to_an_official_is_no_call(reference):
    found = events(reference, "In the afternoon, the Secretary for Trade, Mr Hal Brody, paid tribute to the Vice Mayor of "
                              "Shanghai, Ms Ada Quill, who retired in May.", published=date(2032, 5, 12))
    assert not any(label.startswith(("Call", "Calls")) for label in found)


BRIEFED = ("Day 1 (Monday, 8 March 2032)\n\nThe delegation arrived in Shanghai in the afternoon and received a briefing "
           "from Mr Hal Brody, Deputy Director of the Shanghai Economic and Trade Office, on its work.\n\n"
           "Day 2 (Tuesday, 9 March 2032)\n\nThe delegation visited the Lakeside Science City, where it was briefed by "
           "Dr Ada Quill, Director of the Science City Administration, on its plans.\n")


def test_a_briefing_received_is_an_item_and_a_briefer_at_a_visit_is_there(reference):
    found = events(reference, BRIEFED)
    label, briefing = next((label, e) for label, e in found.items() if label.startswith("Briefing by"))
    assert label == "Briefing by Hal Brody, Deputy Director of the Shanghai Economic and Trade Office"
    assert briefing["attendees"] == {"hal-brody"} and briefing["start"] == ["2032-03-08"]
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Lakeside Science City"))
    assert "ada-quill" in visit["attendees"]


def test_a_briefing_someone_gave_to_the_press_is_no_item(reference):
    found = events(reference, BRIEFED.replace("received a briefing from Mr Hal Brody", "read a briefing note by Mr Hal Brody")
                   .replace(", where it was briefed by", ". It was later said by"))
    assert not any(label.startswith("Briefing by") for label in found)
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Lakeside Science City"))
    assert "ada-quill" not in visit["attendees"]
