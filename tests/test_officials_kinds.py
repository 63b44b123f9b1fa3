"""Officials, their posts and their attendance at a plenary session, in the shapes real HKSAR and Shanghai
releases use: "Also attending the plenary session from Hong Kong were ...", post-nominals and honorifics
("Ir Dr A, SBS, JP, Chairman of ..."), titles paired with names ("the Secretaries for A and for B, Mr X and
Ms Y, respectively"), and the session a transcript's speaker attended.

Every sentence is invented (places and people are made up or shuffled); each kind has a near miss.
"""

import pytest

from conftest import facts
from test_kinds import posts_of
from test_session_lists import attendees

HELD = "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Riverton on May 8, 2031."


# --- attendance said after the session, from one side ------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Also attending the plenary session were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Also attending the plenary session from Hong Kong were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Attending the session from Shanghai were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Attending from Shanghai were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
])
def test_those_attending_the_plenary_session_from_a_place(reference, sentence):
    assert attendees(facts(reference, HELD, sentence), 9) == {"bo-kettle", "cy-tambor"}


@pytest.mark.parametrize("sentence", [
    "Attending the banquet from Hong Kong were the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.",
    "Also attending the plenary session of the Riverton Youth Council were Mr Bo Kettle and Vice Mayor Cy Tambor.",
])
def test_those_attending_another_event_from_a_place_are_not_at_the_session(reference, sentence):
    assert attendees(facts(reference, HELD, sentence), 9) == set()


# --- honorifics and post-nominals -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, person, post", [
    ("Ms Ada Tam, SBS, JP, Chairman of the Riverton Trade Council, spoke.", "ada-tam", "Chairman of the Riverton Trade Council"),
    ("Cy Tambor, GBS, JP, President of the Riverton Institution of Engineers, spoke.", "cy-tambor",
     "President of the Riverton Institution of Engineers"),
    ("Mr Bo Kettle, BBS, MH, JP, Chairman of the Riverton Trade Council, and Dr Ada Quell, JP, Director of the Riverton "
     "Office, attended.", "ada-quell", "Director of the Riverton Office"),
    ("The Chairman of the Riverton Trade Council, Ir Cy Tambor, spoke.", "cy-tambor", "Chairman of the Riverton Trade Council"),
    ("Ir Dr Cy Tambor, President of the Riverton Institution of Engineers, spoke.", "cy-tambor",
     "President of the Riverton Institution of Engineers"),
    ("The Hon Cy Tambor, member of the Riverton Legislative Council, spoke.", "cy-tambor",
     "Member of the Riverton Legislative Council"),
    ("The Chairman of the Riverton Trade Council, Dr the Hon Cy Tambor, GBS, JP, spoke.", "cy-tambor",
     "Chairman of the Riverton Trade Council"),
    # "Hon" is a Cantonese surname as well as the legislator's prefix
    ("Mr Hon Kai-ming, Permanent Secretary for Riverton Works, spoke.", "hon-kai-ming",
     "Permanent Secretary for Riverton Works"),
    ("The Hon Hon Kai-ming, member of the Riverton Legislative Council, spoke.", "hon-kai-ming",
     "Member of the Riverton Legislative Council"),
])
def test_honorifics_and_post_nominals_around_a_name(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


@pytest.mark.parametrize("sentence, absent", [
    ("Mr Bo Kettle, JP, said the Chairman of the Riverton Trade Council would come.", "bo-kettle"),
    ("The Chairman of the Riverton Trade Council, Ir Cy Tambor, spoke.", "ir-cy-tambor"),  # "Ir" is no first name
])
def test_a_post_nominal_joins_no_later_title_and_an_honorific_is_no_name(reference, sentence, absent):
    assert absent not in posts_of(facts(reference, sentence))


def test_a_semicolon_list_of_names_with_several_post_nominals(reference):
    f = facts(reference, HELD, "The Secretary for Harbours, Mr Ada Quell, GBS, JP; the Commissioner for Kites, Ms Bo Kettle, "
              "SBS, JP; and the Director of Lanterns, Mr Cy Tandem, also attended the session.")
    assert attendees(f, 9) == {"ada-quell", "bo-kettle", "cy-tandem"}


# --- titles paired with names in order ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("The Director and Deputy Director of the Riverton Office, Mr Bo Kettle and Ms Ada Quell, spoke.",
     {"bo-kettle": {"Director of the Riverton Office"}, "ada-quell": {"Deputy Director of the Riverton Office"}}),
    ("The Chief Executive and the Mayor of Shanghai, Mr Cy Tambor and Mr Bo Kettle, co-chaired it.",
     {"cy-tambor": {"Chief Executive of the Hong Kong Special Administrative Region"}, "bo-kettle": {"Mayor of Shanghai"}}),
    ("Mr Bo Kettle and Ms Ada Quell, Chairman and Vice Chairman of the Riverton Trade Council respectively, spoke.",
     {"bo-kettle": {"Chairman of the Riverton Trade Council"}, "ada-quell": {"Vice Chairman of the Riverton Trade Council"}}),
    ("Mr Bo Kettle, Chairman and Chief Executive of Riverton Holdings Limited, spoke.",
     {"bo-kettle": {"Chairman of Riverton Holdings Limited", "Chief Executive of Riverton Holdings Limited"}}),
    ("The Secretaries for Harbours and for Kites, Mr Bo Kettle and Ms Ada Quell, respectively, spoke.",
     {"bo-kettle": {"Secretary for Harbours"}, "ada-quell": {"Secretary for Kites"}}),
    ("The Under Secretaries for Commerce and Economic Development and Financial Services and the Treasury, Mr Bo "
     "Kettle and Ms Ada Quell, respectively, spoke.",
     {"bo-kettle": {"Under Secretary for Commerce and Economic Development"},
      "ada-quell": {"Under Secretary for Financial Services and the Treasury"}}),
])
def test_titles_paired_with_names_in_order(reference, sentence, expected):
    assert posts_of(facts(reference, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one person's two posts after a list of names: the last name's, with nothing to pair them
    ("Cy Tambor and Bo Kettle, Deputy Secretary of the Riverton Party Committee and Mayor of Riverton, spoke.",
     {"bo-kettle": {"Deputy Secretary of the Riverton Party Committee", "Mayor of Riverton"}}),
    # a title the catalogue names alone keeps its own post, not the next title's body
    ("The Financial Secretary and Chairman of the Riverton Board, Mr Bo Kettle, spoke.",
     {"bo-kettle": {"Financial Secretary", "Chairman of the Riverton Board"}}),
    # fields no catalogue split tells apart are left unread
    ("The Secretaries for Harbours and Kites and Lanterns, Mr Bo Kettle and Ms Ada Quell, spoke.", {}),
])
def test_titles_not_paired_where_nothing_pairs_them(reference, sentence, expected):
    assert posts_of(facts(reference, sentence)) == expected


