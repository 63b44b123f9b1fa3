"""Events placed or dated by what the text told before them, read from invented sentences (none comes from
a document of the repository)."""

from datetime import date

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def events(reference, *paragraphs, published=None) -> dict[str, dict]:
    """Each event's label with its attendees (by IRI tail), start and end dates and places."""
    f = extract(split_sentences(list(paragraphs)), title=None, published=published, doc=DOC, reference=reference)
    out: dict[str, dict] = {}
    for (s, p, o) in f.triples:
        if p == RDFS.label and "/event/" in str(s):
            out[str(o)] = {"attendees": {str(a).rsplit("/", 1)[-1] for a in f.objects(s, SDO.attendee)},
                           "start": sorted(str(d) for d in f.objects(s, SDO.startDate)),
                           "end": sorted(str(d) for d in f.objects(s, SDO.endDate)),
                           "places": {str(x).rsplit("/", 1)[-1] for x in f.objects(s, SDO.location)}}
    return out


def test_a_signing_after_the_meeting_is_where_that_meeting_was(reference):
    found = events(reference,
                   "The Ferry Safety Working Group held its fifth meeting in Hangzhou today (May 9).",
                   "The two sides agreed to hold the sixth meeting of the Working Group in Shanghai next year.",
                   "After the meeting, Mr Alan Wexford and Mr Bo Lintao witnessed the signing of the Memorandum of "
                   "Understanding on Ferry Crew Training.",
                   published=date(2031, 5, 9))
    signing = found["Signing of Memorandum of Understanding on Ferry Crew Training"]
    assert signing["places"] == {"hangzhou"} and signing["start"] == ["2031-05-09"]


def test_a_signing_following_the_talks_is_where_the_talks_were(reference):
    found = events(reference,
                   "Mr Alan Wexford met with Mr Bo Lintao in Ningbo today (May 9).",
                   "Following the talks, Ms Clara Menzies and Mr Dai Renhou signed the Letter of Intent on River Cruise "
                   "Promotion.",
                   published=date(2031, 5, 9))
    assert found["Signing of Letter of Intent on River Cruise Promotion"]["places"] == {"ningbo"}


def test_a_signing_following_the_talks_keeps_its_own_place_and_day(reference):
    found = events(reference,
                   "Mr Alan Wexford met Mr Bo Lintao in Ningbo on May 7.",
                   "Following the talks, the Riverton Ferry Council and the Ningbo Port Bureau signed a memorandum of "
                   "understanding in Hong Kong on May 8.",
                   published=date(2031, 5, 9))
    signing = next(v for k, v in found.items() if k.startswith("Signing of a memorandum of understanding"))
    assert signing["places"] == {"hong-kong"} and signing["start"] == ["2031-05-08"]


def test_a_signing_said_to_be_planned_or_recalled_after_the_meeting_is_no_signing_there(reference):
    for told in ("After the meeting, Mr Wexford said the two cities would sign an agreement on ferry safety later "
                 "this year.",
                 "After the meeting, Mr Wexford recalled that the two cities had signed an agreement on ferry safety "
                 "in 2029."):
        found = events(reference, "Mr Alan Wexford met Mr Bo Lintao in Ningbo on May 7.", told,
                       published=date(2031, 5, 9))
        signings = [v for k, v in found.items() if k.startswith("Signing")]
        assert all(not v["places"] and "2031-05-07" not in v["start"] for v in signings), told


def test_a_signing_not_said_to_follow_a_meeting_takes_no_place_from_it(reference):
    found = events(reference,
                   "The Ferry Safety Working Group held its fifth meeting in Hangzhou today (May 9).",
                   "Later, Mr Alan Wexford and Mr Bo Lintao witnessed the signing of the Memorandum of "
                   "Understanding on Ferry Crew Training.",
                   published=date(2031, 5, 9))
    assert found["Signing of Memorandum of Understanding on Ferry Crew Training"]["places"] == set()


