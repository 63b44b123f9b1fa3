"""People's names and posts in the shapes Hong Kong releases print them: family names in capitals after an
honorific ("Mr Donald TSANG Yam-kuen", "Ms CHAN Mei-lin, Maggie"), and a title one person holds given before
two names.

Every sentence is invented; each kind has a near miss.
"""

import time

import pytest
from rdflib.namespace import RDFS

from kg.extract.caps_names import ordinary_case
from kg.namespaces import HKSH

from conftest import facts
from test_kinds import posts_of


def people(f) -> dict[str, tuple[str | None, bool]]:
    """Person slug -> (label, whether unreviewed)."""
    out = {}
    for (s, p, o) in f.triples:
        if "/person/" in str(s):
            slug = str(s).rsplit("/", 1)[-1]
            label, unreviewed = out.get(slug, (None, False))
            out[slug] = (str(o) if p == RDFS.label else label, unreviewed or p == HKSH.reviewStatus)
    for s in f.mentions:
        if "/person/" in str(s):
            out.setdefault(str(s).rsplit("/", 1)[-1], (None, False))
    return out


# --- family names in capitals -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, slug, label", [
    ("The delegation was received by Mr Arthur QUAN Wing-yiu yesterday.", "arthur-quan-wing-yiu", "Arthur Quan Wing Yiu"),
    ("Dr FOK Ching-lam attended the seminar.", "fok-ching-lam", "Fok Ching Lam"),
    ("Prof. ZHOU Lihua gave the keynote.", "zhou-lihua", "Zhou Lihua"),
    ("Ms SZETO Mei-ki, Director of the Riverton Arts Office, spoke.", "szeto-mei-ki", "Szeto Mei Ki"),
    ("Ms KAN Mei-lin, Cora, Director of the Riverton Arts Office, spoke.", "cora-kan-mei-lin", "Cora Kan Mei Lin"),
    ("Ms AU-YEUNG Pui-ki attended the seminar.", "au-yeung-pui-ki", "Au Yeung Pui Ki"),
])
def test_a_family_name_in_capitals_after_an_honorific_is_a_person_in_ordinary_case(reference, sentence, slug, label):
    found = people(facts(reference, sentence))
    assert found[slug] == (label, True)


def test_a_known_person_printed_with_capitals_is_the_known_one(reference):
    f = facts(reference, "The Financial Secretary, Mr CHAN Mo-po, Paul, met the guests.")
    assert "paul-chan-mo-po" in people(f) and posts_of(f)["paul-chan-mo-po"] == {"Financial Secretary"}


def test_a_family_name_in_capitals_said_again_is_the_same_person(reference):
    f = facts(reference, "The Director of the Riverton Arts Office, Mr Arthur QUAN Wing-yiu, met them.",
              "Mr QUAN said the visit went well.")
    assert f.mentions[next(s for s in f.mentions if str(s).endswith("/arthur-quan-wing-yiu"))] == {0, 1}
    assert posts_of(f)["arthur-quan-wing-yiu"] == {"Director of the Riverton Arts Office"}


@pytest.mark.parametrize("sentence", [
    "The HKTDC Executive Board met the CEPA Joint Working Group.",
    "HK TO Host Forum With SHANGHAI Partners.",
    "Vice Mayor ZHOU Lihua met the delegation.",  # no honorific: capitals may be an abbreviation's
])
def test_capitals_without_an_honorific_are_not_a_name(reference, sentence):
    assert people(facts(reference, sentence)) == {}


def test_a_title_after_the_comma_is_not_an_english_name(reference):
    f = facts(reference, "Mr FOK Ching-lam, Chairman of the Riverton Council, spoke.")
    assert "fok-ching-lam" in people(f) and posts_of(f)["fok-ching-lam"] == {"Chairman of the Riverton Council"}


def test_reading_capitals_keeps_the_sentence_length():
    text = "Mr Donald QUAN Wing-yiu met the HKTDC; Ms KAN Mei-lin, Cora, too."
    assert len(ordinary_case(text)) == len(text) and "HKTDC" in ordinary_case(text)
    long = "Mr " + "ABC " * 5000 + "Wing-yiu."
    started = time.perf_counter()
    ordinary_case(long)
    assert time.perf_counter() - started < 0.5


