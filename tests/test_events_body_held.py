"""Events bodies hold, named by their kind alone (kg/extract/body_held.py), and the visitor a relative clause
names (kg/extract/visits.py, kg/extract/itinerary.py): invented releases, each with a near miss."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
CEREMONY = ("The Riverton Education Bureau (REB) and the Lakeside Education Commission jointly held a ceremony today "
            "(May 6) at the Harbour Education Centre for 30 new pairs of sister schools.\n\n")


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def test_bodies_holding_a_ceremony_for_something_hold_an_event(reference):
    event = found(reference, CEREMONY).get("Ceremony for 30 new pairs of sister schools")
    assert event is not None, found(reference, CEREMONY)
    assert event["organisers"] == {"riverton-education-bureau", "lakeside-education-commission"}, event
    assert event["places"] == {"harbour-education-centre"} and event["start"] == ["2031-05-06"], event


def test_a_person_holding_it_or_a_ceremony_never_held_is_no_bodys_event(reference):
    body = ("Mr Alan Tse held a ceremony today for 30 new pairs of sister schools. The Riverton Education Bureau "
            "has never held a seminar for principals. The Lakeside Education Commission held a forum on school "
            "management every year.\n")
    assert not any(e["organisers"] for e in found(reference, body).values()), found(reference, body)


def test_a_session_hosted_after_the_ceremony_is_organised_on_its_day(reference):
    body = CEREMONY + ("Mr Zhou Ming said his teachers would join lesson observations tomorrow.\n\n"
                       "Following the ceremony, the REB hosted a sharing session on STEM education at the same venue.\n")
    session = next(e for label, e in found(reference, body).items() if label.lower().startswith("sharing session"))
    assert session["organisers"] == {"riverton-education-bureau"} and session["start"] == ["2031-05-06"], session


def test_the_visitor_of_a_relative_clause_is_the_person_before_it(reference):
    body = ("Officiating at the ceremony were the Secretary for Education, Mr Kevin Tam, and the Deputy Director "
            "of the Lakeside Education Commission, Mr Zhou Ming, who is leading a delegation of 40 teachers on a "
            "visit to Hong Kong from May 5 to 8.\n")
    visits = {label: e for label, e in found(reference, body).items() if label.startswith("Visit")}
    assert list(visits) == ["Visit of Zhou Ming to Hong Kong"], visits
    assert visits["Visit of Zhou Ming to Hong Kong"]["attendees"] == {"zhou-ming"}, visits


def test_a_leader_named_first_still_leads(reference):
    body = ("Mr Zhou Ming, Deputy Director of the Lakeside Education Commission, is leading a delegation of 40 "
            "teachers, including Ms Wu Lan, on a visit to Hong Kong from May 5 to 8.\n")
    visits = {label: e for label, e in found(reference, body).items() if label.startswith("Visit")}
    assert visits.get("Visit of Zhou Ming to Hong Kong", {}).get("attendees", set()) >= {"zhou-ming", "wu-lan"}, visits


def test_a_long_line_of_bodies_and_holdings_is_read_fast(reference):
    import time
    line = ", ".join(["the Riverton Education Bureau and the Lakeside Trade Council jointly held a ceremony for schools"] * 60)
    started = time.process_time()
    found(reference, f"{line}.\n")
    assert time.process_time() - started < 5.0


def session_people(reference, body: str) -> set[str]:
    from rdflib.namespace import SDO

    from conftest import DOC, tail
    from kg.extract.document import extract
    from kg.text.clean import clean
    from kg.text.sentences import split_sentences
    found = extract(split_sentences(clean(body, title="Release").paragraphs), title=None, published=DAY, doc=DOC,
                    reference=reference)
    return {tail(o) for s, p, o in found.triples if p == SDO.attendee and "/session/" in str(s)}


def test_the_meeting_after_people_met_is_no_session_recalled_in_passing(reference):
    body = ("The Chief Executive, Mr Alan Tse, met the Vice Mayor of Shanghai, Mr Zhou Ming, at Government House "
            "this afternoon. Mr Tse recalled that the Sixth Plenary Session of the Hong Kong/Shanghai Co-operation "
            "Conference was held in Shanghai in November 2023. Also attending the meeting were "
            "Ms Joan Ho and Mr Li Gang.\n")
    assert not session_people(reference, body) & {"joan-ho", "li-gang"}


def test_the_meeting_of_a_session_told_with_its_chairs_is_still_the_session(reference):
    body = ("The sixth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai today, "
            "co-chaired by Mr Alan Tse and Mr Zhou Ming. Also attending the meeting were Ms Joan Ho and Mr Li Gang.\n")
    assert {"joan-ho", "li-gang"} <= session_people(reference, body)


def test_bodies_holding_their_meeting_or_meeting_between_them_organise_it(reference):
    body = ("In trade, the Riverton Services and the Treasury Bureau and the Lakeside Commerce Commission held their "
            "13th working meeting in Shanghai in March this year.\n\nA working meeting between the Riverton Trade "
            "Bureau and the Lakeside Commerce Commission was held at the Central Government Offices on April 20.\n")
    events = found(reference, body)
    assert events["13th working meeting"]["organisers"] == {"riverton-services-and-the-treasury-bureau",
                                                            "lakeside-commerce-commission"}, events
    meeting = next(e for label, e in events.items() if label.lower() == "working meeting")
    assert meeting["organisers"] == {"riverton-trade-bureau", "lakeside-commerce-commission"}, events
    assert meeting["places"] == {"central-government-offices"}, events


def test_people_holding_their_meeting_or_meeting_between_them_organise_nothing(reference):
    body = ("Mr Alan Tse and Mr Zhou Ming held their 13th working meeting in Shanghai in March this year.\n\n"
            "A working meeting between Mr Alan Tse and Mr Zhou Ming was held at the Central Government Offices on April 20.\n")
    assert not any(e["organisers"] for e in found(reference, body).values()), found(reference, body)


def test_bodies_that_held_the_meeting_with_words_before_its_kind_organised_it(reference):
    """A report's "A and B held the first ferry co-operation working meeting in ...": the words between "the" and
    the kind do not part the bodies from the meeting."""
    body = ("The Riverton Harbour Bureau and the Lakeside Port Office held the first ferry co-operation working meeting "
            "in March 2031.\n")
    event = next(e for label, e in found(reference, body).items() if "meeting" in label.lower())
    assert event["organisers"] == {"riverton-harbour-bureau", "lakeside-port-office"} and event["start"] == ["2031-03"], event


def test_bodies_that_held_something_else_before_the_meeting_did_not_organise_it(reference):
    body = ("The Riverton Harbour Bureau and the Lakeside Port Office held the press briefing after the working meeting "
            "in March 2031.\n")
    events = found(reference, body)
    assert not any(e["organisers"] for label, e in events.items() if "meeting" in label.lower()), events


def test_a_paper_s_paragraph_number_and_status_tag_are_not_part_of_the_subject(reference):
    for lead in ("7.  ", "3.12  (Ongoing) ", "(c) "):
        body = f"{lead}The Riverton Harbour Bureau and the Lakeside Port Office jointly organised a ferry safety seminar in May 2031.\n"
        event = next(e for label, e in found(reference, body).items() if "seminar" in label.lower())
        assert event["organisers"] == {"riverton-harbour-bureau", "lakeside-port-office"}, (lead, event)


def test_a_number_inside_the_subject_still_parts_it(reference):
    body = "In 2030, 7 Riverton traders and the Lakeside Port Office jointly organised a ferry safety seminar in May 2031.\n"
    assert not any(e["organisers"] for e in found(reference, body).values()), found(reference, body)


def test_a_centre_for_something_of_a_department_and_a_body_with_a_two_word_short_name_hold_it(reference):
    body = ("The Centre for Harbour Safety (CHS) of the Riverton Marine Department and the Shanghai Municipal "
            "Administration for River Traffic (Shanghai ART) held the Third Riverton-Shanghai Harbour Safety "
            "Meeting by video conference today (May 6).\n")
    event = next(e for label, e in found(reference, body).items() if "Harbour Safety Meeting" in label)
    assert event["organisers"] == {"centre-for-harbour-safety", "shanghai-municipal-administration-for-river-traffic"}, event


def test_people_for_a_cause_holding_it_are_no_bodies(reference):
    body = ("Members of the Committee for Harbour Safety held the Third Riverton Harbour Safety Meeting today "
            "(May 6).\n")
    assert not any(e["organisers"] for e in found(reference, body).values()), found(reference, body)
