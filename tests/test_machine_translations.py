"""English machine translations of Chinese news: the day of the month alone ("On the afternoon of the 15th"),
titles before names with no comma (invented text, each with a near miss)."""

from datetime import date

from kg.extract.dates import find_dates


def days(text: str, published: date | None = date(2036, 11, 16)) -> list[str]:
    return [str(d.start) for d in find_dates(text, published)]


def test_a_day_alone_is_the_nearest_such_day_of_the_publication():
    assert days("On the afternoon of the 15th, Secretary Brook met Mayor Quell.") == ["2036-11-15"]
    assert days("On the 27th, the delegation visited the port.") == ["2036-10-27"]
    assert days("The delegation will leave on the 20th.") == ["2036-11-20"]
    assert days("On the morning of the 16th local time, they met.") == ["2036-11-16"]


def test_an_ordinal_that_is_no_day_or_a_page_with_no_date_gives_none():
    assert days("On the 15th plenary session, the two sides met.") == []
    assert days("It was the 15th meeting of the two sides.") == []
    assert days("On the 15th, Secretary Brook met Mayor Quell.", None) == []
    assert days("On the 31st, they met.", date(2036, 12, 5)) == []  # November has no 31st
