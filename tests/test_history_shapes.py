"""More shapes of the mechanism's founding and renaming, and the names it is given (kg.extract.history_shapes).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import time
from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from conftest import ID, facts
from test_history import history

CONF = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
OLD = "Hong Kong/Shanghai Economic and Trade Co-operation Conference"
NEW = "Hong Kong/Shanghai Co-operation Conference"
FULL = f"The {NEW} met today."


@pytest.mark.parametrize("paragraphs, expected", [
    # what the old name turned into
    ([f"The {OLD} was upgraded to the {NEW} in 2036."], {("former", OLD), ("renamed", "2036")}),
    ([f"The {OLD} became the {NEW} in March 2036."], {("former", OLD), ("renamed", "2036-03")}),
    ([f"In 2036 the {OLD} changed its name to the {NEW}."], {("former", OLD), ("renamed", "2036")}),
    # what the new name came from
    ([f"The {NEW}, which was upgraded from the {OLD} in 2036, met today."], {("former", OLD), ("renamed", "2036")}),
    ([f"The {NEW}, renamed from the {OLD} in 2036, met today."], {("former", OLD), ("renamed", "2036")}),
    # how it began: a former name, dated by the founding only
    ([f"The {NEW} began life as the {OLD} in 2031."], {("created", "2031"), ("former", OLD)}),
    ([f"The {NEW} was set up in October 2031 as the {OLD}."], {("created", "2031-10"), ("former", OLD)}),
    # the mechanism or its name changed, to a name said
    ([f"The {OLD} met in 2031.", f"The mechanism changed its name to the {NEW} in 2036."],
     {("former", OLD), ("renamed", "2036")}),
    # a former name in quotes, or after a dash
    ([f'The {NEW} (formerly known as the "{OLD}") met today.'], {("former", OLD)}),
    ([f"The {NEW} - formerly the {OLD} - met today."], {("former", OLD)}),
    # renamed at a session the sentence opens with, to the name it has now, from the one it is known to have had
    ([f"At the second plenary session in 2036, the conference was renamed the {NEW}."], {("former", OLD), ("renamed", "2036")}),
    ([f"The {OLD} met in 2031.", f"At the second plenary session in April 2036, the two sides renamed the mechanism the {NEW}."],
     {("former", OLD), ("renamed", "2036-04")}),
    # a timeline's lines
    (["Milestones:", f"October 2031 – the {OLD} is established in Shanghai.", f"2036: The {OLD} is renamed the {NEW}."],
     {("created", "2031-10"), ("former", OLD), ("renamed", "2036")}),
])
def test_renaming_in_more_shapes(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", [
    # another body's renaming, upgrading or beginning
    ["The Riverton Trade Board was upgraded to the Riverton Trade Council in 2036."],
    ["The Riverton Trade Council, renamed from the Riverton Trade Board in 2036, met today."],
    ["The Riverton Trade Council began life as the Riverton Trade Board in 1966."],
    [FULL, "The Riverton Trade Council changed its name to the Riverton Commerce Council in 2036."],
    # the same name in another spelling is no renaming; a scheme that grew out of the mechanism is not it
    [f"The {NEW} became the Shanghai-Hong Kong Cooperation Conference in 2036."],
    [f"The youth internship scheme grew out of the {NEW} in 2036."],
    # a session renamed nothing: the renaming is another body's
    [FULL, "At the second plenary session in 2036, the task force was renamed the Riverton Health Panel."],
])
def test_no_renaming_of_the_mechanism_in_these_shapes(reference, paragraphs):
    assert not any(kind in ("former", "renamed") for kind, _ in history(facts(reference, *paragraphs)))


@pytest.mark.parametrize("paragraphs, expected", [
    ([f"The {NEW}, which came into being in 2031, has met six times."], "2031"),
    ([FULL, "The mechanism came into existence in October 2031."], "2031-10"),
    ([f"The {NEW} was formally established in 2031."], "2031"),
    ([f"In October 2031, Hong Kong and Shanghai established the {NEW}."], "2031-10"),
    ([FULL, "The two governments set up the mechanism in October 2031 to promote co-operation."], "2031-10"),
    ([FULL, "In 2031, the two cities set up the conference."], "2031"),
    ([FULL, "Since its establishment in 2031, it has met six times."], "2031"),
    ([FULL, "Established in 2031, it has met six times."], "2031"),
    ([FULL, "Since the mechanism's establishment in 2031, ties have grown."], "2031"),
    ([FULL, "Since the establishment of the conference in 2031, ties have grown."], "2031"),
    ([f"The {NEW}'s inaugural meeting was held in Shanghai in October 2031."], "2031-10"),
    ([FULL, "At its inaugural meeting in October 2031, the conference set up six working groups."], "2031-10"),
    ([f"The {NEW} (HKSHCC) met today.", "Set up in 2031, the HKSHCC has held six plenary sessions."], "2031"),
    ([f"2031 - The {NEW} is established in Shanghai."], "2031"),
])
def test_the_founding_in_more_shapes(reference, paragraphs, expected):
    assert ("created", expected) in history(facts(reference, *paragraphs))


@pytest.mark.parametrize("paragraphs", [
    # another body came into being, was set up, had its inaugural meeting; a plan to set up "the mechanism"
    [FULL, "The Riverton Trade Council came into being in 1966."],
    [FULL, "In 1966, the two cities set up the Riverton Trade Council."],
    [FULL, "The two sides agreed in 2031 to set up the mechanism for mutual recognition."],
    [FULL, "The task force's inaugural meeting was held in October 2031."],
    # "it" after a sentence about another body; the mechanism never named
    [FULL, "The Riverton Trade Council opened an office.", "Since its establishment in 1966, it has grown."],
    ["Since the establishment of the conference in 1966, ties have grown."],
    # an anniversary of the inaugural meeting is not the founding
    [FULL, "They marked the 20th anniversary of the conference's inaugural meeting in 2051."],
    # a timeline's line about another body
    [FULL, "1966 - The Riverton Trade Council is established."],
])
def test_no_founding_of_the_mechanism_in_these_shapes(reference, paragraphs):
    assert not any(kind == "created" for kind, _ in history(facts(reference, *paragraphs)))


def test_the_bare_co_operation_mechanism_is_no_name_of_its_own(reference):
    f = facts(reference, FULL, "Mr Lee said the co-operation mechanism had delivered.",
              "The Shanghai-Hong Kong Cooperation Conference will meet again.")
    names = {str(o) for (s, p, o) in f.triples if s == CONF and p == SKOS.altLabel}
    assert "Shanghai-Hong Kong Cooperation Conference" in names
    assert not any("mechanism" in n.lower() for n in names)


def test_the_mechanisms_abbreviation_said_again_is_the_mechanism(reference):
    f = facts(reference, f"The {NEW} (HKSHCC) met today.", "The HKSHCC will meet again next year.",
              published=date(2040, 1, 2))
    assert (CONF, SKOS.altLabel, Literal("HKSHCC", lang="en")) in f.triples
    assert set(f.mentions.get(CONF, set())) >= {0, 1}


def test_the_history_shapes_fail_fast():
    from kg.extract.history_shapes import BEGAN_AS, FROM_OLD, INAUGURAL_OWN, OLD_TO_NEW, TIMELINE
    text = "⟦conf:0⟧ " + "was upgraded and expanded in 2031 " * 300 + "x"
    started = time.perf_counter()
    for pattern in (BEGAN_AS, FROM_OLD, INAUGURAL_OWN, OLD_TO_NEW, TIMELINE):
        pattern.search(text)
        pattern.search("2031: " + "the " * 2000 + "x")
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("paragraphs, expected", [
    # a former name told in passing: undated
    ([FULL, f"In 2031, the then {OLD} held its first meeting."], {("former", OLD)}),
    ([FULL, f"Its original name, the {OLD}, reflected a narrower remit."], {("former", OLD)}),
    ([f"The {NEW}, whose former name was the {OLD}, met today."], {("former", OLD)}),
    ([f"The {OLD} (as it was then known) met often.", FULL], {("former", OLD)}),
    ([FULL, f"It was known at the time as the {OLD}."], {("former", OLD)}),
    ([FULL, f"When it was set up in 2031, it was called the {OLD}."], {("created", "2031"), ("former", OLD)}),
    # rebranded; a name adopted
    ([f"The {OLD} was rebranded as the {NEW} in 2036."], {("former", OLD), ("renamed", "2036")}),
    ([f"The {OLD} met in 2031.", f"The mechanism adopted the name {NEW} in 2036."], {("former", OLD), ("renamed", "2036")}),
    # began in a year; a fronted "N years ago"
    ([f"The {NEW}, which started in 2031, met today."], {("created", "2031")}),
    ([f"Twenty years ago, the two cities established the {NEW}."], {("created", "2031")}),
])
def test_the_history_told_in_passing(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs, published=date(2051, 5, 1))) == expected


@pytest.mark.parametrize("paragraphs", [
    # the then name of another body; its own present name "then"
    [FULL, "In 1966, the then Riverton Trade Board held its first meeting."],
    [f"In 2031, the then {NEW} held its first meeting."],
    # another body's original name; "it" after a sentence about another body
    [FULL, "The Riverton Trade Council opened an office.", "When it was set up in 1966, it was called the Riverton Board."],
    # a session that began on a day is not the founding
    [f"The {NEW} began on Monday in Riverton."],
    [FULL, "Twenty years ago, the two cities established the Riverton Trade Council."],
])
def test_no_history_from_these_near_misses(reference, paragraphs):
    found = history(facts(reference, *paragraphs, published=date(2051, 5, 1)))
    assert not {kind for kind, _ in found} & {"created", "former", "renamed"}


@pytest.mark.parametrize("sentence, expected", [
    (f"The establishment of the {NEW} in October 2031 marked a new chapter.", {("created", "2031-10")}),
    (f"2031 saw the launch of the {NEW}.", {("created", "2031")}),
    (f"In 2031, the establishment of the {NEW} opened a new chapter.", {("created", "2031")}),
    # near misses: an anniversary, a body of the mechanism, another phrase's date, the main clause's date
    (f"This year marks the 20th anniversary of the establishment of the {NEW}.", set()),
    (f"The establishment of the {NEW}'s working group on finance in 2033 was welcomed.", set()),
    (f"He recalled the launch of the {NEW} website in 2033.", set()),
    (f"He spoke of the establishment of the {NEW} and the visit in 2033 of the mayor.", set()),
    (f"In 2053, he recalled the establishment of the {NEW} with pride.", set()),
])
def test_the_establishment_of_the_mechanism_as_a_noun(reference, sentence, expected):
    assert history(facts(reference, sentence, published=date(2051, 5, 1))) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    ([f"The {NEW}, first held in October 2031, has met six times."], {("created", "2031-10")}),
    ([f"The {NEW}, which was first convened in 2031, has met six times."], {("created", "2031")}),
    ([f"The {OLD} met in 2031.", f"In 2036 the mechanism was given a new name: the {NEW}."],
     {("former", OLD), ("renamed", "2036")}),
    # near misses: "the conference, first held" may be any conference; another body's new name
    ([FULL, "The forum, first held in 2033, has met six times."], set()),
    ([FULL, "The Riverton Trade Council was given a new name in 2036."], set()),
])
def test_first_held_and_a_new_name(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs)) == expected
