"""Talks on a day of their own (kg/extract/meetings.py) and meetings of "the two leaders"
(kg/extract/plural_meetings.py): invented releases, each with a near miss."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)


def test_talks_on_another_day_are_a_meeting_of_their_own(reference):
    body = ("On the afternoon of May 6, the Mayor of Shanghai, Mr Gong Zheng, met with the Secretary for Justice, "
            "Mr Paul Lam, at the Harbourfront Hotel. Vice Mayor Hua Yuan was present.\n"
            "On Monday (May 5), Mr Hua Yuan held talks with Mr Paul Lam at the Riverside Guest House.\n")
    found = cleaned_events(reference, body, title="Release", published=DAY)
    talks = [e for label, e in found.items() if label.startswith("Talks")]
    assert len(talks) == 1 and talks[0]["start"] == ["2031-05-05"], found
    same_day = body.replace("On Monday (May 5)", "Later that day")
    found = cleaned_events(reference, same_day, title="Release", published=DAY)
    assert not any(label.startswith("Talks") for label in found), found


PAIR = ("The Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, agreed today (May 6) to deepen "
        "co-operation in finance.\n")


def test_the_two_leaders_met_is_a_meeting_of_the_pair_told_before(reference):
    found = cleaned_events(reference, PAIR + "The two leaders met in Shanghai this afternoon.\n", title="Release", published=DAY)
    meetings = {label: e for label, e in found.items() if label.startswith("Meeting of")}
    (meeting,) = meetings.values()
    assert meeting["attendees"] == {"john-lee-ka-chiu", "gong-zheng"} and meeting["places"] == {"shanghai"}, found
    assert meeting["start"] == ["2031-05-06"], found


def test_the_two_leaders_after_three_people_is_no_meeting(reference):
    three = PAIR.replace("and the Mayor", "the Financial Secretary, Mr Paul Chan, and the Mayor")
    found = cleaned_events(reference, three + "The two leaders met in Shanghai this afternoon.\n", title="Release", published=DAY)
    assert not any(label.startswith("Meeting of") for label in found), found
