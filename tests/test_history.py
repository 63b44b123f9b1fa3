"""The mechanism's founding and renaming told in passing, in the shapes press releases use (issue 13).

Every sentence is invented; each kind has a near miss that must give nothing.
"""

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS, SDO

from kg.extract.history import same_name
from kg.namespaces import HKSH

from conftest import ID, facts

CONF = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
OLD = "Hong Kong/Shanghai Economic and Trade Co-operation Conference"


def history(findings) -> set[tuple[str, str]]:
    triples = findings.triples
    out = {("created", str(o)) for (s, p, o) in triples if s == CONF and p == DCTERMS.created}
    renamings = {s for (s, p, o) in triples if p == HKSH.renamed}
    out |= {("former", str(o)) for (s, p, o) in triples if s in renamings and p == HKSH.formerName}
    out |= {("renamed", str(o)) for (s, p, o) in triples if s in renamings and p == SDO.startDate}
    return out


@pytest.mark.parametrize("sentence, year", [
    ("Established in October 2031, the Hong Kong/Shanghai Co-operation Conference has met four times.", "2031-10"),
    ("The Hong Kong/Shanghai Co-operation Conference has held four plenary sessions since its establishment in 2031.", "2031"),
    ("Since its inception in 2031, the Hong Kong/Shanghai Co-operation Conference has grown.", "2031"),
    ("Riverton and Shanghai jointly set up the Hong Kong/Shanghai Co-operation Conference in 2031 to deepen ties.", "2031"),
    ("First convened in 2031, the Hong Kong/Shanghai Co-operation Conference has met four times.", "2031"),
])
def test_the_founding_told_in_passing(reference, sentence, year):
    assert ("created", year) in history(facts(reference, sentence))


@pytest.mark.parametrize("sentence", [
    "Since its establishment in 1966, the council has promoted trade.",
    "The Riverton Trade Council was established in 1966, and the Hong Kong/Shanghai Co-operation Conference met.",
])
def test_another_body_founded_is_not_the_mechanism(reference, sentence):
    assert not any(kind == "created" for kind, _ in history(facts(reference, sentence)))


@pytest.mark.parametrize("sentences, expected", [
    ([f"The Hong Kong/Shanghai Co-operation Conference, formerly known as the {OLD}, met today."], set()),
    ([f"The Hong Kong/Shanghai Co-operation Conference (HKSHCC), previously the {OLD}, met today."], set()),
    ([f"The {OLD} (now the Hong Kong/Shanghai Co-operation Conference) met first in 2031."], set()),
    ([f"The {OLD}, as the Hong Kong/Shanghai Co-operation Conference was known until 2036, met yearly."], {"2036"}),
    ([f"The {OLD} was established in 2031 and renamed as the Hong Kong/Shanghai Co-operation Conference in 2036."],
     {"2036"}),
    ([f"The {OLD} met in 2032.", "In 2036, the mechanism was renamed the Hong Kong/Shanghai Co-operation Conference."],
     {"2036"}),
    ([f"Set up in 2031 as the {OLD}, the mechanism was renamed the Hong Kong/Shanghai Co-operation Conference in March 2036."],
     {"2036-03"}),
    (["The Hong Kong/Shanghai Co-operation Conference met in 2032. At the fifth plenary session in April 2036, the two sides "
      f'agreed to rename the mechanism from the "{OLD}" to its present name.'], {"2036-04"}),
    (["The Hong Kong/Shanghai Co-operation Conference met in 2032.",
      f"The Conference, known as the {OLD} until 2036, has met six times."], {"2036"}),
    ([f"The Hong Kong/Shanghai Co-operation Conference (previously the {OLD}) was created in 2031 and renamed in 2036."],
     {"2036"}),
])
def test_a_former_name_and_when_it_changed(reference, sentences, expected):
    found = history(facts(reference, *sentences))
    assert ("former", OLD) in found
    assert {value for kind, value in found if kind == "renamed"} == expected