# --- a title given before two names -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "He was accompanied by the Director of the Riverton Arts Office, Mr Ben Quill, and Mr Tom Holt.",
    "He was accompanied by the Secretary for Financial Services and the Treasury, Mr Ben Quill and Mr Tom Holt.",
])
def test_a_principal_title_before_two_names_is_the_first_ones(reference, sentence):
    posts = posts_of(facts(reference, sentence))
    assert "ben-quill" in posts and "tom-holt" not in posts


def test_a_deputy_title_before_two_names_is_both(reference):
    posts = posts_of(facts(reference, "He was accompanied by the Deputy Director of the Riverton Arts Office, "
                                      "Ben Quill and Tom Holt."))
    assert posts["ben-quill"] == posts["tom-holt"] == {"Deputy Director of the Riverton Arts Office"}


# --- a bureau's title with "and" in it, said with "as"; a name after "and" ---------------------------------
def test_a_bureau_title_with_and_said_with_as_is_read_whole(reference):
    f = facts(reference, "Mr Ben Quill, who served as Secretary for Commerce and Economic Development from 2031 "
                         "to 2035, spoke.")
    assert posts_of(f)["ben-quill"] == {"Secretary for Commerce and Economic Development"}


def test_a_second_title_after_and_said_with_as_is_not_part_of_the_first(reference):
    f = facts(reference, "Mr Ben Quill was appointed Chairman of the Riverton Council and Director of the Riverton "
                         "Arts Office in 2031.")
    assert posts_of(f)["ben-quill"] == {"Chairman of the Riverton Council"}


def test_an_honorific_after_and_begins_a_name_not_a_body(reference):
    f = facts(reference, "Mr Ben Quill was appointed Chairman of the Riverton Council and Ms Ada Holt its Vice-Chairman.")
    assert posts_of(f) == {"ben-quill": {"Chairman of the Riverton Council"}}


# --- rosters in two columns, and the body after a title and a comma -------------------------------------------
ROSTER = """Minutes of the Second Meeting

Present:
  Mr Ben QUILL Wing-yiu, JP      Permanent Secretary for Arts and Leisure (Co-chair)
  Ms Cora Vance                  Deputy Director, Riverton Harbour Office
  Mr Tom Holt                    Deputy Secretary-General, Riverton Municipal Board of
                                 Trade and Shipping Council

In attendance:
  Ms Dana Pike                   Executive Director, Harbour Arts Foundation (for item 2)

1.   Mr Quill welcomed members to the meeting.
"""


def test_a_roster_line_becomes_a_sentence_with_its_wrapped_title():
    from kg.text.clean import clean

    paragraphs = clean(ROSTER).paragraphs  # the minutes' reader (kg.text.minutes) takes a "Present:" list first
    present, attending = paragraphs[0], paragraphs[1]
    assert present.startswith("Present") and present.endswith(".")
    assert "Mr Ben QUILL Wing-yiu, Permanent Secretary for Arts and Leisure" in present
    assert "Mr Tom Holt, Deputy Secretary-General of the Riverton Municipal Board of Trade and Shipping Council" in present
    assert attending.endswith("Ms Dana Pike, Executive Director of the Harbour Arts Foundation.")


def test_two_columns_without_an_honorific_are_no_roster():
    from kg.text.clean import clean

    text = "Schedule\n\n  Morning session      Opening and keynote\n  Afternoon session    Panels\n\nThe forum opened."
    assert clean(text).paragraphs == ["The forum opened."]


def test_a_roster_gives_each_member_the_post_its_columns_name(reference):
    from kg.text.clean import clean

    posts = posts_of(facts(reference, *clean(ROSTER).paragraphs))
    assert posts["ben-quill-wing-yiu"] == {"Permanent Secretary for Arts and Leisure"}
    assert posts["cora-vance"] == {"Deputy Director of the Riverton Harbour Office"}
    assert posts["dana-pike"] == {"Executive Director of the Harbour Arts Foundation"}


@pytest.mark.parametrize("sentence, post", [
    ("Ms Cora Vance, Deputy Director, Riverton Harbour Office, spoke at the dinner.",
     "Deputy Director of the Riverton Harbour Office"),
    ("Mr Tom Holt, JP, Chairman, the Riverton Trade Council (Co-chair), opened the meeting.",
     "Chairman of the Riverton Trade Council"),
])
def test_the_body_after_a_title_and_a_comma_is_the_titles(reference, sentence, post):
    assert post in next(iter(posts_of(facts(reference, sentence)).values()))


