"""Sessions a text names in passing, in a report of something else: a day counted from the publication's year
("held on August 21 last year"), and the meeting the text tells that is not the session it prepares for."""

from datetime import date

import pytest

from kg.extract.dates import find_dates


@pytest.mark.parametrize("text, expected", [
    ("The session was held in Hong Kong on August 21 last year.", "2018-08-21"),
    ("It opened on 27 October last year in Shanghai.", "2018-10-27"),
    ("The forum is to open on May 1 next year.", "2020-05-01"),
    ("They signed it on January 5 this year.", "2019-01-05"),
])
def test_a_day_in_a_year_counted_from_the_publication(text, expected):
    assert [str(d.start) for d in find_dates(text, date(2019, 7, 12))] == [expected]


def test_a_day_then_a_new_clause_about_last_year_is_this_years_day():
    found = [str(d.start) for d in find_dates("They met on August 21. Last year they met in May.", date(2019, 9, 12))]
    assert found[0] == "2019-08-21"
