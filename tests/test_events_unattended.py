"""Attendance named but not given: a maybe ("if time permits"), others thanked for attending, and a relative
clause telling what someone else had attended (invented text, none from a document of the repository, each with a
near miss that keeps the attendance)."""

import time

from conftest import event_attendees, page_graph
from kg.extract.unattended import OTHERS, RELATIVE

TITLE = "SCMA visits Riverton"
LEAD = "The Secretary for Constitutional and Mainland Affairs, Mr Alan Brookfield, arrived in Riverton today.\n\n"


def attendees(tmp_path, body: str) -> dict[str, set[str]]:
    return event_attendees(page_graph(tmp_path, LEAD + body, title=TITLE))


def find(found: dict, words: str) -> set[str]:
    return next(v for k, v in found.items() if words in k.lower())


def test_if_time_permits_gives_no_attendee(tmp_path):
    found = attendees(tmp_path, "In the afternoon, Mr Brookfield will attend the Riverton Innovation Forum. If time permits, "
                                "he would also attend a reception hosted by the Riverton Trade Council.\n")
    assert "alan-brookfield" in find(found, "innovation forum"), found
    assert "alan-brookfield" not in find(found, "reception"), found


def test_a_sure_attendance_beside_a_maybe_stays(tmp_path):
    found = attendees(tmp_path, "Mr Brookfield will attend the Riverton Design Forum and, time permitting, the Riverton "
                                "Harbour Forum.\n")
    assert "alan-brookfield" in find(found, "design forum"), found
    assert "alan-brookfield" not in find(found, "harbour forum"), found


def test_thanking_those_who_attended_is_no_attendance(tmp_path):
    found = attendees(tmp_path, "Mr Brookfield thanked those who attended the Riverton Trade Roundtable for their support.\n")
    assert not any("alan-brookfield" in people for label, people in found.items() if "trade roundtable" in label.lower()), found


def test_attending_and_thanking_stays(tmp_path):
    found = attendees(tmp_path, "Mr Brookfield attended the Riverton Trade Roundtable and thanked the organisers for their "
                                "support.\n")
    assert "alan-brookfield" in find(found, "trade roundtable"), found


def test_a_relative_clause_gives_only_its_own_person(tmp_path):
    found = attendees(tmp_path, "Mr Brookfield met the Chairman of the Riverton Trade Council, Mr Zhou Lianbo, who had attended "
                                "the Harbour Youth Roundtable last year.\n")
    roundtable = find(found, "youth roundtable")
    assert "alan-brookfield" not in roundtable and "zhou-lianbo" in roundtable, found


def test_a_relative_clause_on_the_subject_keeps_the_main_verb(tmp_path):
    found = attendees(tmp_path, "Mr Brookfield, who is visiting Riverton for three days, attended the Harbour Youth "
                                "Roundtable this morning.\n")
    assert "alan-brookfield" in find(found, "youth roundtable"), found


def test_cue_patterns_fail_fast():
    started = time.perf_counter()
    for text in ("thanked " + "those " * 3000, "⟦person:1⟧, who " + "had " * 3000, "⟦person:1⟧ who attended" + " x" * 5000):
        OTHERS.search(text)
        RELATIVE.search(text)
    assert time.perf_counter() - started < 0.5

