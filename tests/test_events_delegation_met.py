"""A delegation met with the person who leads it (kg/extract/met_groups.py, kg/extract/delegation_parties.py):
"A met Mr B, Secretary for X, and his delegation at the Lotus Hotel". The hotel is the meeting's place, and the
members the text names are at the meeting, whether they are named before or after it. Invented releases, each with
a near miss."""

from datetime import date

import pytest

from conftest import cleaned_events

DAY = date(2031, 5, 6)
MEMBERS = ("Members of the Riverton delegation included the Secretary for Finance of Riverton, Mr Qi Fang, and the "
           "Director of the Riverton Office in Shanghai, Ms Lin Yue.\n")


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def _meeting(events: dict) -> dict:
    return next(e for label, e in events.items() if label.startswith("Meeting"))


def test_the_venue_after_his_delegation_is_the_meetings_place(reference):
    body = ("The Mayor of Shanghai, Mr Zhou Ming, met the Chief Executive of Riverton, Mr Alan Brook, and his "
            "delegation at the Xijiao State Guest Hotel this afternoon (May 6).\n")
    assert "xijiao-state-guest-hotel" in _meeting(found(reference, body))["places"]


def test_the_venue_after_the_delegation_is_the_meetings_place(reference):
    body = "The Mayor of Shanghai, Mr Zhou Ming, met Mr Alan Brook and the delegation at Government House today.\n"
    assert "government-house" in _meeting(found(reference, body))["places"]


def test_a_venue_told_of_another_clause_is_not_the_meetings(reference):
    body = ("The Mayor of Shanghai, Mr Zhou Ming, met Mr Alan Brook and his delegation, who had toured the Riverside "
            "Ferry Terminal in the morning, today (May 6).\n")
    assert not _meeting(found(reference, body))["places"]


def test_the_members_named_after_attend_the_meeting_with_his_delegation(reference):
    body = ("The Mayor of Shanghai, Mr Zhou Ming, met the Chief Executive of Riverton, Mr Alan Brook, and his "
            "delegation at the Ruijin Hotel this afternoon (May 6). " + MEMBERS)
    assert {"zhou-ming", "alan-brook", "qi-fang", "lin-yue"} <= _meeting(found(reference, body))["attendees"]


def test_a_meeting_with_him_alone_is_not_his_delegations(reference):
    body = "The Mayor of Shanghai, Mr Zhou Ming, met Mr Alan Brook at the Ruijin Hotel this afternoon (May 6). " + MEMBERS
    assert not {"qi-fang", "lin-yue"} & _meeting(found(reference, body))["attendees"]


ARRIVED = "Mr Alan Brook, Secretary for Finance of Riverton, arrived in Shanghai yesterday (May 5) for a three-day visit. "


def _visit(events: dict) -> dict:
    return next(e for label, e in events.items() if label.startswith("Visit of"))


def test_the_members_go_on_the_visit_of_the_one_who_leads_them(reference):
    body = ("Mr Alan Brook and his delegation arrived in Shanghai yesterday (May 5) for a three-day visit. The Riverton "
            "delegation included the Secretary for Trade of Riverton, Mr Qi Fang, and the Director of the Riverton "
            "Office in Shanghai, Ms Lin Yue.\n")
    assert {"alan-brook", "qi-fang", "lin-yue"} <= _visit(found(reference, body))["attendees"]


def test_those_accompanying_him_with_their_titles_are_on_his_visit(reference):
    body = ARRIVED + ("He was accompanied by Mr Qi Fang, Deputy Secretary for Finance, and Ms Lin Yue, Director of the "
                      "Riverton Office in Shanghai.\n")
    assert {"alan-brook", "qi-fang", "lin-yue"} <= _visit(found(reference, body))["attendees"]


@pytest.mark.xfail(strict=True, reason="a delegation whose leader the text names ('led by', 'Mr A and his delegation') "
                   "gets its members at 'met Mr A and his delegation' only through MET_IT; widening it cost a wrong "
                   "attendee on a never-read set")
def test_those_accompanying_him_are_his_delegation_when_met(reference):
    body = ARRIVED + ("He was accompanied by Mr Qi Fang, Deputy Secretary for Finance, and Ms Lin Yue, Director of the "
                      "Riverton Office in Shanghai.\nToday (May 6), the Mayor of Shanghai, Mr Zhou Ming, met Mr Brook "
                      "and his delegation at the Ruijin Hotel.\n")
    assert {"alan-brook", "qi-fang", "lin-yue", "zhou-ming"} <= _meeting(found(reference, body))["attendees"]


def test_a_clause_after_the_company_is_not_a_title(reference):
    body = ARRIVED + "He was accompanied by Mr Qi Fang, who said the visit was useful.\n"
    assert "qi-fang" not in _visit(found(reference, body))["attendees"]


def test_the_one_the_delegation_held_talks_with_is_no_member(reference):
    body = ("Mr Alan Brook led a delegation of the Riverton Police to visit the Shanghai Municipal Public Security Bureau "
            "today (May 6), and held talks with its Deputy Director, Mr Gu Hai. The delegation included Mr Qi Fang "
            "and Ms Lin Yue.\n")
    for label, event in found(reference, body).items():
        if label.startswith("Visit of"):
            assert "gu-hai" not in event["attendees"], (label, event)


def test_the_members_do_not_go_on_a_visit_told_of_the_leader_alone(reference):
    body = ("The Mayor of Shanghai, Mr Zhou Ming, met Mr Alan Brook and his delegation at the Ruijin Hotel today "
            "(May 6). Members of the Riverton delegation included Mr Qi Fang and Ms Lin Yue. Mr Brook arrived in "
            "Shanghai yesterday (May 5) for a two-day visit.\n")
    assert not {"qi-fang", "lin-yue"} & _visit(found(reference, body))["attendees"]
