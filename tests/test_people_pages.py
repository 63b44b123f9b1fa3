"""People and posts in the shapes of everyday pages: a social-media thread whose posts end in hashtags.

Every sentence is invented; each kind has a near miss.
"""

import time

import pytest

from kg.text.clean import clean
from kg.text.social import untagged

from conftest import facts
from test_kinds import posts_of


THREAD = """Riverton Transport Office
@RivTransport

1/3
Today the Director, Mr Ivo Brandt, met the Deputy Mayor of Lakeport, Ms Una Vale, in Riverton. A short thread. #Riverton #Transport

2/3
The two sides agreed to run more ferries between the cities. #Riverton
3:04 PM · Mar 2, 2031 · 2K Views
"""


def test_the_posts_of_a_thread_that_end_in_hashtags_are_kept():
    paragraphs = clean(THREAD).paragraphs
    assert "The two sides agreed to run more ferries between the cities." in paragraphs
    assert any(p.startswith("Today the Director, Mr Ivo Brandt") and p.endswith("A short thread.") for p in paragraphs)


def test_a_hashtag_inside_a_sentence_is_read_as_its_word_and_a_line_of_tags_only_goes():
    assert untagged("We back the #Riverton bid.") == "We back the Riverton bid."
    assert untagged("#Riverton #Transport") == ""  # a line of tags alone is no text
    assert untagged("Ferries sail today. #Riverton #Transport") == "Ferries sail today."
    assert "Join us #Riverton" not in clean("Join us #Riverton\n\nFerries sail today.").paragraphs


def test_a_thread_post_gives_its_people_their_posts(reference):
    f = facts(reference, *clean(THREAD).paragraphs)
    assert posts_of(f)["una-vale"] == {"Deputy Mayor of Lakeport"}


def test_trailing_tags_are_read_fast():
    line = "A sentence." + " #tag" * 5000 + " x"
    start = time.perf_counter()
    assert untagged(line) == line
    assert time.perf_counter() - start < 0.5


# --- bodies the reference data knows, so that the post keeps the body's whole name ---------------------------
def test_an_officer_of_the_airport_authority_holds_its_post_under_its_full_name(reference):
    f = facts(reference, "The Airport Authority Hong Kong sent its deputy chief executive officer, Ms Ada Quell.")
    assert posts_of(f)["ada-quell"] == {"Deputy Chief Executive Officer of Airport Authority Hong Kong"}


def test_a_body_named_like_the_airport_authority_is_not_it(reference):
    f = facts(reference, "The Airport Authority of Riverton sent its deputy chief executive officer, Ms Ada Quell.")
    assert posts_of(f).get("ada-quell", set()) <= {"Deputy Chief Executive Officer of the Airport Authority of Riverton"}


@pytest.mark.parametrize("sentence, person, post", [
    ("Hong Kong Trade Development Council Chief Representative for East China Ada Quell: The questions were many.",
     "ada-quell", "Chief Representative for East China of the Hong Kong Trade Development Council"),
    ("Bo Kettle, Chief Representative for Western China of the Riverton Trade Council, attended.",
     "bo-kettle", "Chief Representative for Western China of the Riverton Trade Council"),
])
def test_a_chief_representative_for_a_region_of_china_keeps_the_region(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence))[person] == {post}


def test_a_chief_representative_for_a_city_names_no_region(reference):
    f = facts(reference, "Bo Kettle, Chief Representative for Lakeport Grace of the Riverton Trade Council, attended.")
    assert not any("Lakeport" in p for p in posts_of(f).get("bo-kettle", set()))


# --- newspapers' lower-case titles --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, person, post", [
    ("The talks ran late, while executive vice-mayor Ada Quell sat with the guests.", "ada-quell", "Executive Vice Mayor of Shanghai"),
    ("The guests were greeted by vice mayor Bo Kettle, who thanked them.", "bo-kettle", "Vice Mayor of Shanghai"),
])
def test_a_vice_mayor_in_lower_case_is_shanghais(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence))[person] == {post}


@pytest.mark.parametrize("sentence, person", [
    ("The talks ran late, while Lakeport vice-mayor Ada Quell sat with the guests.", "ada-quell"),
    ("The guests were greeted by vice mayor Bo Kettle of Lakeport, who thanked them.", "bo-kettle"),
])
def test_a_vice_mayor_of_another_city_is_not_shanghais(reference, sentence, person):
    assert not any("Shanghai" in p for p in posts_of(facts(reference, sentence)).get(person, set()))


# --- a unit "at" its body -------------------------------------------------------------------------------------
def test_a_centre_at_a_university_is_the_universitys(reference):
    f = facts(reference, "Professor Ada Quell, director of the Centre for Asian Studies at Riverton Normal University, "
                         "said the items mattered.")
    assert posts_of(f)["ada-quell"] == {"Director of the Centre for Asian Studies of Riverton Normal University"}


@pytest.mark.parametrize("sentence, person, post", [
    ("Bo Kettle, director of the Centre for Asian Studies at the time, spoke.", "bo-kettle",
     "Director of Centre for Asian Studies"),
    ("Cai Lin, Director of the Riverton Trade Office at the Central Government Offices, attended.", "cai-lin",
     "Director of the Riverton Trade Office"),
])
def test_at_a_time_or_a_bodys_venue_names_no_parent_body(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence))[person] == {post}


# --- a lawmaker -----------------------------------------------------------------------------------------------
def test_lawmaker_before_a_name_is_no_part_of_it(reference):
    f = facts(reference, "Lawmaker Ada Quell Wing-yan, deputy chairman of the Riverton Panel, said critics misread it.")
    assert posts_of(f)["ada-quell-wing-yan"] == {"Deputy Chairman of Riverton Panel", "Member of the Legislative Council"}


