"""Wrong facts news stories and long-form texts tempted the converter into, read from invented sentences (none
comes from a document of the repository): a place's mechanism named short, a date of a career clause, a
recommendation, a back reference by "their own", a role word before a name. Each with a near miss kept."""

import time
from datetime import date

from rdflib.namespace import RDFS
from test_events_kinds import DOC, events

from kg.extract.document import extract
from kg.text.sentences import split_sentences


def test_a_places_conference_named_short_is_no_event(reference):
    found = events(reference, "The Guangdong conference meets every year, while the Beijing conference has met irregularly.",
                   published=date(2031, 7, 2))
    assert not found


def test_a_capitalised_conference_of_a_place_stays_an_event(reference):
    found = events(reference, "Mr Hal Brody spoke at the Shanghai Conference on Urban Renewal today (July 2).",
                   published=date(2031, 7, 2))
    assert any("Shanghai Conference" in label for label in found)


def test_a_date_in_a_clause_of_appointment_dates_no_event(reference):
    found = events(reference, "Riverton Mayor Hal Brody, who took office in December 2030, arrived in Shanghai on Tuesday "
                   "for a three-day visit.", published=date(2031, 7, 2))
    assert found["Visit of Hal Brody to Shanghai"]["start"] == ["2031-07-01"]


def test_a_date_in_a_clause_of_arrival_still_dates(reference):
    found = events(reference, "Mr Hal Brody, who arrived in Shanghai on Monday, attended a forum on finance on Tuesday.",
                   published=date(2031, 7, 2))
    forum = next(e for label, e in found.items() if label.startswith("Forum"))
    assert forum["start"] == ["2031-07-01"]


def test_a_recommendation_names_no_event(reference):
    found = events(reference, "Recommendations", "2. Hold an annual review meeting of the two deputy heads.",
                   "Convene a forum of business chambers on the sidelines of the next session.", published=date(2031, 7, 2))
    assert not found


def test_a_dated_plan_to_hold_stays_an_event(reference):
    found = events(reference, "The chambers will hold an annual review meeting on 5 August.", published=date(2031, 7, 2))
    assert any(label.startswith("Review meeting") for label in found)


def test_their_own_conference_is_a_reference_not_a_name(reference):
    found = events(reference, "The talks come before the two cities hold the seventh plenary session of their own co-operation "
                   "conference in Riverton in May.", published=date(2031, 4, 2))
    assert not [label for label in found if "own" in label.lower()]


def test_a_role_word_before_a_name_is_not_part_of_it(reference):
    f = extract(split_sentences(["Panellist Ada Quell, a professor of finance at Riverton University, said rules remain hard.",
                                 "Moderator Bo Kettle, head of research at Tamsin Capital, opened the panel."]),
                title=None, published=date(2031, 7, 2), doc=DOC, reference=reference)
    names = {str(o) for s, p, o in f.triples if p == RDFS.label and "/person/" in str(s)}
    assert names and not any(name.startswith(("Panellist", "Moderator")) for name in names)


def test_the_proposal_pattern_fails_fast():
    from kg.extract.proposals import PROPOSAL
    text = "2. Hold " + "an " * 2000 + "meeting"
    started = time.perf_counter()
    PROPOSAL.match(text)
    assert time.perf_counter() - started < 0.05


def test_a_firms_city_office_is_not_the_governments(reference):
    f = extract(split_sentences(["Ms Ada Quell opened her practice's Shanghai office in 2029.",
                                 "The seminar is organised by the Shanghai Office."]),
                title=None, published=date(2031, 7, 2), doc=DOC, reference=reference)
    sheto = next(iri for iri in f.mentions if str(iri).endswith("hong-kong-economic-and-trade-office-in-shanghai"))
    assert f.mentions[sheto] == {1}


def test_the_day_of_an_interview_is_not_the_storys_day(reference):
    found = events(reference, "Mr Hal Brody met Shanghai officials at the Harbour Hall yesterday.",
                   '"It was overdue," Dr Ada Quell said in an interview on Tuesday.',
                   "Mr Brody attended a forum on shipping in the afternoon.", published=date(2031, 7, 4))
    assert found["Forum on shipping"]["start"] == ["2031-07-03"]


def test_a_day_told_plainly_stays_the_storys_day(reference):
    found = events(reference, "Mr Hal Brody met Shanghai officials at the Harbour Hall yesterday.",
                   "Dr Ada Quell toured the Riverton Science Park on Tuesday.",
                   "Mr Brody attended a forum on shipping in the afternoon.", published=date(2031, 7, 4))
    assert found["Forum on shipping"]["start"] == ["2031-07-01"]
