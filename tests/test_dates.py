"""Dates in text, resolved against the publication date; what cannot be resolved is left out."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.dates import find_dates

PUB = date(2023, 11, 6)  # a Monday


@pytest.mark.parametrize("text, published, expected", [
    ("It was held in Shanghai on Saturday.", PUB, [("2023-11-04", None)]),
    ("It will be held on Saturday.", PUB, [("2023-11-11", None)]),
    ("He visited today (November 3).", PUB, [("2023-11-03", None)]),
    ("He will return tomorrow (June 26).", date(2024, 6, 25), [("2024-06-26", None)]),
    ("He will tomorrow lead a delegation to Nanjing.", date(2024, 6, 25), [("2024-06-26", None)]),
    ("She arrived last night.", date(2024, 6, 25), [("2024-06-24", None)]),
    ("He will visit Shanghai on March 17 and 18.", date(2019, 3, 15), [("2019-03-17", "2019-03-18")]),
    ("They met on 3 and 4 May 2031.", None, [("2031-05-03", "2031-05-04")]),
    ("He will tomorrow lead a delegation to Nanjing.", None, []),
    ("It was held in April this year.", date(2024, 6, 25), [("2024-04", None)]),
    ("They visited from April 25th to 28th.", date(2024, 4, 29), [("2024-04-25", "2024-04-28")]),
    ("It runs from today to November 12.", date(2023, 11, 3), [("2023-11-03", "2023-11-12")]),
    ("It was established in October 2003.", None, [("2003-10", None)]),
    ("It was renamed in 2015.", None, [("2015", None)]),
    ("Ends/Friday, November 3, 2023", None, [("2023-11-03", None)]),
    ("They visited from April 25th to 28th.", None, []),
    ("It was held on Saturday.", None, []),
    ("It will be held in April.", None, []),
    ("The 2024 Food Festival opened.", PUB, []),
])
def test_dates_resolve_or_are_left_out(text, published, expected):
    found = [(str(d.start), str(d.end) if d.end else None) for d in find_dates(text, published)]
    assert found == expected


def test_precision_is_typed():
    (day,), (month,), (year,) = (find_dates(t, None) for t in ("on May 2, 2025", "in May 2025", "in 2025"))
    assert [d.start.datatype.split("#")[1] for d in (day, month, year)] == ["date", "gYearMonth", "gYear"]


# --- relative dates of issue 13 (invented sentences) --------------------------------------------------
FRIDAY = date(2031, 5, 16)  # a Friday


@pytest.mark.parametrize("sentence, expected", [
    ("The harbour gala closed yesterday.", ("2031-05-15", None)),
    ("The pier opened last Tuesday.", ("2031-05-13", None)),
    ("The pier opened on Tuesday.", ("2031-05-13", None)),
    ("The pier opened on Friday.", ("2031-05-16", None)),      # the publication day's own weekday
    ("The pier will open on Friday.", ("2031-05-16", None)),   # a plan on the publication day's own weekday: that day
    ("The bridge was finished four years ago.", ("2027", None)),
    ("The bridge was finished 12 years ago.", ("2019", None)),
    ("This year the fair doubled in size.", ("2031", None)),
    ("The fair grew last year.", ("2030", None)),
    ("The mayor spoke today(May 16) at the pier.", ("2031-05-16", None)),
    ("This afternoon, the team toured a depot.", ("2031-05-16", None)),
    ("The fair runs from October 3 to 9 next year.", ("2032-10-03", "2032-10-09")),
    ("The mission ran from 7 to 9 April 2030.", ("2030-04-07", "2030-04-09")),
    ("The mission ran 7‐9 April 2030.", ("2030-04-07", "2030-04-09")),
    ("On 2 May, the team met the port operator.", ("2031-05-02", None)),
    ("A concert follows later this month.", ("2031-05", None)),
    ("The pier reopened last month.", ("2031-04", None)),
    ("The pier will reopen next month.", ("2031-06", None)),
    ("The depot was opened last September.", ("2030-09", None)),
    ("The depot was opened last March.", ("2031-03", None)),
    ("The depot will open next February.", ("2032-02", None)),
])
def test_relative_dates_resolve_against_the_publication_date(sentence, expected):
    spans = find_dates(sentence, FRIDAY)
    assert spans, sentence
    assert (str(spans[0].start), str(spans[0].end) if spans[0].end else None) == expected


@pytest.mark.parametrize("sentence", ["In 2027, the organisers announced that the fair would be held in Ningbo next March.",
                                      "In May 2027, the board said the pier would reopen in June next year."])
def test_a_month_counted_from_the_publication_is_not_one_of_a_sentence_set_in_another_year(sentence):
    assert [str(d.start) for d in find_dates(sentence, FRIDAY)] == ["2027" if "In 2027" in sentence else "2027-05"]


def test_a_sentence_set_in_the_publication_year_still_counts_months_from_it():
    assert [str(d.start) for d in find_dates("In 2031, the fair will be held in Ningbo next March.", FRIDAY)] == ["2031", "2032-03"]


def test_a_lower_case_month_word_after_last_is_no_month():
    assert find_dates("Whatever the court may decide, the last may well be first.", FRIDAY) == []


def test_since_a_year_needs_no_publication_date():
    assert [str(d.start) for d in find_dates("Ferries have run since 1998.", None)] == ["1998"]


@pytest.mark.parametrize("sentence", ["The gala closed yesterday.", "It opened last Monday.", "It was built three years ago.",
                                      "This year it grew.", "This morning the team toured a depot.", "It opened last June."])
def test_relative_dates_without_a_publication_date_are_left_out(sentence):
    assert find_dates(sentence, None) == []


def _without_cues(monkeypatch, text, published):
    import kg.extract.dates as dates

    monkeypatch.setattr(dates, "NEEDS", [frozenset()] * len(dates.PATTERNS))
    return dates.find_dates(text, published)


def test_the_cues_stand_for_every_pattern_and_lose_no_date_of_the_test_corpora(monkeypatch):
    """A pattern is skipped only where its cue is missing; on every sentence of the test texts the dates are
    the same as when every pattern runs."""
    from conftest import ROOT
    from kg.extract.dates import NEEDS, PATTERNS, find_dates
    from kg.text.clean import clean
    from kg.text.document import read_document
    from kg.text.sentences import split_sentences

    assert len(NEEDS) == len(PATTERNS)
    paths = sorted((ROOT / "tests" / "data").glob("*/*.txt")) + sorted((ROOT / "data" / "documents").glob("*.txt"))
    sentences = [s.text for path in paths for s in split_sentences(clean(read_document(path).body).paragraphs)]
    assert len(sentences) > 1000
    for text in sentences:
        cued = find_dates(text, date(2024, 5, 10))
        assert cued == _without_cues(monkeypatch, text, date(2024, 5, 10)), text
        monkeypatch.undo()


_DATE_WORDS = ["on", "in", "since", "from", "to", "last", "this", "next", "year", "years", "ago", "month", "today",
               "tomorrow", "yesterday", "night", "morning", "(", ")", ",", "-", "May", "june", "Sept", "Dec.", "Monday",
               "friday", "3", "21st", "2015", "1999", "two", "early", "late", "mid", "until", "and", "Mayor", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=14).map(" ".join))
def test_the_cues_lose_no_date_of_any_text(text):
    import pytest

    with pytest.MonkeyPatch.context() as patch:
        assert find_dates(text, date(2024, 5, 10)) == _without_cues(patch, text, date(2024, 5, 10))


@pytest.mark.parametrize("text, expected", [
    ("Officials met in Riverton on Tuesday to plan the session, which is expected to take place next year.",
     "2031-11-18"),
    ("On Tuesday, he will open the bridge.", "2031-11-25"),
    ("They met on Tuesday; the next meeting will be held in May.", "2031-11-18"),
])
def test_a_later_clause_that_looks_ahead_does_not_move_a_past_day(text, expected):
    assert str(find_dates(text, date(2031, 11, 19))[0].start) == expected


@pytest.mark.parametrize("text, expected", [
    ("He met the harbour master on Sunday evening, and is scheduled to tour the ferry depot on Tuesday.",
     ["2031-11-16", "2031-11-25"]),
    # near miss: no past verb in the Sunday's own clause, so the plan covers it too
    ("He will arrive on Sunday evening, and is scheduled to tour the ferry depot on Tuesday.",
     ["2031-11-23", "2031-11-25"]),
    ("The two ports will market cruises together from next summer, after their officials met on Monday.", ["2031-11-17"]),
    # near miss: what comes first is itself ahead
    ("The two ports will market cruises together after their officials meet on Monday.", ["2031-11-24"]),
])
def test_a_past_clause_joined_to_a_plan_keeps_its_past_day(text, expected):
    assert [str(d.start) for d in find_dates(text, date(2031, 11, 19))] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("He arrived in Riverton on Tuesday (January 3).", date(2031, 5, 10), "2031-01-03"),
    ("On Friday (June 6), she will visit the port.", date(2031, 6, 3), "2031-06-06"),
    ("They met last Thursday (May 1).", date(2031, 5, 10), "2031-05-01"),
])
def test_a_weekday_with_its_date_in_brackets_is_that_date(text, published, expected):
    assert [str(d.start) for d in find_dates(text, published)] == [expected]


def test_years_ago_today_is_that_day_so_many_years_back():
    from datetime import date
    from kg.extract.dates import find_dates
    assert [str(d.start) for d in find_dates("Twenty years ago today, they met.", date(2051, 10, 27))] == ["2031-10-27"]
    assert [str(d.start) for d in find_dates("Five years ago today it began.", date(2032, 2, 29))] == ["2027-02-28"]
    # "years ago" and "today" apart are a year and a day
    assert [str(d.start) for d in find_dates("Twenty years ago, they met; today they meet again.", date(2051, 10, 27))] == \
        ["2031", "2051-10-27"]


def test_dates_at_the_ends_of_the_calendar_are_left_out_not_raised():
    from datetime import date
    from kg.extract.dates import _lit, find_dates
    from kg.extract.narrative_days import narrative_days
    assert find_dates("99 years ago today, it began.", date(50, 5, 10)) == []
    assert narrative_days("The next day, he met them.", _lit(9999, 12, 31)) == []
    assert narrative_days("Two days later, they met.", _lit(9999, 12, 30)) == []


@pytest.mark.parametrize("sentence, expected", [
    # a past clause after a plan: the meeting was on the Thursday just gone
    ("The two cities will market cruises from this summer, after officials met in Riverton on Thursday.", ["2031-05-08"]),
    # near misses: the plan's own day, and a clause still looking ahead
    ("The two sides will meet on Thursday.", ["2031-05-15"]),
    ("They will sign the pact when they meet on Thursday.", ["2031-05-15"]),
])
def test_a_past_clause_after_a_plan_keeps_its_date_past(sentence, expected):
    assert [str(d.start) for d in find_dates(sentence, date(2031, 5, 9))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a participle is no past clause: the plan goes on (found in review)
    ("Mr Bo Kettle will depart for Riverton tomorrow, and attend a dinner hosted by the Mayor on Monday.",
     ["2031-05-10", "2031-05-12"]),
    ("He will meet the Mayor, and visit a company based in Pudong on Wednesday.", ["2031-05-14"]),
    ("The Secretary will also visit Hangzhou as an invited guest on Wednesday.", ["2031-05-14"]),
    ("Mr Kettle will visit Shanghai when the agreements signed today take effect on July 1.", ["2031-05-09", "2031-07-01"]),
    ("The agreements will take effect after the arrangement signed at the session is gazetted on Monday.", ["2031-05-12"]),
    ("The Secretary will officiate at the ceremony after the delegation that visited Hangzhou returns on Saturday.",
     ["2031-05-10"]),
    # near misses: a clause with its own subject in the past
    ("The delegation will visit Riverton, and the Mayor hosted a dinner for them on Monday.", ["2031-05-05"]),
    ("The pact will take effect next year, after the agreement was signed on Monday.", ["2032", "2031-05-05"]),
])
def test_a_participle_or_a_subjectless_clause_keeps_the_plan_ahead(sentence, expected):
    assert [str(d.start) for d in find_dates(sentence, date(2031, 5, 9))] == expected


DATE_WORDS = ["on", "in", "from", "to", "until", "last", "next", "this", "year", "month", "June", "june", "Sept.",
              "May", "mayor", "market", "Monday", "Mondayjune", "(", ")", "5", "21st", "2019", "ago", "two", "years",
              "today", "tomorrow", "yesterday", "-", ",", "and", "early", "since", "decided", "Dec", "morning"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), min_size=1, max_size=14), st.sampled_from([" ", ""]))
def test_the_cues_lose_no_date_of_any_text(words, glue):
    """As the test above, on texts made of the words the patterns and their cues turn on."""
    import kg.extract.dates as dates

    text = glue.join(words) if glue else " ".join(words).replace(" (", "(").replace("( ", "(")
    cued = dates.find_dates(text, date(2024, 5, 10))
    needs = dates.NEEDS
    dates.NEEDS = [frozenset()] * len(dates.PATTERNS)
    try:
        assert cued == dates.find_dates(text, date(2024, 5, 10)), text
    finally:
        dates.NEEDS = needs


def test_a_month_run_into_a_weekday_in_brackets_is_read():
    """The one shape with a month's name inside a word, which the looser of the two month cues lets through."""
    assert [str(d.start) for d in find_dates("It opens today (Mondayjune 5).", date(2024, 6, 3))] == ["2024-06-05"]