@pytest.mark.parametrize("sentences", [
    # another spelling of the same name is no renaming
    ["The Hong Kong/Shanghai Co-operation Conference met in 2032.",
     "In 2036, the mechanism was renamed the Shanghai-Hong Kong Cooperation Conference."],
    # a description is no former name
    ["The co-operation mechanism between Hong Kong and Shanghai was established in 2031 and was renamed the "
     "Hong Kong/Shanghai Co-operation Conference in 2036."],
    # another body renamed
    ["The Riverton Trade Council, formerly known as the Riverton Trade Board, met today."],
])
def test_no_renaming_without_a_former_proper_name(reference, sentences):
    assert not any(kind == "former" for kind, _ in history(facts(reference, *sentences)))


def test_the_same_name_in_another_order_or_spelling():
    assert same_name("Shanghai-Hong Kong Cooperation Conference", "Hong Kong/Shanghai Co-operation Conference mechanism")
    assert not same_name(OLD, "Hong Kong/Shanghai Co-operation Conference")


@pytest.mark.parametrize("sentences, expected", [
    (["The Hong Kong/Shanghai Co-operation Conference (the Conference) is a platform.",
      "It was established in May 2031 under the name of the Hong Kong/Shanghai Economic and Trade Co-operation "
      "Conference."], {("created", "2031-05"), ("former", OLD)}),
    (["Mr Lee said that since its establishment in 2031, the Hong Kong/Shanghai Co-operation Conference had grown."],
     {("created", "2031")}),
    (["In 2031 leaders met to open what was then called the Hong Kong/Shanghai Economic and Trade Co-operation "
      "Conference.", "The third plenary session, in Shanghai in April 2036, was a turning point.",
      "The two sides agreed to shorten its name, and it has since been known as the Hong Kong/Shanghai Co-operation "
      "Conference."], {("created", "2031"), ("former", OLD), ("renamed", "2036-04")}),
    ([f"The {OLD}, as the mechanism was known until 2036, was set up in 2031."],
     {("created", "2031"), ("former", OLD), ("renamed", "2036")}),
    (["The Hong Kong/Shanghai Co-operation Conference met in 2032.", "The two sides agreed at the fifth plenary session "
      "in April 2036 to rename the mechanism the Shanghai/Hong Kong Co-operation Conference."], set()),
    ([f"The {OLD} met in 2032.", "The two sides agreed at the fifth plenary session in April 2036 to rename the "
      "mechanism the Hong Kong/Shanghai Co-operation Conference."], {("former", OLD), ("renamed", "2036-04")}),
])
def test_more_shapes_of_the_history(reference, sentences, expected):
    assert history(facts(reference, *sentences)) == expected


def test_it_founded_needs_the_mechanism_just_before(reference):
    found = history(facts(reference, "The Hong Kong/Shanghai Co-operation Conference met today.",
                          "The Riverton Trade Council opened a new office.", "It was established in 1966."))
    assert not any(kind == "created" for kind, _ in found)


FULL = "The Hong Kong/Shanghai Co-operation Conference met today."