def test_a_meeting_that_will_take_place_somewhere_is_there(reference):
    found = events(reference,
                   "The Ferry Safety Working Group was set up in 2029. Its sixth meeting will take place in Ningbo next year.",
                   published=date(2031, 5, 9))
    meeting = found["Sixth meeting"]
    assert meeting["places"] == {"ningbo"} and meeting["start"] == ["2032"]


def test_a_meeting_that_agreed_what_will_take_place_elsewhere_is_not_there(reference):
    found = events(reference,
                   "The sixth meeting of the Ferry Safety Working Group agreed that a joint drill will take place in "
                   "Ningbo next year.",
                   published=date(2031, 5, 9))
    assert all("ningbo" not in e["places"] for e in found.values())


def test_an_event_is_not_where_a_clause_about_other_events_takes_place(reference):
    found = events(reference,
                   "The Riverton-Ningbo Ferry Forum, one of several events that will take place in Ningbo this year, "
                   "opened in Hong Kong today (May 9).",
                   published=date(2031, 5, 9))
    forum = found["Riverton-Ningbo Ferry Forum"]
    assert forum["places"] == {"hong-kong"} and forum["start"] == ["2031-05-09"]
    found = events(reference,
                   "The Riverton Lantern Festival will be followed by a concert that will take place in Hangzhou on June 2.",
                   published=date(2031, 5, 9))
    festival = found["Riverton Lantern Festival"]
    assert festival["places"] == set() and festival["start"] == []


def test_an_event_which_will_take_place_somewhere_is_still_there(reference):
    found = events(reference,
                   "The Riverton Lantern Festival, which will take place in Hangzhou on June 2, will feature a concert.",
                   published=date(2031, 5, 9))
    festival = found["Riverton Lantern Festival"]
    assert festival["places"] == {"hangzhou"} and festival["start"] == ["2031-06-02"]
    for text in ("The Riverton Lantern Festival, an annual fair that is held in Hangzhou, will feature a concert.",
                 "The Riverton Lantern Festival, followed by a dinner, was held in Hangzhou on June 2.",
                 'The "Riverton Lantern Festival", which runs June 2-4 in Hangzhou, will feature a concert.'):
        assert "hangzhou" in events(reference, text, published=date(2031, 5, 9))["Riverton Lantern Festival"]["places"], text


def test_the_previous_meeting_a_working_group_recalls_is_an_event_with_place_and_date(reference):
    found = events(reference,
                   "The River Safety Working Group held its sixth meeting in Hong Kong today (May 16).",
                   "The working group was formed in 2027. Its previous meeting was held in Ningbo in November 2030.",
                   published=date(2031, 5, 16))
    assert found["Previous meeting"]["places"] == {"ningbo"} and found["Previous meeting"]["start"] == ["2030-11"]
    assert found["Sixth meeting"]["places"] == {"hong-kong"}
    found = events(reference,
                   "Mr Alan Wexford said that since the last meeting, held in Hangzhou last September, the two sides "
                   "had trained 80 crews.",
                   published=date(2031, 5, 16))
    assert found["Previous meeting"]["places"] == {"hangzhou"} and found["Previous meeting"]["start"] == ["2030-09"]


def test_the_next_meeting_a_working_group_plans_is_an_event(reference):
    found = events(reference,
                   "The River Safety Working Group was formed in 2027. Its next meeting will be held in Ningbo next year.",
                   published=date(2031, 5, 16))
    assert found["Next meeting"]["places"] == {"ningbo"} and found["Next meeting"]["start"] == ["2032"]


def test_the_mechanisms_last_session_or_a_meeting_not_said_to_be_held_is_no_other_meeting(reference):
    found = events(reference,
                   "The Hong Kong/Shanghai Co-operation Conference was set up in 2003. Its last session was held in Hong "
                   "Kong in April 2030.",
                   "The two sides reviewed the items agreed at the previous meeting in Ningbo.",
                   published=date(2031, 5, 16))
    assert not [label for label in found if label.startswith(("Previous", "Last"))]


