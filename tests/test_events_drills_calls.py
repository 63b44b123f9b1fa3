"""Drills a delegation watches, calls at a venue, and the date of a verb joined to another, read from invented
sentences (none comes from a document of the repository)."""

from datetime import date

from test_events_kinds import events

DAY = date(2031, 5, 9)
ARRIVED = "The Director of Fire Services, Mr Alan Wexford, arrived in Riverton today (May 9)."


def test_a_drill_observed_by_a_person_with_its_day_and_watcher(reference):
    found = events(reference, ARRIVED, "In the morning, Mr Wexford observed a high-rise firefighting and rescue drill at a "
                   "residential block.", published=DAY)
    drill = found["High-rise firefighting and rescue drill"]
    assert drill["attendees"] == {"alan-wexford"} and drill["start"] == ["2031-05-09"]


def test_an_exercise_staged_by_the_services_is_an_event(reference):
    found = events(reference, "The two marine police forces staged a joint search and rescue exercise off Riverton today (May 9).",
                   published=DAY)
    assert "Joint search and rescue exercise" in found


def test_an_exercise_that_rehearses_nothing_is_no_event(reference):
    found = events(reference, "The bureau held a public consultation exercise on the new rules today.",
                   "Mr Alan Wexford said the review exercise was useful and the drills were routine.",
                   "The Council will exercise its powers to hold a drill.", published=DAY)
    assert not [label for label in found if "exercise" in label.lower() or "drill" in label.lower()], found


def test_a_call_at_a_venue_is_a_visit_there_by_those_of_the_item_before(reference):
    found = events(reference, "The Secretary for Tourism, Ms Nora Pell, concluded her visit to Riverton today (May 9).",
                   "This morning, Ms Pell visited the Old Mill, a former factory.",
                   "They then called at the Riverton Planning Exhibition Center on Harbour Square.", published=DAY)
    call = found["Call at the Riverton Planning Exhibition Center"]
    assert call["attendees"] == {"nora-pell"} and call["start"] == ["2031-05-09"]
    assert call["places"] == {"riverton-planning-exhibition-center"}


def test_they_with_nobody_told_before_attends_nothing(reference):
    found = events(reference, "The weather in Riverton was fine today (May 9).",
                   "They then called at the Riverton Planning Exhibition Center.", published=DAY)
    assert not [e for label, e in found.items() if label.startswith("Call at") and e["attendees"]]


def test_a_later_verb_takes_its_own_date_not_the_earlier_verbs(reference):
    found = events(reference, "Mr Alan Wexford arrived in Riverton on 8 May and will visit the Old Mill tomorrow before "
                   "returning on 11 May.", published=DAY)
    assert found["Visit to the Old Mill"]["start"] == ["2031-05-10"]


def test_a_verb_with_no_date_of_its_own_keeps_the_sentences(reference):
    found = events(reference, "Mr Alan Wexford arrived in Riverton on 8 May and visited the Old Mill.", published=DAY)
    assert found["Visit to the Old Mill"]["start"] == ["2031-05-08"]


def test_a_call_at_a_bodys_office_is_a_visit_but_a_call_at_an_event_or_a_thing_is_not(reference):
    found = events(reference, "Mr Alan Wexford will call at the Riverton office of the Hong Kong Trade Development Council tomorrow (May 10).",
                   "Mr Alan Wexford called at the forum for closer ties.",
                   "Mr Nora Pell called at a local company to see its products.", published=DAY)
    calls = [label for label in found if label.startswith("Call at")]
    assert calls == ["Call at the Riverton office of the Hong Kong Trade Development Council"], found


def test_sites_counted_by_a_number_word_are_visited(reference):
    found = events(reference, "Today (May 9), Mr Alan Wexford visited two Hong Kong-invested service companies in Shanghai.",
                   "Mr Alan Wexford said two companies had visited him.", published=DAY)
    visit = found["Visit to two Hong Kong-invested service companies"]
    assert visit["attendees"] == {"alan-wexford"} and visit["places"] == {"shanghai"}
    assert len([label for label in found if label.startswith("Visit to")]) == 1, found
