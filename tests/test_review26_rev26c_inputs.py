"""Review of the session's rules of events and co-operation areas (missions, enumerations of fields, cues of
areas, short lists): invented sentences of press releases on which a new rule gives a wrong fact (none from a
document of the repository)."""

from datetime import date

from conftest import cleaned_events, facts
from kg.text.clean import clean

DAY = date(2036, 5, 6)
OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."
OPENING = "Please find below a report on the Council's trade mission to Riverton, which returned last night.\n\n"


def areas(f) -> set[str]:
    return {str(e).rsplit("/", 1)[-1] for e in f.mentions if "/area/" in str(e)}


def test_a_delegation_sent_to_meet_the_mission_does_not_make_its_sender_the_organiser(reference):
    body = OPENING + "The Guangdong Provincial Government sent a delegation to meet the mission in Guangzhou on 10 March 2036.\n"
    events = cleaned_events(reference, body, title="Mission report", published=DAY)
    assert all("guangdong-provincial-government" not in e["organisers"] for e in events.values()), events


def test_a_delegation_sent_to_welcome_the_mission_does_not_make_its_sender_the_organiser(reference):
    body = OPENING + "The Shanghai Municipal Commerce Commission sent a delegation to welcome the mission at the airport.\n"
    events = cleaned_events(reference, body, title="Mission report", published=DAY)
    assert all(not e["organisers"] for label, e in events.items() if "mission" in label.lower()), events


def test_an_enumeration_s_turn_of_phrase_is_no_field(reference):
    f = facts(reference, OURS, "Finally, in closing, I would like to thank all the guests.",
              "Firstly, in spite of the pandemic, the two cities kept working together.")
    assert areas(f) == set(), areas(f)


def test_an_enumeration_s_field_is_still_read(reference):
    f = facts(reference, OURS, "Firstly, in finance, we launched a scheme of green bonds.")
    assert "finance" in areas(f), areas(f)


def test_what_another_conference_s_meeting_covered_names_no_area_of_ours(reference):
    for kind in ("meeting", "talks"):
        f = facts(reference, OURS, f"Separately, the Hong Kong/Guangdong Co-operation Joint Conference {kind} covered "
                  "finance, tourism and education.")
        assert areas(f) == set(), (kind, areas(f))


def test_a_release_s_end_marks_are_no_items_of_a_short_list():
    text = ("The two sides agreed to co-operate in the following areas of the co-operation:\n\nFinance\n\nTourism\n\n"
            "Ends\n")
    paragraphs = clean(text).paragraphs
    assert not any("Ends" in p for p in paragraphs), paragraphs
    assert any(p.endswith("Finance; Tourism.") for p in paragraphs), paragraphs


def test_headings_after_a_short_list_are_no_items_of_it():
    text = ("The two sides agreed to co-operate in the following areas of the co-operation:\n\nFinance\n\nTourism\n\n"
            "Media enquiries\n\nBackground\n")
    paragraphs = clean(text).paragraphs
    assert not any("Media enquiries" in p or "Background" in p for p in paragraphs), paragraphs


def test_fields_added_to_another_conference_s_areas_are_not_ours(reference):
    f = facts(reference, OURS, "The Guangdong side added environmental protection to the co-operation areas of the "
              "Hong Kong/Guangdong Co-operation Joint Conference.")
    assert "environmental-protection" not in areas(f), areas(f)


def test_a_rundown_s_meal_on_one_s_own_is_no_event(reference):
    body = ("Date: 21 March 2036 (Friday)\n\nTime | Programme | Venue\n"
            "10:00 | Welcoming ceremony for the guests of the Trade Week | Front Garden, Harbour Lodge\n"
            "12:30 | Lunch on own | Hotel\n18:00 | Dinner (self-arranged) | Hotel\n")
    events = cleaned_events(reference, body, title="Rundown", published=DAY)
    assert not [label for label in events if "own" in label.lower() or "self-arranged" in label.lower()], events
    assert "Welcoming ceremony for the guests of the Trade Week" in events, events
