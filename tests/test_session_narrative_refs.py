"""Sessions of a long narrative told once by number, then by reference back: "A co-chaired it with B" after the
sentence that named the session, "The session was held at ..." after it, "the 2031 meeting" for the session of that
year, "the third sitting" (kg.extract.session_pronoun, kg.extract.events, kg.extract.sessions).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

from datetime import date

from rdflib.namespace import RDFS, SDO

from conftest import facts

CONF = "The Hong Kong/Shanghai Co-operation Conference was set up in 2030."


def told(findings, number: int) -> set[tuple[str, str]]:
    return {(str(p).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in findings.triples
            if str(s).endswith(f"/session/hong-kong-shanghai-co-operation-conference-{number}")
            and p in (SDO.startDate, SDO.location, SDO.attendee)}


def labels(findings) -> set[str]:
    return {str(o) for s, p, o in findings.triples if p == RDFS.label and "/event/" in str(s)}


def test_co_chaired_it_after_the_sentence_that_named_the_session(reference):
    found = facts(reference, CONF + " The second plenary session did not take place until 9 June 2032, in Hong Kong. "
                  "Mr John Lee, the Chief Executive, co-chaired it with Mr Gong Zheng.", published=date(2040, 3, 1))
    assert {("attendee", "john-lee-ka-chiu"), ("attendee", "gong-zheng")} <= told(found, 2)


def test_co_chaired_it_far_from_the_session_or_to_come_attends_nothing(reference):
    far = facts(reference, CONF + " The second plenary session was held on 9 June 2032 in Hong Kong.",
                "The weather was poor. The harbour was grey. Mr John Lee co-chaired it with Mr Gong Zheng.", published=date(2040, 3, 1))
    will = facts(reference, CONF + " The second plenary session is due to be held in Hong Kong next year. "
                 "Mr John Lee is expected to co-chair it with Mr Gong Zheng.", published=date(2031, 3, 1))
    assert not any(p == "attendee" for p, _ in told(far, 2))
    assert not any(p == "attendee" for p, _ in told(will, 2))


def test_the_session_was_held_at_after_the_sentence_that_named_it(reference):
    found = facts(reference, CONF + " On 9 June 2032 the Mayor of Shanghai, Mr Gong Zheng, came to Hong Kong for the "
                  "second plenary session. The session was held at the Central Government Offices. The Chief "
                  "Executive, Mr John Lee, and Mr Gong co-chaired it.", published=date(2040, 3, 1))
    assert {("location", "central-government-offices"), ("attendee", "john-lee-ka-chiu"),
            ("attendee", "gong-zheng")} <= told(found, 2)


def test_it_was_held_after_a_sentence_with_the_session_as_its_object(reference):
    found = facts(reference, CONF + " The fourth plenary session was held in Hong Kong in 2032. Two years later, the pandemic put the fifth session on screen. It was held by video "
                  "conference on 3 May 2034, with Mr John Lee in Hong Kong and Mr Gong Zheng in Shanghai.",
                  published=date(2040, 3, 1))
    assert {("startDate", "2034-05-03"), ("attendee", "john-lee-ka-chiu"), ("attendee", "gong-zheng")} <= told(found, 5)
    assert not any(p == "location" for p, _ in told(found, 5))


def test_the_year_meeting_is_no_event_of_its_own(reference):
    found = facts(reference, CONF + " The second plenary session was held on 9 June 2032 in Hong Kong. Critics call the "
                  "2032 meeting a turning point.", published=date(2040, 3, 1))
    assert not any("2032 meeting" in label for label in labels(found))


def test_the_third_sitting(reference):
    found = facts(reference, CONF + " The third sitting, two years later, was held in Shanghai.", published=date(2040, 3, 1))
    assert ("location", "shanghai") in told(found, 3)


def test_two_days_later_counts_from_the_day_told(reference):
    found = facts(reference, CONF + " On 9 June 2032 the Mayor of Shanghai, Mr Gong Zheng, came to Hong Kong for the "
                  "second plenary session. Two days later, before flying home, Mr Gong toured the Hong Kong Science Park.",
                  published=date(2040, 3, 1))
    days = {str(o) for s, p, o in found.triples if p == SDO.startDate and "/event/" in str(s)}
    assert "2032-06-11" in days and "2032-06-09" not in days


def test_renaming_told_by_the_session_that_made_it(reference):
    found = facts(reference, "The Hong Kong/Shanghai Economic and Trade Co-operation Conference was set up in 2030. "
                  "The second plenary session, in Hong Kong in January 2033, renamed the body and widened its remit.",
                  published=date(2040, 3, 1))
    renamed = {str(o) for s, p, o in found.triples if p == SDO.startDate and "/renaming-" in str(s)}
    assert renamed == {"2033-01"}


def test_renaming_without_a_former_name_told_is_none(reference):
    found = facts(reference, CONF + " The second plenary session, in Hong Kong in January 2033, renamed the body.",
                  published=date(2040, 3, 1))
    assert not any("/renaming-" in str(s) for s, p, o in found.triples)


def test_founded_since_it_was_set_up_and_apposed_since(reference):
    since_it = facts(reference, "The Hong Kong/Shanghai Co-operation Conference met in 2036. It was the fourth plenary "
                     "of a mechanism that has met rarely since it was set up in October 2030.", published=date(2040, 3, 1))
    apposed = facts(reference, "The Hong Kong/Shanghai Co-operation Conference, the mechanism through which the two "
                    "governments have pursued co-operation since 2031, held its seventh plenary session in Hong Kong.",
                    published=date(2040, 3, 1))
    created = lambda found: {str(o) for s, p, o in found.triples if str(p).endswith("/created")}  # noqa: E731
    assert created(since_it) == {"2030-10"}
    assert created(apposed) == {"2031"}