def test_a_long_plural_title_and_list_of_names_are_read_in_linear_time():
    """The plural title's fields are read lazily up to a bounded length, its names one way only, and the body
    before "headed by" within a bounded window."""
    import time

    from kg.extract.as_titles import AS_TITLE
    from kg.extract.headed_by import BODY, HEAD, WINDOW
    from kg.extract.paired_titles import PLURAL, PLURAL_BEFORE
    from kg.extract.posts import AFTER

    names = ", ".join(f"Mr ⟦person:{i}⟧" for i in range(300))
    hostile = ["The Secretaries for " + "Harbours and " * 400 + names + " and",
               "The Secretaries for Harbours and for Kites, " + names + ".",
               "⟦person:0⟧" + ", JP" * 2000 + ", SBS Director",
               "⟦person:0⟧, who" + " then" * 2000 + " served as Director of the " + "Riverton " * 300]
    for text in hostile:
        started = time.perf_counter()
        list(PLURAL.finditer(text)), list(AFTER.finditer(text)), list(AS_TITLE.finditer(text))
        list(PLURAL_BEFORE.finditer(text.replace("Secretaries for", "Vice Mayors")))
        assert time.perf_counter() - started < 0.5
    for text in ("The " + "Riverton Harbour " * 300 + "Office is headed by a Director, Mr ⟦person:0⟧",
                 ("The " + "Riverton Harbour and " * 300 + "Council was led by Director ⟦person:0⟧. ") * 20):
        started = time.perf_counter()
        for head in HEAD.finditer(text):
            BODY.search(text, max(0, head.start() - WINDOW), head.start())
        assert time.perf_counter() - started < 0.5