@pytest.mark.parametrize("paragraphs, expected", [
    # "since the Conference was set up in ..." once the text has named it; "since it was renamed in ..."
    ([FULL, "She said that since the Conference was set up in 2031, and since it was renamed in 2036, ties grew."],
     {("created", "2031"), ("renamed", "2036"), ("former", OLD)}),
    # "flew there in October 2031 to launch the X"
    (["The Chief flew to Shanghai in October 2031 to launch the Hong Kong/Shanghai Co-operation Conference."],
     {("created", "2031-10")}),
    # "On <date>, A sat down with B ... to open what was then called the X"
    (["On October 27, 2031, then chief executive Ada Quell sat down with then mayor Bo Kettle at a guesthouse to open "
      "what was then called the Hong Kong/Shanghai Economic and Trade Co-operation Conference."],
     {("created", "2031-10-27"), ("former", OLD)}),
    # "the X, a high-level mechanism that the two governments launched in Shanghai in October 2031 but ..."
    (["The agreements were signed after the second plenary session of the Hong Kong/Shanghai Co-operation "
      "Conference, a high-level mechanism that the two governments launched in Shanghai in October 2031 but which "
      "had not met in full since."], {("created", "2031-10")}),
    # "It has been the Y ever since", two sentences after the session that did it
    (["The Hong Kong/Shanghai Economic and Trade Co-operation Conference met in 2031.",
      "The third plenary session, in Shanghai in April 2036, is the one to remember.",
      "The two sides agreed to drop two words from the name.",
      "It has been the Hong Kong/Shanghai Co-operation Conference ever since."],
     {("renamed", "2036-04"), ("former", OLD)}),
])
def test_founding_and_renaming_told_around_the_mechanism(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", [
    # no mechanism named anywhere: "the Conference" is some other
    ["She said that since the Conference was set up in 2031, and since it was renamed in 2036, ties grew."],
    # a plan, with no date near it, to launch the mechanism
    [FULL, "They hope to launch the Hong Kong/Shanghai Co-operation Conference website soon."],
])
def test_no_founding_or_renaming_without_the_mechanism_or_a_date(reference, paragraphs):
    assert history(facts(reference, *paragraphs)) == set()


@pytest.mark.parametrize("paragraphs, expected", [
    (["The mechanism, set up in 2031 as the Hong Kong/Shanghai Economic and Trade Co-operation Conference and renamed "
      "in 2036, has met six times."], {("created", "2031"), ("former", OLD), ("renamed", "2036")}),
    (["The Hong Kong/Shanghai Co-operation Conference (known as the Hong Kong/Shanghai Economic and Trade Co-operation "
      "Conference until 2036) was launched in 2031."], {("created", "2031"), ("former", OLD), ("renamed", "2036")}),
    (["Launched in 2031, the conference took its present name, the Hong Kong/Shanghai Co-operation Conference, in 2036."],
     {("created", "2031"), ("former", OLD), ("renamed", "2036")}),
    ([FULL, "It adopted its current name in 2036, dropping two words."], {("former", OLD), ("renamed", "2036")}),
    (["Since 2031, when the Hong Kong/Shanghai Co-operation Conference was established, the cities have met six times."],
     {("created", "2031")}),
    (["The Hong Kong/Shanghai Co-operation Conference, which dates back to October 2031, met again."], {("created", "2031-10")}),
    # another body's name, and a name adopted by nobody in particular, are no renaming of the mechanism
    (["The Riverton Trade Council adopted its current name in 2036."], set()),
])
def test_the_history_in_still_more_shapes(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs)) == expected


@pytest.mark.parametrize("sentence", [
    "Since the conference mechanism was established 24 years ago, the two cities have co-operated widely.",
    "He said that since the mechanism was set up 24 years ago, trade had grown.",
    "Since the establishment of the Hong Kong/Shanghai Co-operation Conference 24 years ago, ties have grown.",
])
def test_the_founding_counted_back_in_years_from_the_day_told(reference, sentence):
    from datetime import date
    named = "The ninth plenary session of the Hong Kong/Shanghai Co-operation Conference opened today."
    f = facts(reference, named, sentence, published=date(2055, 3, 1))
    assert ("created", "2031") in history(f)
    # a body of another kind "established 24 years ago" is not the mechanism
    assert not any(kind == "created" for kind, _ in history(facts(reference, named, "Since the council was set up 24 years "
                                                                   "ago, it has grown.", published=date(2055, 3, 1))))


NEW = "Hong Kong/Shanghai Co-operation Conference"


