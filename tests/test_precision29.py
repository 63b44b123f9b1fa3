"""Wrong facts the converter made on kinds of page it had not met (invented probes, tests/gold/precision29).

Every sentence is invented; each kind has a near miss that must still give its fact.
"""

from datetime import date

from test_area_sections import areas
from test_events_programmes import events


def test_a_round_ups_numbered_headlines_are_no_areas(reference):
    found = areas(reference, "1. Typhoon signal likely", "The Observatory may raise the No 8 signal tonight.",
                  "2. Shares extend rally", "The index rose 1.2 per cent.",
                  "3. Harbour swim returns", "The race will be held on Sunday.")
    assert found == set()


def test_numbered_headings_of_areas_still_name_new_ones(reference):
    found = areas(reference, "1. Finance", "The two sides will deepen bond market links.",
                  "2. Elderly care", "The two cities will train care workers together.",
                  "3. Tourism", "A joint promotion will be launched.")
    assert found == {"finance", "elderly-care", "tourism"}


def test_a_definite_event_under_another_name_is_not_the_one_told_before(reference):
    found = events(reference, "On May 4, the Minister for Ports, Mr Olaf Brandt, opened the Riverton Marine Expo.",
                   "Photo: Mr Brandt speaks at the Tidewell exhibition in March.", published=date(2031, 5, 3))
    assert "2031-03" not in found["Riverton Marine Expo"]["start"]


def test_a_definite_event_word_alone_still_refers_back(reference):
    found = events(reference, "On May 4, the Minister for Ports, Mr Olaf Brandt, opened the Riverton Marine Expo.",
                   "Photo: Mr Brandt speaks at the exhibition in March.", published=date(2031, 5, 3))
    assert found["Riverton Marine Expo"]["start"] == ["2031-03"]


def test_touring_the_exhibition_just_opened_is_no_visit_of_its_own(reference):
    found = events(reference, "On May 4, the Minister for Ports, Mr Olaf Brandt, will officiate at the opening of "
                              "the Riverton Marine Expo and tour the exhibition.", published=date(2031, 5, 3))
    assert not any(label.startswith("Visit to the exhibition") for label in found)


def test_touring_a_named_hall_is_still_a_visit(reference):
    found = events(reference, "On May 4, the Minister for Ports, Mr Olaf Brandt, will officiate at the opening of "
                              "the Riverton Marine Expo and tour the Harbour Heritage Gallery.", published=date(2031, 5, 3))
    assert any(label.startswith("Visit to the Harbour Heritage Gallery") for label in found)


def _visit_starts(reference, sentence):
    found = events(reference, "The Minister for Ports, Mr Olaf Brandt, spoke at the Harbour Forum today (May 20).",
                   sentence, published=date(2031, 5, 20))
    return [found[label]["start"] for label in found if label.startswith("Visit to")]


def test_a_visit_told_last_autumn_is_not_on_the_narratives_day(reference):
    assert ["2031-05-20"] not in _visit_starts(
        reference, "When Mr Brandt visited the Riverton Ferry Yard last autumn, its manager told him about new hulls.")


def test_a_visit_in_the_afternoon_is_on_the_narratives_day(reference):
    assert _visit_starts(reference, "In the afternoon, Mr Brandt visited the Riverton Ferry Yard.") == [["2031-05-20"]]


def test_the_host_who_met_a_led_delegation_is_not_on_its_visit(reference):
    found = events(reference, "The Minister for Ports, Mr Olaf Brandt, met a delegation led by the Deputy Governor of "
                              "Lakeside, Ms Ines Varga, today (May 20).",
                   "The delegation arrived in Hong Kong yesterday (May 19) for a three-day visit.", published=date(2031, 5, 20))
    visit = next(v for label, v in found.items() if label.startswith("Visit of"))
    assert visit["attendees"] == {"ines-varga"}


