"""Plain-text tables: rows read as sentences with their headings, and a table of plenary sessions."""

import time

import pytest
from rdflib.namespace import SDO

from kg.namespaces import HKSH
from kg.text.clean import clean

from conftest import facts

TABLE = ("The Hong Kong/Shanghai Co-operation Conference has met in plenary as follows:\n\n"
         "Session | Date | Venue | Co-chairs\n"
         "|---|---|---|---|\n"
         "9th | 3 May 2031 | Shanghai | Ada Quell, Bo Kettle\n"
         "10th | 2033 | Hong Kong | Ivy Rook and Tom Fu\n\n"
         "The next session is due in 2035.")


def test_a_table_s_rows_are_sentences_with_their_headings():
    assert clean(TABLE, title="Sessions").paragraphs == [
        "The Hong Kong/Shanghai Co-operation Conference has met in plenary as follows:",
        "Session: 9th | Date: 3 May 2031 | Venue: Shanghai | Co-chairs: Ada Quell, Bo Kettle.",
        "Session: 10th | Date: 2033 | Venue: Hong Kong | Co-chairs: Ivy Rook and Tom Fu.",
        "The next session is due in 2035."]


def test_a_table_parted_by_tabs_is_read_too():
    text = "Sessions held:\n\nSession\tYear\tVenue\n9th\t2031\tShanghai\n\nThat is all."
    assert "Session: 9th | Year: 2031 | Venue: Shanghai." in clean(text, title="Sessions").paragraphs


def test_rows_of_site_navigation_are_no_table():
    text = "Home | About Us | Press Releases\nNews | Photos | Videos\n\nThe talks were held today."
    assert clean(text, title="Talks").paragraphs == ["The talks were held today."]


def test_a_very_long_row_is_read_in_linear_time():
    row = " | ".join(["Session", "Date"] + ["Venue"] * 2000)
    start = time.process_time()
    clean(f"Sessions:\n\n{row}\n{row}\n\nEnd.")
    assert time.process_time() - start < 2


def sessions(f) -> dict[int, dict]:
    out: dict[int, dict] = {}
    for (s, p, o) in f.triples:
        if p == HKSH.sessionNumber:
            out.setdefault(int(o), {}).update(iri=s)
    for n, row in out.items():
        row["date"] = {str(o) for (s, p, o) in f.triples if s == row["iri"] and p == SDO.startDate}
        row["place"] = {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == row["iri"] and p == SDO.location}
        row["attendees"] = {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == row["iri"] and p == SDO.attendee}
    return out


def table_facts(reference, text):
    return facts(reference, *clean(text, title="Sessions").paragraphs)


def test_a_table_of_sessions_gives_each_its_date_venue_and_co_chairs(reference):
    found = sessions(table_facts(reference, TABLE))
    assert found[9]["date"] == {"2031-05-03"} and found[9]["place"] == {"shanghai"}
    assert found[9]["attendees"] == {"ada-quell", "bo-kettle"}
    assert found[10]["date"] == {"2033"} and found[10]["place"] == {"hong-kong"}
    assert found[10]["attendees"] == {"ivy-rook", "tom-fu"}


def test_a_column_headed_by_a_post_gives_its_people_the_post(reference):
    from test_kinds import posts_of
    text = ("The Hong Kong/Shanghai Co-operation Conference has met as follows:\n\n"
            "Session | Year | Chief Executive | Mayor of Shanghai\n9th | 2031 | Ada Quell | Bo Kettle\n")
    f = table_facts(reference, text)
    assert posts_of(f) == {"ada-quell": {"Chief Executive of the Hong Kong Special Administrative Region"},
                           "bo-kettle": {"Mayor of Shanghai"}}
    assert sessions(f)[9]["attendees"] == {"ada-quell", "bo-kettle"}


CONF = "The Hong Kong/Shanghai Co-operation Conference was set up in 2003."


@pytest.mark.parametrize("text", [
    # near misses: a working group's meetings; numbered rows in a text that never names the mechanism
    "The Riverton trade working group has met as follows:\n\nMeeting | Date | Venue\n9th | 3 May 2031 | Shanghai\n",
    "Our seminars:\n\nNo. | Date | Venue\n9 | 3 May 2031 | Shanghai\n",
    # a numbered table of agreements, of Chief Executives, of a working group's meetings, of figures
    f"{CONF} The following agreements were signed at the session:\n\nNo. | Agreement | Parties\n"
    "1 | Memorandum on Harbours | Riverton Port Office and Harbour Bank\n",
    f"{CONF} Past Chief Executives and their terms:\n\nNo. | Chief Executive | Year\n1 | Ada Quell | 2031\n",
    f"{CONF} Its harbour working group has met twice:\n\nNo. | Date | Venue | Led by\n1 | March 2031 | Shanghai | Bo Kettle\n",
    f"{CONF} Visitors rose again:\n\nNo. | Year | City | Visitors (million)\n1 | 2031 | Shanghai | 7.2\n",
    # a forum's programme headed "Session", in a text that never names the mechanism
    "The Riverton Harbour Forum was held on June 3. The programme is set out below:\n\nSession | Date | Topic | Speakers\n"
    "1 | 3 June 2031 | Green ports | Ada Quell\n",
    # rows with no heading after a sentence that speaks of something else
    f"{CONF} It has held several sessions since. Riverton ranked well in the city rankings.\n\n1st | Riverton | 2031\n",
])
def test_other_tables_give_no_session(reference, text):
    """Each of these was read as plenary sessions until a review found it."""
    assert sessions(table_facts(reference, text)) == {}


