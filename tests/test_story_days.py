"""The day a news story's weekdays count from, and the days of events told by reference to another: invented
stories of the kind a paper's web page carries (kg/text/story_day.py, kg/extract/dates.py, kg/extract/signings.py)."""

from datetime import date

from conftest import cleaned_events, event_starts, page_graph

from kg.extract.dates import find_dates
from kg.text.story_day import story_day

# 2031-05-15 is a Thursday; the story was filed on Wednesday the 14th.
STAMP = "2031-05-15 08:40:11   Source: Harbour Daily   By reporter Lee Ka-ming"
STORY = ("HARBOUR CITY, May 14 -- Tam Wing-kei, Vice Mayor of Riverton, said on Wednesday that the two cities would "
         "open a joint design centre.\n\nTam made the remarks at the Riverton-Harbour City Design Forum 2031, held at the "
         "Harbour City Expo Hall.\n\n"
         "The Design Forum was founded in 2009 and first held on October 5, 2009, at the Riverton Town Hall.\n\n"
         "On Thursday, the delegation will visit the Harbour City Science Park before returning to Riverton.\n")


def starts_of(graph, word: str) -> set[str]:
    return next((days for name, days in event_starts(graph).items() if word in name), set())


def test_a_dateline_a_day_before_the_page_date_is_the_storys_day() -> None:
    assert story_day(["Talks", "HARBOUR CITY, May 14 -- Officials met."], date(2031, 5, 15)) == date(2031, 5, 14)
    assert story_day(["RIVERTON, Dec. 31 (Eastwire) -- Officials met."], date(2032, 1, 1)) == date(2031, 12, 31)


def test_a_dateline_far_from_the_page_date_or_none_leaves_the_page_date() -> None:
    assert story_day(["HARBOUR CITY, May 2 -- Officials met."], date(2031, 5, 15)) == date(2031, 5, 15)
    assert story_day(["Harbour City, May 14: officials met."], date(2031, 5, 15)) == date(2031, 5, 15)
    assert story_day(["HARBOUR CITY, May 14 -- Officials met."], None) is None


def test_weekdays_count_from_the_dateline_of_a_page_stamped_the_next_morning(tmp_path) -> None:
    graph = page_graph(tmp_path, f"Design forum opens\n\n{STAMP}\n\n{STORY}", title="Design forum opens",
                       published="2031-05-15")
    assert starts_of(graph, "science-park") == {"2031-05-15"}  # not the next week's Thursday
    assert starts_of(graph, "design-forum-2031") == {"2031-05-14"}


def test_a_day_someone_said_something_on_is_past() -> None:
    said = "Mr Tam said on Wednesday that the two cities would open a joint design centre."
    assert [str(d.start) for d in find_dates(said, date(2031, 5, 15))] == ["2031-05-14"]
    plan = "Mr Tam will visit the centre on Wednesday, and would meet its staff."
    assert [str(d.start) for d in find_dates(plan, date(2031, 5, 15))] == ["2031-05-21"]


def test_a_signing_during_an_event_is_on_its_day(reference) -> None:
    body = ("The Riverton-Harbour City Design Symposium was held at the Harbour City Expo Hall on 3 June 2031.\n\n"
            "The symposium series began on 5 October 2009 in Riverton.\n\n"
            "During the symposium, Tam Wing-kei and Ho Ka-lun witnessed the signing of three co-operation documents.\n")
    found = cleaned_events(reference, body, title="Symposium", published=date(2031, 6, 4))
    signing = next(e for label, e in found.items() if label.startswith("Signing"))
    assert signing["start"] == ["2031-06-03"], found


def test_a_signing_with_a_day_of_its_own_keeps_it(reference) -> None:
    body = ("The Riverton-Harbour City Design Symposium was held at the Harbour City Expo Hall on 3 June 2031.\n\n"
            "During the symposium on 4 June 2031, Tam Wing-kei and Ho Ka-lun witnessed the signing of three "
            "co-operation documents.\n")
    found = cleaned_events(reference, body, title="Symposium", published=date(2031, 6, 5))
    signing = next(e for label, e in found.items() if label.startswith("Signing"))
    assert signing["start"] == ["2031-06-04"], found


def test_a_plan_joined_by_and_will_leaves_the_arrival_in_the_past() -> None:
    told = "The delegation arrived in Riverton on Monday and will wrap up its visit on Wednesday."
    assert [str(d.start) for d in find_dates(told, date(2031, 5, 14))] == ["2031-05-12", "2031-05-14"]


def test_a_day_long_before_the_story_dates_no_paragraph_after_its_own(reference) -> None:
    body = ("The Secretary for Development, Mr Peter Kwan, today (June 3) opened the Riverton Design Forum 2031.\n\n"
            "The forum was first held on 5 October 2009, when it drew 40 designers.\n\n"
            "Mr Kwan then visited the Riverton Science Park.\n")
    found = cleaned_events(reference, body, title="Forum", published=date(2031, 6, 3))
    visit = next(e for label, e in found.items() if "Science Park" in label)
    assert visit["start"] == ["2031-06-03"], found


def test_a_seminar_on_a_titled_topic_keeps_its_title_and_year(reference) -> None:
    body = ("The Riverton Works Department and the Harbour City Bureau of Works jointly held the Riverton-Harbour City "
            "Seminar on Coastal Engineering 2031 at the Riverton Central Library today (June 3).\n\n"
            "Mr Peter Kwan also spoke at a workshop on Tuesday.\n")
    found = cleaned_events(reference, body, title="Seminar", published=date(2031, 6, 3))
    assert "Riverton-Harbour City Seminar on Coastal Engineering 2031" in found, found
    assert not any("on Tuesday" in label for label in found), found


def test_a_signing_by_video_link_is_a_signing(reference) -> None:
    body = ("The Riverton Food Safety Centre and the Harbour City Food Bureau held a meeting by video conference today "
            "(June 3).\n\nAfter the meeting, Dr Ann Lo and Mr Bo Chen signed, by video link, the Co-operation "
            "Arrangement on Food Incident Notification.\n")
    found = cleaned_events(reference, body, title="Meeting", published=date(2031, 6, 3))
    signing = next(e for label, e in found.items() if label.startswith("Signing") and "Food Incident" in label)
    assert {"ann-lo", "bo-chen"} <= signing["attendees"], found
    assert signing["start"] == ["2031-06-03"], found


def test_a_named_paper_signed_in_a_place_and_witnessed_at_a_venue_is_one_signing(reference) -> None:
    body = ("The Riverton Bureau of Justice and the Harbour City Bar Council have signed a co-operation arrangement.\n\n"
            "The Co-operation Arrangement on Mediation Services was signed in Shanghai on 8 April by Mr Peter Kwan and "
            "Ms Jiang Li. Mr Bo Chen witnessed the signing at the Riverton Legal Services Centre.\n")
    found = cleaned_events(reference, body, title="Arrangement", published=date(2031, 4, 12))
    signings = {label: e for label, e in found.items() if label.startswith("Signing")}
    assert list(signings) == ["Signing of Co-operation Arrangement on Mediation Services"], found
    signing = signings["Signing of Co-operation Arrangement on Mediation Services"]
    assert signing["start"] == ["2031-04-08"] and {"peter-kwan", "jiang-li", "bo-chen"} <= signing["attendees"], found
    assert {"shanghai", "riverton-legal-services-centre"} <= signing["places"], found