@pytest.mark.parametrize("sentence", [
    "Ms Cora Vance, Director, and Mr Tom Holt, Riverton Harbour Office staff, met them.",
    "Ms Cora Vance, Director, Riverton Harbour Office staff and students met them.",
])
def test_a_title_and_a_comma_before_no_body_gives_no_post(reference, sentence):
    assert posts_of(facts(reference, sentence)) == {}


def test_a_role_in_brackets_is_no_abbreviation(reference):
    from rdflib.namespace import SKOS

    f = facts(reference, "Ms Dana Pike, Senior Officer, Riverton Harbour Office (Secretary), took the minutes.",
              "The Riverton Harbour Office (RHO) will report.")
    alt = {str(o) for (s, p, o) in f.triples if p == SKOS.altLabel and "/org/" in str(s)}
    assert alt == {"RHO"}


def test_long_roster_like_lines_are_read_in_linear_time():
    from kg.text.rosters import rosters

    for line in ("Mr " + "Ab " * 4000 + "   " + "Cd  " * 4000, "Mr Ab" + " " * 20000 + "Cd" + " \t" * 5000 + "x"):
        started = time.perf_counter()
        rosters(line + "\n" + line)
        assert time.perf_counter() - started < 0.5


# --- a career told year by year ---------------------------------------------------------------------------
CAREER = ("Ms Lin Yaqiu joined the Riverton Trade Office in 2031.",
          "From 2033 to 2036 she was Deputy Director of the Riverton Trade Office.",
          "In that post she travelled with Mr Bo Kettle to Eastport.",
          "From 2036 to 2039 she served as Director of the Riverton Harbour Office.")


def test_she_after_fronted_years_is_the_subject_the_text_was_telling_of(reference):
    posts = posts_of(facts(reference, *CAREER))
    assert posts["lin-yaqiu"] == {"Deputy Director of the Riverton Trade Office", "Director of the Riverton Harbour Office"}
    assert "bo-kettle" not in posts


def test_years_fronted_before_a_noun_are_no_pronoun(reference):
    f = facts(reference, "Ms Lin Yaqiu joined the Riverton Trade Office in 2031.",
              "From 2033 to 2036 shelters were Deputy Director of the Riverton Trade Office's concern.")
    assert posts_of(f) == {}


def test_a_person_named_bare_is_the_one_a_later_honorific_names(reference):
    f = facts(reference, "Few officials know Eastport as well as Lin Yaqiu.", "Ms Lin spent her early career in trade.",
              "From 2033 to 2036 she was Deputy Director of the Riverton Trade Office.")
    assert posts_of(f) == {"lin-yaqiu": {"Deputy Director of the Riverton Trade Office"}}


def test_a_family_name_that_ends_no_name_before_finds_nobody(reference):
    f = facts(reference, "The Lin River runs past Eastport.", "Ms Lin spent her early career in trade.",
              "From 2033 to 2036 she was Deputy Director of the Riverton Trade Office.")
    assert posts_of(f) == {}


# --- a former post after the name -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, slug", [
    ("Wang Lihua, former Director of the Riverton Trade Office, spoke.", "wang-lihua"),
    ("Ms Ada Quell, a former Director of the Riverton Trade Office, spoke.", "ada-quell"),
    ("Ms Ada Quell, the former Director of the Riverton Trade Office, spoke.", "ada-quell"),
])
def test_a_former_post_after_the_name_was_held(reference, sentence, slug):
    assert posts_of(facts(reference, sentence)) == {slug: {"Director of the Riverton Trade Office"}}


def test_a_former_body_is_no_post(reference):
    f = facts(reference, "Ms Ada Quell, former Riverton Trade Office staff, spoke.")
    assert posts_of(f) == {}


# --- a district's mayor --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, post", [
    ("Mr Bo Kettle, Deputy District Mayor of Eastport New Area, said so.", "Deputy District Mayor of Eastport New Area"),
    ("Mr Bo Kettle, District Mayor of Riverton District, said so.", "District Mayor of Riverton District"),
])
def test_a_district_mayor_after_the_name(reference, sentence, post):
    assert posts_of(facts(reference, sentence)) == {"bo-kettle": {post}}


def test_a_district_without_a_mayor_is_no_post(reference):
    assert posts_of(facts(reference, "Mr Bo Kettle, District Councillor of Riverton District, said so.")) == {}


# --- a body's name in Chinese in brackets --------------------------------------------------------------------
def _alt_labels(f) -> dict[str, set[str]]:
    from rdflib.namespace import SKOS

    out: dict[str, set[str]] = {}
    for (s, p, o) in f.triples:
        if p == SKOS.altLabel and "/org/" in str(s):
            out.setdefault(str(s).rsplit("/", 1)[-1], set()).add(str(o))
    return out