def test_a_session_row_s_cells_are_no_events(reference):
    text = ("The Hong Kong/Shanghai Co-operation Conference has met as follows:\n\n"
            "Session | Date | Venue\n9th | 3 May 2031 | Video conference\n")
    f = table_facts(reference, text)
    assert not [s for (s, p, o) in f.triples if "/event/" in str(s)]


def test_columns_aligned_by_spaces_are_a_table_when_each_row_opens_with_its_number():
    text = ("Plenary sessions so far:\n\n"
            "Session      Date             Venue\n"
            "9th          3 May 2031       Shanghai\n"
            "10th         June 2033        Hong Kong\n\nThat is all.")
    assert clean(text, title="Sessions").paragraphs == [
        "Session: 9th | Date: 3 May 2031 | Venue: Shanghai.", "Session: 10th | Date: June 2033 | Venue: Hong Kong.",
        "That is all."]


def test_columns_aligned_by_spaces_without_numbers_are_page_layout():
    text = ("Talks held\n\nVenue      Date      Host\nRiverton Hall      3 May 2031      Harbour Bank\n\nThat is all.")
    assert clean(text, title="Talks held").paragraphs == ["That is all."]


from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.tables import ALIGNED, linearise


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab |\t19-SsDVn" + ALIGNED, max_size=40), max_size=12))
def test_linearise_keeps_no_cell_mark_and_adds_no_line(lines):
    out = linearise(lines)
    assert not any("\t" in line or ALIGNED in line for line in out)
    assert len([line for line in out if line]) <= len([line for line in lines if line])


def test_a_numbered_table_after_sentences_about_plenary_sessions_is_theirs(reference):
    text = f"{CONF} It has held these plenary sessions:\n\nNo. | Date | Venue\n9 | May 2031 | Shanghai\n"
    assert sessions(table_facts(reference, text))[9]["place"] == {"shanghai"}


def test_an_agreement_s_row_is_still_an_agreement(reference):
    from rdflib.namespace import RDFS
    text = (f"{CONF} The following agreements were signed at the session:\n\nNo. | Agreement | Parties\n"
            "1 | Memorandum of Understanding on Harbour Co-operation | Riverton Port Office and Harbour Bank\n")
    labels = {str(o) for (s, p, o) in table_facts(reference, text).triples if p == RDFS.label}
    assert any("Harbour Co-operation" in label for label in labels)


def test_a_markdown_table_under_a_rule_may_have_a_long_heading(reference):
    text = ("The Hong Kong/Shanghai Co-operation Conference meets in plenary sessions.\n\n"
            "| No. | Date | Place | Co-chairs (Chief Executive / Mayor of Shanghai) |\n|---|---|---|---|\n"
            "| 9 | 3 May 2031 | Shanghai | Ada Quell / Bo Kettle |\n\nEnd.")
    found = sessions(table_facts(reference, text))
    assert found[9]["date"] == {"2031-05-03"} and found[9]["place"] == {"shanghai"}
    assert found[9]["attendees"] == {"ada-quell", "bo-kettle"}
    loose = "Session | Date | Venue of the Meeting Held by the Two Sides Together\n9th | 2031 | Shanghai\n\nEnd."
    assert not any(p.startswith("Session: 9th") for p in clean(loose).paragraphs)


def test_a_table_row_keeps_its_first_heading_where_a_caption_would_lose_its_lead():
    text = ("Sessions held:\n\nSession\tDate\tVenue\nNinth\t3 May 2031\tShanghai\nTenth\t9 June 2033\tHong Kong\n\n"
            "Photo: The Mayor speaks at the session.")
    paragraphs = clean(text, title="Sessions").paragraphs
    assert "Session: Ninth | Date: 3 May 2031 | Venue: Shanghai." in paragraphs
    assert "Session: Tenth | Date: 9 June 2033 | Venue: Hong Kong." in paragraphs
    assert "The Mayor speaks at the session." in paragraphs


GLOSSED = ("The Hong Kong/Shanghai Co-operation Conference has held these plenary sessions.\n\n"
           "No. | Date | Venue | Co-chairs (Chief Executive / Mayor of Shanghai)\n"
           "9th | 3 May 2031 | Shanghai | Ada Quell / Bo Kettle\n"
           "10th | 2033 | Hong Kong | {tenth}\n\nEnd.")


def test_a_heading_glossed_in_brackets_heads_a_table_without_a_rule(reference):
    found = sessions(table_facts(reference, GLOSSED.format(tenth="Ivy Rook / Tom Fu")))
    assert found[9]["date"] == {"2031-05-03"} and found[9]["place"] == {"shanghai"}
    assert found[10]["attendees"] == {"ivy-rook", "tom-fu"}


def test_a_gloss_naming_posts_gives_each_co_chair_the_post_in_its_place(reference):
    from test_kinds import posts_of
    held = posts_of(table_facts(reference, GLOSSED.format(tenth="Ivy Rook / Tom Fu")))
    assert held["ada-quell"] == held["ivy-rook"] == {"Chief Executive of the Hong Kong Special Administrative Region"}
    assert held["bo-kettle"] == held["tom-fu"] == {"Mayor of Shanghai"}


def test_a_gloss_gives_no_post_to_a_cell_parted_otherwise_or_to_sides(reference):
    from test_kinds import posts_of
    held = posts_of(table_facts(reference, GLOSSED.format(tenth="Ivy Rook, Tom Fu and Al Hart")))
    assert "ivy-rook" not in held and "tom-fu" not in held and "ada-quell" in held
    sides = GLOSSED.replace("Chief Executive / Mayor of Shanghai", "Hong Kong side / Shanghai side")
    f = table_facts(reference, sides.format(tenth="Ivy Rook / Tom Fu"))
    assert posts_of(f) == {} and sessions(f)[9]["attendees"] == {"ada-quell", "bo-kettle"}