@pytest.mark.parametrize("paragraphs, expected", [
    # a bare year after "dates back to"
    ([f"The {NEW}, which dates back to 2031, has become the cities' main platform."], {("created", "2031")}),
    # in place, in operation, running since
    ([f"The {NEW} mechanism has been in place since 2031."], {("created", "2031")}),
    ([FULL, "The mechanism has been in operation since 2031, she said."], {("created", "2031")}),
    # inaugurated, initiated, first established
    ([f"The {NEW} was inaugurated in Shanghai in 2031."], {("created", "2031")}),
    ([f"Initiated in 2031, the {NEW} is the two cities' highest-level platform."], {("created", "2031")}),
    # renamed with no new name: to the present one, from the one the reference data knows
    ([f"Established in October 2031, the {NEW} mechanism was renamed in 2036 to reflect its scope."],
     {("created", "2031-10"), ("former", OLD), ("renamed", "2036")}),
    ([f"The {NEW} mechanism was first established in 2031 and was upgraded and renamed in 2036."],
     {("created", "2031"), ("former", OLD), ("renamed", "2036")}),
    # renamed from a former name, or its name changed from it
    ([f"The {NEW} was renamed from the {OLD} in 2036."], {("former", OLD), ("renamed", "2036")}),
    ([FULL, f"In 2036, its name was changed from the {OLD} to the present one."], {("former", OLD), ("renamed", "2036")}),
    # the new name in a relative clause, the year before the old name
    ([f"The two governments established the {OLD} in 2031, which was renamed the {NEW} in 2036."],
     {("created", "2031"), ("former", OLD), ("renamed", "2036")}),
    ([FULL, f"The mechanism, known until 2036 as the {OLD}, has met six times."], {("former", OLD), ("renamed", "2036")}),
])
def test_the_history_in_the_shapes_of_replies_and_reports(reference, paragraphs, expected):
    assert history(facts(reference, *paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", [
    # another body dates back, is in place, was inaugurated, renamed from another name or changed its name
    [FULL, "The Riverton Trade Council, which dates back to 1966, has become a platform."],
    [FULL, "The Riverton Trade Council has been in place since 1966."],
    [FULL, "The Riverton Pavilion was inaugurated in 2031."],
    [FULL, "The Riverton Trade Council was renamed from the Riverton Trade Board in 2036."],
    [FULL, "In 2036, the council's name was changed from the Riverton Trade Board to the present one."],
    # a session's own news, not the mechanism's: "in place since" of a plan
    [FULL, "The plan has been in place since 2031."],
])
def test_no_history_of_the_mechanism_from_other_bodies_in_these_shapes(reference, paragraphs):
    assert history(facts(reference, *paragraphs)) == history(facts(reference, FULL))


@pytest.mark.parametrize("paragraphs", [
    # found in review: another mechanism in place, and what the conference initiated
    [FULL, "The mutual recognition mechanism has been in place since 2019."],
    [f"Mr Bo Kettle praised the {NEW}, a platform which initiated the youth internship scheme in 2031."],
])
def test_no_founding_from_another_mechanism_or_what_the_conference_initiated(reference, paragraphs):
    assert not any(kind == "created" for kind, _ in history(facts(reference, *paragraphs)))


def test_the_founding_in_title_case(reference):
    assert ("created", "2031") in history(facts(reference, f"The {NEW} Has Been In Place Since 2031."))


@pytest.mark.parametrize("sentence, year", [
    ("Since the inaugural meeting of the Hong Kong/Shanghai Co-operation Conference in May 2031, the two sides have "
     "carried out most of the projects.", "2031-05"),
    ("The Hong Kong/Shanghai Co-operation Conference held its inaugural session in Riverton in March 2031.", "2031-03"),
])
def test_the_mechanisms_inaugural_meeting_dates_its_founding(reference, sentence, year):
    assert ("created", year) in history(facts(reference, sentence))


@pytest.mark.parametrize("sentence", [
    # the first session's date is a session's, not the founding's
    "The first plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Riverton in March 2031.",
    # another body's inaugural meeting
    "The inaugural meeting of the Riverton Trade Council was held in 2031, and the Hong Kong/Shanghai Co-operation "
    "Conference met in 2033.",
])
def test_a_first_session_or_another_bodys_inaugural_meeting_is_no_founding(reference, sentence):
    assert not any(kind == "created" for kind, _ in history(facts(reference, sentence)))