def test_a_chinese_name_in_brackets_is_another_name_of_the_body(reference):
    f = facts(reference, "The scheme is run by the Riverton Youth Foundation (河城青年基金) and the Hong Kong "
                         "Economic and Trade Office in Shanghai (香港駐滬辦).")
    alt = _alt_labels(f)
    assert alt["riverton-youth-foundation"] == {"河城青年基金"}
    assert alt["hong-kong-economic-and-trade-office-in-shanghai"] == {"香港駐滬辦"}


def test_a_chinese_name_in_brackets_after_a_person_names_no_body(reference):
    assert _alt_labels(facts(reference, "Mr Bo Kettle (陳大文) of the Riverton Arts Council spoke.")) == {}


# --- an officer's grade as a title -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, post", [
    ("Ms Joan Pike, Senior Executive Officer of the Riverton Trade Office, took the minutes.",
     "Senior Executive Officer of the Riverton Trade Office"),
    ("Mr Bo Kettle, Principal Trade Officer, Riverton Trade Office, took the minutes.",
     "Principal Trade Officer of the Riverton Trade Office"),
])
def test_an_officers_grade_with_its_body_is_a_post(reference, sentence, post):
    assert next(iter(posts_of(facts(reference, sentence)).values())) == {post}


def test_an_officer_of_no_body_is_no_post(reference):
    assert posts_of(facts(reference, "Ms Joan Pike, a senior executive officer at the time, took the minutes.")) == {}


# --- a legislature's list of members, one to a line ("Hon X (Title, role)") --------------------------------------
def _cleaned(reference, body):
    from kg.text.clean import clean
    return facts(reference, *clean(body).paragraphs)


MEMBERS = ("The delegation comprised the following Members:\n\n"
           "      Hon Ada QUELL (President of the Riverton Council, leader of the delegation)\n"
           "      Hon BO Kettle-wing (Chairman of the Panel on Riverton Trade, deputy leader of the delegation)\n"
           "      Dr Hon TAM Cy-lun\n"
           "      Hon Jeffrey NG Ka-ming, JP\n\n"
           "Ms Dora Fenn, Chief Council Secretary (1)6, accompanied the delegation.\n")


def test_a_list_of_legislators_names_its_members_and_their_offices(reference):
    from test_kinds import posts_of
    found = posts_of(_cleaned(reference, MEMBERS))
    assert found.get("ada-quell") == {"President of the Riverton Council"}
    assert found.get("bo-kettle-wing") == {"Chairman of Panel on Riverton Trade"}
    assert "tam-cy-lun" not in found and "jeffrey-ng-ka-ming" not in found  # a member's seat is no post here
    assert "dora-fenn" not in found  # "Chief Council" is a rank, no body whose Secretary she is


def test_a_list_of_legislators_finds_each_member(reference):
    from rdflib.namespace import RDF, SDO
    people = {str(s).rsplit("/", 1)[-1] for (s, p, o) in _cleaned(reference, MEMBERS).triples
              if p == RDF.type and o == SDO.Person}
    assert {"ada-quell", "bo-kettle-wing", "tam-cy-lun", "jeffrey-ng-ka-ming"} <= people


@pytest.mark.parametrize("body", [
    "Hon Kai-ming said the Riverton Council would meet.\n",  # "Hon" as a surname in prose: the line says more than a name
    "The Hon members of the Council:\n\n  Hon Ada QUELL said she would come back\n",
])
def test_no_list_of_legislators(reference, body):
    from kg.text.rosters import members
    assert members(body) == body


@pytest.mark.parametrize("sentence, person, post", [
    ("Ms Ada Quell (Director of the Riverton Office, second left) spoke.", "ada-quell", "Director of the Riverton Office"),
])
def test_a_title_in_brackets_before_a_role_or_a_place_in_the_picture(reference, sentence, person, post):
    from test_kinds import posts_of
    assert posts_of(facts(reference, sentence)).get(person) == {post}


def test_a_name_in_brackets_after_a_title_is_no_role(reference):
    from test_kinds import posts_of  # the title is the named one's, not the one before the bracket
    assert "ada-quell" not in posts_of(facts(reference, "Ms Ada Quell (Director of the Riverton Office, Mr Bo Kettle) spoke."))
