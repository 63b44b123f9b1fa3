"""A weekday said with the date that names it ("on Wednesday, 12 September 2031", "Monday 3 March") is that date, not
the weekday counted from the day published: a body's notice of its coming events writes both. Near miss: a weekday
said alone."""

from datetime import date

from kg.extract.dates import find_dates


def test_a_weekday_with_its_date_is_that_date():
    found = find_dates("The Exchange will host its Biotech Summit on Wednesday, 12 September 2031, at the Harbour Hall.",
                       date(2031, 8, 21))
    assert [str(d.start) for d in found] == ["2031-09-12"]


def test_a_weekday_alone_is_counted_from_the_day_published():
    found = find_dates("The Exchange will host its Biotech Summit on Wednesday at the Harbour Hall.", date(2031, 8, 21))
    assert [str(d.start) for d in found] == ["2031-08-27"]