def test_the_mechanisms_sessions_told_a_sentence_after_it_are_no_other_meetings(reference):
    found = events(reference,
                   "Mr Alan Wexford said the Hong Kong/Shanghai Co-operation Conference had achieved fruitful results.",
                   "Its next session will be held in Shanghai next year.",
                   published=date(2031, 5, 16))
    assert not [label for label in found if label.startswith("Next")]
    found = events(reference,
                   "The Hong Kong/Shanghai Co-operation Conference was set up in 2003.",
                   "Since then, the Conference has met eight times. Its last meeting was held in Shanghai in 2030.",
                   published=date(2031, 5, 16))
    assert not [label for label in found if label.startswith("Previous")]


def test_a_body_set_up_under_the_mechanism_still_has_its_own_last_session(reference):
    found = events(reference,
                   "The ferry working meeting was set up in 2027 under the Hong Kong/Shanghai Co-operation Conference "
                   "mechanism. Its last session took place in Ningbo in March 2030.",
                   published=date(2031, 5, 16))
    assert found["Previous session"]["places"] == {"ningbo"}


def test_a_previous_meeting_told_beside_a_plan_is_in_the_past(reference):
    found = events(reference,
                   "The working group, which will report to the Conference in Ningbo in August, said its last meeting "
                   "took place in Hangzhou in November.",
                   published=date(2031, 5, 16))
    assert found["Previous meeting"]["start"] == ["2030-11"]


def test_a_previous_and_a_next_meeting_in_one_sentence_are_both_read(reference):
    found = events(reference,
                   "The Riverton Ferry Fund committee met today. The previous meeting, held in Ningbo on March 15, 2030, "
                   "set up the fund, and the next meeting will be held in Hangzhou in September.",
                   published=date(2031, 5, 16))
    assert found["Previous meeting"]["start"] == ["2030-03-15"] and found["Previous meeting"]["places"] == {"ningbo"}
    assert found["Next meeting"]["start"] == ["2031-09"] and found["Next meeting"]["places"] == {"hangzhou"}


def test_the_next_session_of_a_forums_programme_is_no_other_meeting(reference):
    found = events(reference,
                   "The Secretary for Tourism chaired the morning session. The next session will take place in Hong "
                   "Kong, featuring speakers from Ningbo.",
                   published=date(2031, 5, 16))
    assert "Next session" not in found


def test_a_visit_of_some_days_that_ends_on_a_day_began_that_many_days_before(reference):
    found = events(reference,
                   "The Secretary for Tourism, Mr Alan Wexford, and his delegation in Ningbo toured a ferry depot.",
                   "Mr Wexford concluded his three-day visit to Ningbo today (May 16).",
                   published=date(2031, 5, 16))
    visit = found["Visit of Alan Wexford to Ningbo"]
    assert visit["start"] == ["2031-05-14"] and visit["end"] == ["2031-05-16"]


def test_the_day_a_visit_ends_on_is_not_its_first(reference):
    found = events(reference,
                   "The Vice Mayor of Ningbo, Mr Bo Lintao, is leading a delegation on a three-day visit to Hong Kong, "
                   "which ends tomorrow (May 17).",
                   published=date(2031, 5, 16))
    visit = found["Visit of Bo Lintao to Hong Kong"]
    assert visit["start"] == ["2031-05-15"] and visit["end"] == ["2031-05-17"]


def test_a_visit_with_no_length_or_begun_today_keeps_the_days_it_was_given(reference):
    found = events(reference,
                   "The Secretary for Tourism, Mr Alan Wexford, and his delegation in Ningbo toured a ferry depot.",
                   "Mr Wexford concluded his visit to Ningbo today (May 16).",
                   published=date(2031, 5, 16))
    assert found["Visit of Alan Wexford to Ningbo"]["start"] == []
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, began a two-day visit to Ningbo today (May 16).",
                   published=date(2031, 5, 16))
    visit = found["Visit of Alan Wexford to Ningbo"]
    assert visit["start"] == ["2031-05-16"] and visit["end"] == ["2031-05-17"]


