"""Talks on a day of their own (kg/extract/meetings.py) and meetings of "the two leaders"
(kg/extract/plural_meetings.py): invented releases, each with a near miss."""

from datetime import date

import pytest

from conftest import cleaned_events

DAY = date(2031, 5, 6)


def test_talks_on_another_day_are_a_meeting_of_their_own(reference):
    body = ("On the afternoon of May 6, the Mayor of Shanghai, Mr Gong Zheng, met with the Secretary for Justice, "
            "Mr Paul Lam, at the Harbourfront Hotel. Vice Mayor Hua Yuan was present.\n"
            "On Monday (May 5), Mr Hua Yuan held talks with Mr Paul Lam at the Riverside Guest House.\n")
    found = cleaned_events(reference, body, title="Release", published=DAY)
    talks = [e for label, e in found.items() if label.startswith("Talks")]
    assert len(talks) == 1 and talks[0]["start"] == ["2031-05-05"], found
    same_day = body.replace("On Monday (May 5)", "Later that day")
    found = cleaned_events(reference, same_day, title="Release", published=DAY)
    assert not any(label.startswith("Talks") for label in found), found


PAIR = ("The Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, agreed today (May 6) to deepen "
        "co-operation in finance.\n")


def test_the_two_leaders_met_is_a_meeting_of_the_pair_told_before(reference):
    found = cleaned_events(reference, PAIR + "The two leaders met in Shanghai this afternoon.\n", title="Release", published=DAY)
    meetings = {label: e for label, e in found.items() if label.startswith("Meeting of")}
    (meeting,) = meetings.values()
    assert meeting["attendees"] == {"john-lee-ka-chiu", "gong-zheng"} and meeting["places"] == {"shanghai"}, found
    assert meeting["start"] == ["2031-05-06"], found


def test_the_two_leaders_after_three_people_is_no_meeting(reference):
    three = PAIR.replace("and the Mayor", "the Financial Secretary, Mr Paul Chan, and the Mayor")
    found = cleaned_events(reference, three + "The two leaders met in Shanghai this afternoon.\n", title="Release", published=DAY)
    assert not any(label.startswith("Meeting of") for label in found), found


@pytest.mark.xfail(strict=True, reason="a return in the arrival's own sentence does not end the visit yet")
def test_arriving_and_returning_in_one_sentence_gives_the_visits_both_days(reference):
    from rdflib.namespace import RDF, SDO

    from conftest import DOC
    from kg.extract.document import extract
    from kg.namespaces import HKSH
    from kg.text.clean import clean
    from kg.text.sentences import split_sentences

    cleaned = clean("Mr Paul Lam arrived in Shanghai on May 4 and returned to Hong Kong on May 7.\n", title="Release")
    found = extract(split_sentences(cleaned.paragraphs), title=None, published=DAY, doc=DOC, reference=reference,
                    paragraph_dates=cleaned.paragraph_dates)
    (visit,) = found.subjects(RDF.type, HKSH.Visit)
    assert [str(d) for d in found.objects(visit, SDO.endDate)] == ["2031-05-07"]
