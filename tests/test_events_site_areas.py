"""The neighbourhood a visited site is in, named right after it (kg/extract/sites.py): "visited the Hong Kong Science
Park in Sha Tin" puts the visit in Sha Tin too, though the reference data does not know the name. Invented releases,
each with a near miss."""

from datetime import date

from conftest import cleaned_events


def _visit(reference, body: str) -> dict:
    events = cleaned_events(reference, body, title="Release", published=date(2031, 5, 6))
    return next(e for label, e in events.items() if label.startswith("Visit to"))


def test_the_area_after_the_site_is_the_visits_place(reference):
    visit = _visit(reference, "In the afternoon, Mr Alan Brook visited the Hong Kong Science Park in Sha Tin.\n")
    assert {"hong-kong-science-park", "sha-tin"} <= visit["places"], visit


def test_the_area_before_a_relative_clause_is_the_visits_place(reference):
    visit = _visit(reference, "Mr Qi Fang toured the Riverside Ferry Terminal in Tsing Yi, where he met its staff.\n")
    assert "tsing-yi" in visit["places"], visit


def test_a_month_after_the_site_is_no_place(reference):
    visit = _visit(reference, "Mr Alan Brook visited the Hong Kong Science Park in March.\n")
    assert visit["places"] == {"hong-kong-science-park"}, visit


def test_a_name_that_runs_on_is_no_place(reference):
    visit = _visit(reference, "Mr Alan Brook visited the Hong Kong Science Park in Sha Tin Wai Riverside Estate Phase Two today.\n")
    assert "sha-tin" not in visit["places"], visit