def test_lawmaker_alone_is_a_member_of_the_legislative_council(reference):
    f = facts(reference, "Legislator Bo Kettle asked a question on ferries.")
    assert posts_of(f)["bo-kettle"] == {"Member of the Legislative Council"}  # kg.extract.lawmakers


# --- a firm's ranks in lower case -----------------------------------------------------------------------------
FIRMS = "The Riverton Stock Exchange (RSE) and Lakeport Exchanges Limited (LEX) held a forum."


@pytest.mark.parametrize("sentence, person, post", [
    ("It was signed by RSE vice-president Fang Lin and witnessed by officials.", "fang-lin",
     "Vice-President of Riverton Stock Exchange"),
    ("It was signed by LEX co-head of markets Derek Moss, and witnessed by officials.", "derek-moss",
     "Co-Head of Markets of Lakeport Exchanges Limited"),
    ("The Riverton Stock Exchange chairman Ada Quell spoke.", "ada-quell", "Chairman of Riverton Stock Exchange"),
])
def test_a_firms_rank_in_lower_case_after_its_name_is_a_post(reference, sentence, person, post):
    assert posts_of(facts(reference, FIRMS, sentence))[person] == {post}


@pytest.mark.parametrize("sentence, person", [
    ("LEX members Tom Hart and Cai Lin attended.", "tom-hart"),
    ("The talks were opened by UK vice-president Tom Hart.", "tom-hart"),
])
def test_no_rank_or_an_abbreviation_the_text_never_defined_gives_no_post(reference, sentence, person):
    assert person not in posts_of(facts(reference, FIRMS, sentence))


# --- a clause's first word is no place before a title ----------------------------------------------------------
@pytest.mark.parametrize("opening", ["When", "While", "Although", "Once"])
def test_a_clause_opening_before_a_title_is_no_place_of_it(reference, opening):
    f = facts(reference, f"{opening} Chief Executive Ada Quell and Riverton Mayor Bo Kettle shook hands at the session, "
                         "the release counted 14 agreements.")
    assert posts_of(f)["ada-quell"] == {"Chief Executive of the Hong Kong Special Administrative Region"}


def test_a_place_before_a_title_still_names_whose_it_is(reference):
    f = facts(reference, "Then Lakeport Mayor Ada Quell and Bo Kettle shook hands at the session.")
    assert posts_of(f)["ada-quell"] == {"Mayor of Lakeport"}


# --- an author's line under a report's heading -----------------------------------------------------------------
REPORT = """Report on the Work of the Riverton Government

Delivered at the Third Session of the Riverton People's Congress on March 3, 2031

{author}

Fellow Deputies,

On behalf of the Riverton Government, I now present to you the report on its work.
"""


def test_an_authors_line_under_a_reports_heading_is_a_statement_of_the_post(reference):
    paragraphs = clean(REPORT.format(author="Ada Quell, Mayor of Riverton")).paragraphs
    assert "Ada Quell, Mayor of Riverton." in paragraphs
    assert posts_of(facts(reference, *paragraphs))["ada-quell"] == {"Mayor of Riverton"}


@pytest.mark.parametrize("author", ["Ada Quell", "Riverton, Lakeport and Eastport", "Mayor Ada Quell opens the fair"])
def test_a_name_alone_or_a_headline_is_no_authors_line(author):
    assert not any(p.startswith(author) for p in clean(REPORT.format(author=author)).paragraphs)


def test_an_author_line_far_down_the_page_is_left_as_it_was():
    body = "\n\n".join(f"Paragraph {n} of the report is here." for n in range(10)) + "\n\nAda Quell, Mayor of Riverton\n\nThe end is here."
    assert "Ada Quell, Mayor of Riverton." not in clean(body).paragraphs


def test_an_author_line_is_read_fast():
    from kg.text.author_lines import AUTHOR_LINE
    line = "Ada Quell, Mayor of " + "Riverton " * 3000 + "."
    start = time.perf_counter()
    assert AUTHOR_LINE.fullmatch(line) is None
    assert time.perf_counter() - start < 0.5


# --- a bare name the document used as a place or a firm's -------------------------------------------------------
def people_of(f) -> set[str]:
    return {str(s).rsplit("/", 1)[-1] for s in f.mentions if "/person/" in str(s)}


@pytest.mark.parametrize("before", [
    "The firm runs a warehouse in Tai Lok and an office in Central.",
    "Tai Lok District is home to the firm's depot.",
    "Sun Lok Properties built the new depot.",
])
def test_a_bare_name_the_text_used_as_a_place_or_firm_is_no_person(reference, before):
    name = "Sun Lok" if before.startswith("Sun") else "Tai Lok"
    f = facts(reference, before, f"The depot was opened by {name} and Chan Kwok-wing on Monday.")
    assert "chan-kwok-wing" in people_of(f) and name.lower().replace(" ", "-") not in people_of(f)


def test_a_bare_name_the_text_never_used_as_a_place_is_a_person(reference):
    f = facts(reference, "The firm runs a warehouse in Kam Lok.", "The depot was opened by Tai Lok and Chan Kwok-wing.")
    assert {"tai-lok", "chan-kwok-wing"} <= people_of(f)


def test_a_place_use_is_read_fast():
    from kg.extract.bare_places import used_as_place
    texts = ["in " + "Tai " * 5000 + "x"] * 20
    start = time.perf_counter()
    assert not used_as_place("Tai Lok", texts)
    assert time.perf_counter() - start < 0.5
