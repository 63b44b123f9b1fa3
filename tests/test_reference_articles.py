"""Reference and encyclopaedic texts written after the fact: a table of sessions under its section heading, and
the back matter ("References", "External links") that states no facts."""

from rdflib.namespace import SDO

from kg.namespaces import HKSH
from kg.text.section_heads import section_heads

from conftest import page_graph, tail

LEAD = "The Hong Kong/Shanghai Co-operation Conference is a forum of the two city governments.[2]\n\n"


def sessions(graph) -> dict[int, dict]:
    out = {}
    for s, n in graph.subject_objects(HKSH.sessionNumber):
        out[int(n)] = {"date": {str(o) for o in graph.objects(s, SDO.startDate)},
                       "place": {tail(o) for o in graph.objects(s, SDO.location)},
                       "attendees": {tail(o) for o in graph.objects(s, SDO.attendee)}}
    return out


def test_a_heading_over_a_table_s_first_row_is_its_caption():
    rows = ["Opening words of the page.", "Meetings held", "No: 7 | Year: 2040 | City: Shanghai.", "No: 8 | Year: 2042 | City: Hong Kong."]
    assert section_heads(rows) == [("No: 7 | Year: 2040 | City: Shanghai.", "Meetings held")]


def test_a_numbered_table_under_a_sessions_heading_lists_sessions(tmp_path):
    body = (LEAD + "## Plenary sessions\n\n| No. | Year | City | Co-chairs |\n|---|---|---|---|\n"
            "| 9 | 2041 | Shanghai | Ada Quell, Bo Kettle |\n| 10 | 2043 | Hong Kong | Ivy Rook, Tom Fu |\n")
    found = sessions(page_graph(tmp_path, body, title="Conference"))
    assert found[9]["place"] == {"shanghai"} and found[10]["place"] == {"hong-kong"}
    assert found[10]["date"] == {"2043"} and found[10]["attendees"] == {"ivy-rook", "tom-fu"}


def test_a_wiki_table_under_a_sessions_heading_lists_sessions(tmp_path):
    body = ("'''Hong Kong/Shanghai Co-operation Conference''' is a forum.<ref>Notice</ref>\n\n== Sessions ==\n"
            "{| class=\"wikitable\"\n! No. !! Date !! Venue !! Co-chairs\n|-\n| 9 || 3 May 2041 || Shanghai || Ada Quell, Bo Kettle\n|}\n")
    assert sessions(page_graph(tmp_path, body, title="Conference"))[9]["date"] == {"2041-05-03"}


def test_a_numbered_table_under_another_heading_lists_no_sessions(tmp_path):
    body = (LEAD + "## Working group meetings\n\n| No. | Year | City | Chairs |\n|---|---|---|---|\n"
            "| 9 | 2041 | Shanghai | Ada Quell, Bo Kettle |\n| 10 | 2043 | Hong Kong | Ivy Rook, Tom Fu |\n")
    assert 9 not in sessions(page_graph(tmp_path, body, title="Conference"))


def test_the_titles_a_references_section_cites_are_no_facts(tmp_path):
    body = (LEAD + "## References\n\n1. \"Ninth plenary session held in Shanghai\", press release, 3 May 2041.\n"
            "2. \"Tenth plenary session opens\", news report, 2043.\n")
    assert sessions(page_graph(tmp_path, body, title="Conference")) == {}


def test_a_notes_section_still_states_facts(tmp_path):
    body = (LEAD + "## References\n\n1. \"Forum report\", press release, 2040.\n\n## Notes\n\n"
            "The ninth plenary session was held in Shanghai on 3 May 2041.\n")
    assert sessions(page_graph(tmp_path, body, title="Conference"))[9]["place"] == {"shanghai"}


def test_a_birth_or_age_in_brackets_after_a_name_goes_but_a_post_s_years_stay():
    from kg.text.life_dates import plain_life_dates
    assert plain_life_dates("Ada Quell (born 4 May 1990) met Bo Kettle (aged 61).") == "Ada Quell met Bo Kettle."
    kept = "Ada Quell, Director of Marine (2031-2035), met Bo Kettle (Riverton) in 2033 (born in Eastport)."
    assert plain_life_dates(kept) == kept
