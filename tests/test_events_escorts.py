"""Who accompanies a visitor on a trip, read from invented sentences (none comes from a document of the
repository): "Mr A, who arrived yesterday, is accompanied by B and C", "He was accompanied on the visit by B",
"He will be accompanied by B throughout the trip" put B and C on the visit."""

from datetime import date

from test_events_kinds import events

DAY = date(2031, 5, 9)
VISIT = "The Secretary for Tourism, Mr Alan Wexford, began a three-day visit to Shanghai today (May 9)."


def _visit(found: dict) -> dict:
    return next(e for label, e in found.items() if label.startswith("Visit of"))


def test_is_accompanied_after_a_clause(reference):
    found = events(reference, VISIT, "Mr Wexford, who arrived in Shanghai this morning, is accompanied by the Director of "
                                     "Lanterns, Mr Tom Grell, and the Principal Assistant Secretary (Ports), Miss Ada Quell.",
                   published=DAY)
    assert {"alan-wexford", "tom-grell", "ada-quell"} <= _visit(found)["attendees"]


def test_accompanied_on_the_visit_and_throughout_the_trip(reference):
    found = events(reference, VISIT, "He was accompanied on the visit by the Under Secretary for Tourism, Mr Tom Grell.",
                   "He will be accompanied by the Director of Lanterns, Ms Ada Quell, throughout the trip.", published=DAY)
    assert {"tom-grell", "ada-quell"} <= _visit(found)["attendees"]


def test_accompanied_at_another_time_or_by_a_host_is_not_read_here(reference):
    found = events(reference, VISIT, "He said he had been accompanied by Mr Tom Grell on an earlier visit in 2029.",
                   "Mr Wexford, who met Mr Hal Brody, was accompanied to the museum by Ms Ada Quell.", published=DAY)
    assert not {"tom-grell", "hal-brody"} & _visit(found)["attendees"]


def test_accompanied_before_the_visit_is_told(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, chaired a forum on lantern crafts in Shanghai "
                              "today (May 9).",
                   "Mr Wexford is accompanied on his visit by the Director of Lanterns, Mr Tom Grell, and the Principal "
                   "Assistant Secretary (Ports), Miss Ada Quell, who both attended the forum.",
                   "Mr Wexford arrived in Shanghai yesterday (May 8) for a three-day visit.", published=DAY)
    assert {"alan-wexford", "tom-grell", "ada-quell"} <= _visit(found)["attendees"]


def test_accompanied_told_first_makes_his_delegation(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, spoke at a lantern forum in Shanghai today (May 9).",
                   "He is accompanied on the visit by the Director of Lanterns, Mr Tom Grell.",
                   "Mr Wexford arrived in Shanghai yesterday (May 8) for a two-day visit. In the afternoon, he and his "
                   "delegation toured the Riverside Lantern Museum.", published=DAY)
    tour = next(e for label, e in found.items() if "Lantern Museum" in label)
    assert {"alan-wexford", "tom-grell"} <= tour["attendees"]
    assert "tom-grell" in _visit(found)["attendees"]


def test_accompanied_in_the_past_before_the_visit_is_not_on_it(reference):
    found = events(reference, "Mr Alan Wexford was accompanied by Mr Tom Grell when he toured a lantern fair in 2029.",
                   "Mr Wexford arrived in Shanghai yesterday (May 8) for a three-day visit.", published=DAY)
    assert "tom-grell" not in _visit(found)["attendees"]