def test_meeting_someone_and_his_delegation_in_a_place_is_a_meeting_there(reference):
    found = events(reference,
                   "The Vice Mayor of Ningbo, Mr Bo Lintao, met with the Secretary for Tourism, Mr Alan Wexford, and his "
                   "delegation in Ningbo on Tuesday.",
                   published=date(2031, 5, 16))
    assert found["Meeting of Bo Lintao with the Secretary for Tourism, Mr Alan Wexford"]["places"] == {"ningbo"}


def test_a_delegation_that_stays_in_a_place_after_a_meeting_does_not_place_it(reference):
    found = events(reference,
                   "The Vice Mayor of Ningbo, Mr Bo Lintao, met with the Secretary for Tourism, Mr Alan Wexford, whose "
                   "delegation in Ningbo will tour the port.",
                   published=date(2031, 5, 16))
    assert found["Meeting of Bo Lintao with the Secretary for Tourism, Mr Alan Wexford"]["places"] == set()


def test_a_delegation_in_a_place_inside_a_clause_about_the_person_met_does_not_place_the_meeting(reference):
    found = events(reference,
                   "Mr Alan Wexford met Mr Bo Lintao, who was a member of the Ningbo delegation in Beijing during the "
                   "spring, in Hong Kong today (May 16).",
                   published=date(2031, 5, 16))
    assert found["Meeting of Alan Wexford and Bo Lintao"]["places"] == {"hong-kong"}
    found = events(reference,
                   "The Secretary for Tourism, Mr Alan Wexford, met Mr Bo Lintao, who received a Hong Kong ferry "
                   "delegation in Ningbo last year, at the Riverton Ferry Pier today (May 16).",
                   published=date(2031, 5, 16))
    assert "ningbo" not in found["Meeting of Alan Wexford and Bo Lintao"]["places"]
    found = events(reference,
                   "Mr Alan Wexford today (May 16) met Mr Bo Lintao, who headed the Ningbo delegation in Hangzhou last year.",
                   published=date(2031, 5, 16))
    assert found["Meeting of Alan Wexford and Bo Lintao"]["places"] == set()


def test_the_length_of_another_trip_does_not_date_the_visit(reference):
    for told in ("Mr Wexford, who made a three-day visit to Beijing in March, said the trip had been fruitful.",
                 "Mr Wexford said that a five-day trip would be needed next year.",
                 "Mr Wexford will lead a seven-day trip to the Middle East in September."):
        found = events(reference,
                       "The Secretary for Tourism, Mr Alan Wexford, is visiting Ningbo.",
                       "He will return to Hong Kong tomorrow (May 17).", told,
                       published=date(2031, 5, 16))
        assert found["Visit of Alan Wexford to Ningbo"]["start"] == [], told


def test_the_length_of_this_visit_told_apart_from_its_end_dates_it(reference):
    found = events(reference,
                   "The Secretary for Tourism, Mr Alan Wexford, is visiting Ningbo.",
                   "He will return to Hong Kong tomorrow (May 17).",
                   "Mr Wexford said his three-day visit to Ningbo had been fruitful.",
                   published=date(2031, 5, 16))
    visit = found["Visit of Alan Wexford to Ningbo"]
    assert visit["start"] == ["2031-05-15"] and visit["end"] == ["2031-05-17"]
    found = events(reference,
                   "The Secretary for Tourism, Mr Alan Wexford, is visiting Ningbo.",
                   "He will return to Hong Kong tomorrow (May 17).",
                   "Mr Wexford is on a three-day visit to promote ferry tourism.",
                   published=date(2031, 5, 16))
    assert found["Visit of Alan Wexford to Ningbo"]["start"] == ["2031-05-15"]