# --- Shanghai's translated style ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # a place's name inside a body's name is no person's, even where the body is not known
    ("Cy Tambor, Secretary-General of the Riverton Trade Council and Director of the Municipal Hong Kong and Macao "
     "Affairs Office, spoke.", {"cy-tambor": {"Secretary-General of the Riverton Trade Council",
                                               "Director of the Municipal Hong Kong and Macao Affairs Office"}}),
    ("The Director of the Shanghai Municipal Hong Kong and Macao Affairs Office, Mr Cy Tambor, spoke.",
     {"cy-tambor": {"Director of the Hong Kong and Macao Affairs Office of the Shanghai Municipal Government"}}),
])
def test_a_shanghai_office_named_in_translated_style(reference, sentence, expected):
    assert posts_of(facts(reference, sentence)) == expected


# --- the session a clause "after attending" tells ---------------------------------------------------------------
NINTH = "the ninth plenary session of the Hong Kong/Shanghai Co-operation Conference"


@pytest.mark.parametrize("sentences", [
    [f"Following is the transcript of remarks by the Chief Executive, Ms Ann Lo, at a media session after attending {NINTH} "
     "in Riverton today (May 8):"],
    [f"Speaking to the media after attending {NINTH} today, the Chief Executive, Ms Ann Lo, said the ports would work together."],
    [HELD, "After attending the plenary session, Ms Ann Lo toured the port."],
    [f"Ms Ann Lo said after attending {NINTH} that the ports would work together."],
])
def test_the_subject_of_an_after_attending_clause_attended_the_session(reference, sentences):
    assert attendees(facts(reference, *sentences), 9) == {"ann-lo"}


@pytest.mark.parametrize("sentences", [
    [f"Ms Ann Lo thanked Mr Bo Kettle for visiting the port after attending {NINTH}."],  # whose attending is unclear
    [HELD, "Ms Ann Lo toured the port after attending the plenary session of the Riverton Youth Council."],
    [HELD, "After attending the meeting, Ms Ann Lo toured the port."],  # a meeting, not said to be the session
])
def test_an_after_attending_clause_of_another_or_of_someone_unclear(reference, sentences):
    assert attendees(facts(reference, *sentences), 9) == set()


# --- posts said with "as" ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, person, post", [
    ("Ms Ada Quell, who served as Director of the Riverton Office from 2031 to 2035, spoke.", "ada-quell",
     "Director of the Riverton Office"),
    ("Ms Ada Quell, in her capacity as Chairman of the Riverton Trade Council, spoke.", "ada-quell",
     "Chairman of the Riverton Trade Council"),
    ("Ms Ada Quell succeeded Mr Bo Kettle as Director of the Riverton Office in 2031.", "ada-quell",
     "Director of the Riverton Office"),
    ("Mr Cy Tambor, who had by then succeeded Mr Bo Kettle as mayor, attended.", "cy-tambor", "Mayor of Shanghai"),
    ("Ms Ada Quell was appointed Director of the Riverton Office in 2031.", "ada-quell", "Director of the Riverton Office"),
    ("Mr Bo Kettle has been named the new Chairman of the Riverton Trade Council.", "bo-kettle",
     "Chairman of the Riverton Trade Council"),
    ("Ms Ada Quell took office as Financial Secretary in 2031.", "ada-quell", "Financial Secretary"),
    ("Mr Cy Tambor, then in his third year as chief executive, agreed.", "cy-tambor",
     "Chief Executive of the Hong Kong Special Administrative Region"),
])
def test_posts_said_with_as(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


@pytest.mark.parametrize("sentence", [
    "Mr Bo Kettle appointed Ms Ada Quell as Director of the Riverton Office.",  # not Mr Kettle's, and said of no one
    "Mr Bo Kettle served as chairman for ten years.",  # of no body named
    "Mr Bo Kettle served as Acting Director of the Riverton Office.",
    "Mr Bo Kettle, acting as Director of the Riverton Office, spoke.",
    "Mr Bo Kettle said the man who served as Director of the Riverton Office left.",
    "Mr Bo Kettle served as a consultant to the Riverton Office.",
])
def test_no_post_from_an_as_said_of_someone_else_or_of_no_post(reference, sentence):
    assert posts_of(facts(reference, sentence)) == {}


# --- an HKSAR post in lower case after "the" -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, person, post", [
    ("The secretary for constitutional and mainland affairs, Ada Quell, said the conference mattered.", "ada-quell",
     "Secretary for Constitutional and Mainland Affairs"),
    ("The permanent secretary for commerce and economic development, Ms Ada Quell, said so.", "ada-quell",
     "Permanent Secretary for Commerce and Economic Development"),
    ("Reporters asked the financial secretary, Ada Quell, about it.", "ada-quell", "Financial Secretary"),
])
def test_an_hksar_post_in_lower_case_after_the(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


@pytest.mark.parametrize("sentence", [
    "The secretary for two years, Mr Bo Kettle, said so.",  # no bureau
    "The chief executive, Mr Bo Kettle, said the bank would grow.",  # may be a company's
    "The secretary for harbours, Mr Bo Kettle, said so.",  # no HKSAR bureau's word
])
def test_other_lower_case_titles_after_the_are_left_unread(reference, sentence):
    assert posts_of(facts(reference, sentence)) == {}


# --- honorary and founding titles are posts of their own -----------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Mr Bo Kettle, Honorary President of the Riverton Chamber of Commerce, attended.",
     {"bo-kettle": {"Honorary President of the Riverton Chamber of Commerce"}}),
    ("The Founding Chairman of the Riverton Chamber of Commerce, Mr Bo Kettle, attended.",
     {"bo-kettle": {"Founding Chairman of the Riverton Chamber of Commerce"}}),
    # the near miss: the plain title is the post itself
    ("Mr Bo Kettle, President of the Riverton Chamber of Commerce, attended.",
     {"bo-kettle": {"President of the Riverton Chamber of Commerce"}}),
])
def test_an_honorary_or_founding_title_is_not_the_plain_post(reference, sentence, expected):
    assert posts_of(facts(reference, sentence)) == expected


