"""Review of the session's rules of sessions, history, agreements, areas and the cleaner (a session's own clause,
sessions named by relation, a back reference to the founding, an agreement's topic with "of", the cues of areas and
the headed lists): invented sentences of press releases on which a new rule gives a wrong fact (none from a document
of the repository)."""

from datetime import date

import pytest
from conftest import facts
from kg.text.clean import clean

DAY = date(2036, 5, 6)
OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."
OTHER = "The Hong Kong/Guangdong Co-operation Joint Conference also met in Guangzhou this year."
SESSION = "https://w3id.org/hksh/id/session/hong-kong-shanghai-co-operation-conference-"


def values(f, subject: str, predicate: str) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if str(s) == subject and str(p).endswith(predicate)}


def sessions(f) -> set[str]:
    return {str(s) for (s, p, o) in f.triples if str(s).startswith(SESSION)}


def areas(f) -> set[str]:
    return {str(e).rsplit("/", 1)[-1] for e in f.mentions if "/area/" in str(e)}


def created(f) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if str(p).endswith("/created") and "/org/" in str(s)}


def labels(f, kind: str) -> set[str]:
    return {str(o) for (s, p, o) in f.triples if f"/{kind}/" in str(s) and str(p).endswith("#label")}


# -- a session's own clause ("..., which he will co-chair ...")

def test_a_session_s_clause_that_runs_on_into_the_rest_of_the_trip_does_not_date_it(reference):
    f = facts(reference, "John Lee will lead a delegation to Shanghai for the seventh plenary session of the Hong Kong/Shanghai "
              "Co-operation Conference, which he will co-chair with Gong Zheng, and will then travel on to Beijing on "
              "20 November for meetings with central officials.", published=DAY)
    assert "2036-11-20" not in values(f, SESSION + "7", "startDate"), values(f, SESSION + "7", "startDate")
    assert not any(v.endswith("/beijing") for v in values(f, SESSION + "7", "location"))


def test_another_meeting_s_clause_does_not_date_or_place_the_session(reference):
    f = facts(reference, OURS, "After the seventh plenary session, John Lee will go on to a meeting, which he will chair "
              "in Shenzhen on 20 November.", published=DAY)
    assert "2036-11-20" not in values(f, SESSION + "7", "startDate"), values(f, SESSION + "7", "startDate")
    assert not any(v.endswith("/shenzhen") for v in values(f, SESSION + "7", "location"))


def test_a_session_s_own_clause_still_dates_and_places_it(reference):
    f = facts(reference, "Gong Zheng will lead a delegation to Hong Kong from November 16 to 18 for the ninth plenary "
              "session of the Hong Kong/Shanghai Co-operation Conference, which he will co-chair with John Lee in Hong "
              "Kong on November 17.", published=DAY)
    assert "2036-11-17" in values(f, SESSION + "9", "startDate"), values(f, SESSION + "9", "startDate")


# -- sessions named by relation

def test_a_first_session_of_another_body_named_before_is_not_ours(reference):
    f = facts(reference, OURS, "Gong Zheng also attends the Hong Kong/Guangdong Co-operation Joint Conference. His first "
              "plenary session was the 19th, in Guangzhou in 2018.", published=DAY)
    assert SESSION + "19" not in sessions(f), sessions(f)


def test_the_previous_session_of_another_body_named_before_is_not_ours(reference):
    f = facts(reference, OURS, OTHER, "John Lee met Gong Zheng in Hong Kong at the previous session in 2035.", published=DAY)
    assert SESSION + "5" not in sessions(f), sessions(f)


# -- the founding told by a back reference

def test_another_pair_s_mechanism_which_was_set_up_is_not_ours(reference):
    f = facts(reference, OURS, "Separately, Hong Kong and Shenzhen signed an agreement on innovation under the "
              "co-operation mechanism, which was set up in 2004.", published=DAY)
    assert "2004" not in created(f), created(f)


# -- an agreement's topic with "of"

def test_when_or_how_an_agreement_was_signed_is_not_its_topic(reference):
    for phrase in ("on the sidelines of the summit in Shanghai", "on the basis of the consensus in Shanghai",
                   "on the occasion of the anniversary, witnessed by John Lee", "on the eve of the session",
                   "on the first day of the visit at the session"):
        f = facts(reference, OURS, f"The two sides signed a memorandum {phrase}.", published=DAY)
        found = labels(f, "agreement")
        assert not any(" of " in label for label in found), (phrase, found)


def test_an_agreement_s_topic_with_of_is_still_read(reference):
    f = facts(reference, OURS, "The two sides signed an arrangement on mutual recognition of professional qualifications "
              "at the session.", published=DAY)
    assert "Arrangement on mutual recognition of professional qualifications" in labels(f, "agreement"), labels(f, "agreement")


# -- cues of areas

def test_another_conference_s_exchanges_name_no_area_of_ours(reference):
    f = facts(reference, OURS, "Separately, the Hong Kong/Guangdong Co-operation Joint Conference agreed to strengthen "
              "exchanges on finance and tourism.", published=DAY)
    assert areas(f) == set(), areas(f)


def test_exchanges_on_a_visit_or_a_manner_name_no_field(reference):
    for sentence in ("The two sides agreed to strengthen exchanges on the upcoming visit and the next session.",
                     "The two sides agreed to step up exchanges on a regular basis and at all levels."):
        f = facts(reference, OURS, sentence, published=DAY)
        assert areas(f) == set(), (sentence, areas(f))


def test_exchanges_on_fields_are_still_read(reference):
    f = facts(reference, OURS, "The two sides agreed to strengthen exchanges on finance and tourism.", published=DAY)
    assert {"finance", "tourism"} <= areas(f), areas(f)


def test_a_report_s_counted_areas_are_not_fields_of_co_operation(reference):
    f = facts(reference, OURS, "The audit report has 41 recommendations in 12 areas, from governance to staffing, "
              "procurement and records.", published=DAY)
    assert not {"governance", "staffing", "procurement", "records"} & areas(f), areas(f)


def test_another_mechanism_s_remit_names_no_area_of_ours(reference):
    f = facts(reference, OURS, "The Guangdong mechanism, which was set up in 1998, has since also covered finance, "
              "tourism and education.", published=DAY)
    assert areas(f) == set(), areas(f)


def test_another_conference_s_priority_areas_are_not_ours(reference):
    f = facts(reference, OURS, "The Hong Kong/Guangdong Co-operation Joint Conference named culture and tourism as "
              "priority areas.", published=DAY)
    assert areas(f) == set(), areas(f)


def test_areas_of_concern_are_not_fields_of_co_operation(reference):
    f = facts(reference, OURS, "The Council identified ageing and housing as key areas of concern for the coming year.",
              published=DAY)
    assert not {"ageing", "housing"} & areas(f), areas(f)


# -- headed lists

def test_a_heading_over_page_furniture_makes_no_areas(reference):
    for tail in ("Key areas\n\nSpeakers\n\nPanel discussion\n\nQuestions and answers\n\nPress enquiries\n",
                 "Key areas\n\nFinance\n\nTourism\n\nPhoto gallery\n\nRelated links\n\nBack to top\n"):
        paragraphs = clean(OURS + "\n\n" + tail).paragraphs
        found = areas(facts(reference, *paragraphs, published=DAY))
        assert not {"speakers", "panel-discussion", "questions-and-answers", "press-enquiries", "photo-gallery",
                    "related-links"} & found, (paragraphs, found)