def test_a_delegation_led_by_a_named_person_still_goes_on_its_visit(reference):
    found = events(reference, "A delegation led by Ms Ines Varga met the Minister for Ports, Mr Olaf Brandt, today (May 20).",
                   "The delegation arrived in Hong Kong yesterday (May 19) for a three-day visit.", published=date(2031, 5, 20))
    visit = next(v for label, v in found.items() if label.startswith("Visit of"))
    assert "ines-varga" in visit["attendees"]


def _present(reference, last):
    return events(reference, "The Minister for Ports, Mr Olaf Brandt, met the Deputy Governor of Lakeside, Ms Ines Varga, "
                             "at the Harbour Building today (May 20).",
                  "Mr Brandt invited Ms Varga to the Riverton Boat Festival in July.", last, published=date(2031, 5, 20))


def test_those_present_at_the_meeting_attend_the_meeting_not_the_festival_named_last(reference):
    found = _present(reference, "Also present at the meeting was the Director of Marine, Mr Pavel Orr.")
    assert "pavel-orr" not in found["Riverton Boat Festival"]["attendees"]
    assert any("pavel-orr" in e["attendees"] for label, e in found.items() if label.startswith("Meeting"))


def test_those_present_with_no_event_word_attend_the_event_named_last(reference):
    found = _present(reference, "Also present was the Director of Marine, Mr Pavel Orr.")
    assert "pavel-orr" in found["Riverton Boat Festival"]["attendees"]


def test_a_session_told_by_its_length_or_day_is_no_new_event(reference):
    found = events(reference, "The Mayor of Riverton, Mr Olaf Brandt, and the Governor of Lakeside, Ms Ines Varga, "
                              "co-chaired the fourth meeting of the Riverton-Lakeside Council on Monday.",
                   "The two leaders witnessed a signing at the end of the three-hour session.",
                   "It was Monday's session that settled the budget.", published=date(2031, 5, 20))
    assert not any("session" in label.lower() for label in found)


def test_a_session_with_a_name_of_its_own_is_still_an_event(reference):
    found = events(reference, "Ms Ines Varga spoke at the Harbour Finance session of the Riverton Forum on Monday.",
                   published=date(2031, 5, 20))
    assert any("Harbour Finance session" in label for label in found)


def test_a_body_of_the_organiser_named_organises_not_the_organiser(reference):
    found = events(reference, "Ms Ines Varga will attend a dinner organised by the Hong Kong Trade Development Council's "
                              "Lakeside Members Club on May 21.", published=date(2031, 5, 20))
    dinner = next(e for label, e in found.items() if label.startswith("Dinner"))
    assert dinner["organisers"] == {"hong-kong-trade-development-councils-lakeside-members-club"}


def test_the_organiser_named_alone_still_organises(reference):
    found = events(reference, "Ms Ines Varga will attend a dinner organised by the Hong Kong Trade Development Council "
                              "on May 21.", published=date(2031, 5, 20))
    dinner = next(e for label, e in found.items() if label.startswith("Dinner"))
    assert dinner["organisers"] == {"hong-kong-trade-development-council"}


def _starts(text):
    from kg.extract.dates import find_dates
    return [str(d.start) for d in find_dates(text, date(2031, 5, 22))]  # a Thursday


def test_a_past_clause_after_a_fronted_phrase_keeps_its_day_in_the_past():
    assert _starts("During his stay in Riverton, Mr Brandt also visited the museum on Tuesday afternoon, "
                   "and will attend a luncheon on Thursday.")[0] == "2031-05-20"


def test_a_planned_clause_after_a_fronted_phrase_still_looks_ahead():
    assert _starts("On his second day, Mr Brandt will visit the museum on Tuesday afternoon, "
                   "and attend a luncheon on Thursday.")[0] == "2031-05-27"


def test_the_led_by_pattern_fails_fast():
    import time
    from kg.extract.stays import LEADER
    text = "a delegation led by the " + "Office of ⟦place:1⟧ and ⟦org:2⟧ " * 3000 + "!"
    started = time.perf_counter()
    LEADER.search(text)
    assert time.perf_counter() - started < 0.5