# --- a deputy's title after its principal's, told with the body ---------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("The Director of the Riverton Office, Ms Ada Quell, and the Deputy Director, Mr Bo Kettle, attended.",
     {"ada-quell": {"Director of the Riverton Office"}, "bo-kettle": {"Deputy Director of the Riverton Office"}}),
    ("The Director of the Riverton Office, Ms Ada Quell; the Deputy Director, Mr Bo Kettle; and the Assistant "
     "Director, Ms Cy Tambor, attended.", {"ada-quell": {"Director of the Riverton Office"},
                                           "bo-kettle": {"Deputy Director of the Riverton Office"},
                                           "cy-tambor": {"Assistant Director of the Riverton Office"}}),
    # near misses: a deputy of another body keeps it; a deputy of a title told with no body has none
    ("The Director of the Riverton Office, Ms Ada Quell, and the Deputy Director of the Harbour Office, Mr Bo Kettle, "
     "attended.", {"ada-quell": {"Director of the Riverton Office"}, "bo-kettle": {"Deputy Director of the Harbour Office"}}),
    ("The Chairman, Ms Ada Quell, and the Vice Chairman, Mr Bo Kettle, attended.", {}),
])
def test_a_deputy_title_takes_the_body_of_its_principal_told_before(reference, sentence, expected):
    assert posts_of(facts(reference, sentence)) == expected


# --- a deputy's title in the plural before names ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Shanghai Vice Mayors Ada Quell and Bo Kettle attended the meeting.",
     {"ada-quell": {"Vice Mayor of Shanghai"}, "bo-kettle": {"Vice Mayor of Shanghai"}}),
    ("Riverton Vice Mayors Ada Quell and Bo Kettle attended the meeting.",
     {"ada-quell": {"Vice Mayor of Riverton"}, "bo-kettle": {"Vice Mayor of Riverton"}}),
    ("Deputy Directors Ada Quell and Bo Kettle of the Hong Kong Economic and Trade Office in Shanghai attended.",
     {"ada-quell": {"Deputy Director of the Hong Kong Economic and Trade Office in Shanghai"},
      "bo-kettle": {"Deputy Director of the Hong Kong Economic and Trade Office in Shanghai"}}),
    ("Mayors Ada Quell and Bo Kettle attended the meeting.", {}),  # two cities' mayors, perhaps
])
def test_a_deputy_s_title_in_the_plural_is_each_name_s(reference, sentence, expected):
    found = posts_of(facts(reference, sentence))
    assert {p: {t.replace("of Hong", "of the Hong") for t in ts} for p, ts in found.items()} == expected


# --- "the city's mayor" -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentences, expected", [
    (["The session was held in Shanghai in April 2031.", "Mr Cy Tambor, then the city's mayor, agreed to rename it."],
     {"cy-tambor": {"Mayor of Shanghai"}}),
    (["Ms Ann Lo arrived in Shanghai, where the city's vice mayor, Mr Bo Kettle, greeted her."],
     {"bo-kettle": {"Vice Mayor of Shanghai"}}),
    # near misses: a city with no such post, and a city the text knows nothing of
    (["Ms Ann Lo stayed in Hong Kong, where the city's mayor, Mr Bo Kettle, greeted her."], {}),
    (["Ms Ann Lo arrived in Shanghai.", "She toured Riverton, where the city's mayor, Mr Bo Kettle, greeted her."], {}),
])
def test_the_city_s_mayor_is_the_mayor_of_the_city_told(reference, sentences, expected):
    found = posts_of(facts(reference, *sentences))
    assert {p: ts for p, ts in found.items() if p != "ann-lo"} == expected


def test_three_titles_and_three_names_respectively_give_no_post_to_the_wrong_name(reference):
    f = facts(reference, "The Secretary for Harbours, the Director of the Riverton Office and the Commissioner for Kites, "
              "Mr Bo Kettle, Ms Ada Quell and Mr Cy Tambor respectively, spoke.")
    assert "Commissioner for Kites" not in posts_of(f).get("bo-kettle", set())


# --- a salutation's titles and surnames, named in full only later --------------------------------------------------------
SPEECH = ("Following is the speech by the Secretary for Harbours, Ms Ann Lo, at the Riverton Harbour Forum in Riverton today "
          "(May 8): Vice Mayor Kettle, Director Quell, Consul-General Tambor, distinguished guests, ladies and gentlemen,")


def forum_attendees(f) -> set[str]:
    from rdflib.namespace import SDO
    return {str(o).rsplit("/", 1)[-1] for s, o in f.pairs(SDO.attendee) if "riverton-harbour-forum" in str(s)}


def test_a_salutation_s_titles_resolve_to_holders_named_later(reference):
    f = facts(reference, SPEECH, "It is a pleasure to welcome Vice Mayor Bo Kettle of Shanghai and the Director of the "
              "Riverton Office, Ms Ada Quell, to Riverton.")
    assert forum_attendees(f) == {"ann-lo", "bo-kettle", "ada-quell"}


def test_a_salutation_s_title_with_no_single_holder_stays_unread(reference):
    f = facts(reference, SPEECH, "It is a pleasure to welcome Vice Mayor Bo Kettle and Vice Mayor Cy Kettle of Shanghai.")
    assert forum_attendees(f) == {"ann-lo"}


# --- a body "headed by" its titled head ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("The Riverton Office is headed by a Director, currently Ms Ada Quell, and has a staff of 52.",
     {"ada-quell": {"Director of the Riverton Office"}}),
    ("The Riverton Harbour Authority is led by Chairman Bo Kettle.", {"bo-kettle": {"Chairman of the Riverton Harbour Authority"}}),
    # near misses: a head with no title, and a title of a body of its own
    ("The Riverton Office is headed by Ms Ada Quell, who took up the post in 2031.", {}),
    ("The Riverton Office is headed by a Director of the Harbour Bureau, Ms Ada Quell.",
     {"ada-quell": {"Director of the Harbour Bureau"}}),
    ("The Riverton Municipal Government is headed by Director Ada Quell.", {}),  # a director directs a part of it
])
def test_a_body_headed_by_its_titled_head(reference, sentence, expected):
    assert posts_of(facts(reference, sentence)) == expected



# --- "attended the session of the X with <people>" ------------------------------------------------------------------------
def test_those_a_session_is_attended_with_after_its_full_name(reference):
    f = facts(reference, f"Ms Ann Lo attended {NINTH} in Shanghai today with the Secretary for Harbours, Mr Bo Kettle, "
              "and the Director of Lanterns, Ms Cy Tambor.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle", "cy-tambor"}


def test_someone_met_with_after_the_session_is_not_at_it(reference):
    f = facts(reference, f"Ms Ann Lo attended {NINTH}, and met with Mr Bo Kettle afterwards.")
    assert attendees(f, 9) == {"ann-lo"}
