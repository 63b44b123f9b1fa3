"""Sessions in a chronology's lines, each after its date ("27 October 2031: First Plenary Session, Shanghai").

Every line is invented; each kind has a near miss that must give nothing (or nothing more).
"""

import time

import pytest

from kg.text.clean import clean
from kg.extract.session_chronology import LINE

from conftest import facts
from test_session_lists import sessions

LEAD = "The Hong Kong/Shanghai Co-operation Conference has held these plenary sessions:"


@pytest.mark.parametrize("lines, expected", [
    (["27 October 2031: First Plenary Session, Shanghai.", "5 January 2034: Second Plenary Session, Hong Kong."],
     {1: ({"2031-10-27"}, {"shanghai"}), 2: ({"2034-01-05"}, {"hong-kong"})}),
    (["2031-10-27 | First Plenary Session | Shanghai.", "2034-01 | Second Plenary Session | Hong Kong."],
     {1: ({"2031-10-27"}, {"shanghai"}), 2: ({"2034-01"}, {"hong-kong"})}),
    (["October 2031 – First Plenary Session (Shanghai).", "2034: Second Plenary Session, held in Hong Kong."],
     {1: ({"2031-10"}, {"shanghai"}), 2: ({"2034"}, {"hong-kong"})}),
])
def test_a_chronology_dates_and_places_each_session(reference, lines, expected):
    assert sessions(facts(reference, LEAD, *lines)) == expected


@pytest.mark.parametrize("lines", [
    # another body's sessions; a chronology with the mechanism never named
    ["The Riverton Trade Council has held these meetings:", "2031: First plenary session of the Riverton Trade Council, Shanghai."],
    ["Milestones:", "27 October 2031: First Plenary Session, Shanghai."],
])
def test_no_session_of_another_body_or_an_unnamed_one(reference, lines):
    assert sessions(facts(reference, *lines)) == {}


def test_a_later_cell_that_is_no_city_gives_no_place(reference):
    found = sessions(facts(reference, LEAD, "2031: First Plenary Session, Shanghai officials proposed twelve items."))
    assert found == {1: ({"2031"}, set())}


def test_the_cleaner_keeps_a_chronology_line_and_no_other_dated_line():
    kept = clean("Milestones\n\n27 October 2031: First Plenary Session, Shanghai\n2034-01-05 | Second Plenary Session | Hong Kong\n"
                 "2035: Ribbon cutting\n\nThe end.").paragraphs
    assert kept == ["27 October 2031: First Plenary Session, Shanghai.", "2034-01-05 | Second Plenary Session | Hong Kong.", "The end."]


def test_the_line_pattern_fails_fast():
    text = "2031: First plenary session" + " of the" * 5000 + "!"
    started = time.perf_counter()
    LINE.match(text)
    assert time.perf_counter() - started < 0.05


KEY_DATES = """Key dates of the Hong Kong/Shanghai Co-operation Conference

The Conference meets in plenary sessions. Its milestones:

5 November 2031
    The Hong Kong/Shanghai Economic and Trade Co-operation Conference is set up. Its First Plenary Session
    meets in Shanghai, co-chaired by Mr John Lee and Mr Gong Zheng.

21.8.2034
    Second Plenary Session, Riverside Exhibition Centre, Hong Kong. Co-chairs: Mr John Lee; Mr Gong Zheng.
    The two sides agree that the Conference will be known from that day as the Hong Kong/Shanghai
    Co-operation Conference.

24/10/2036
    Third Plenary Session, Shanghai. Co-chaired by Mr Paul Chan.

2037
    Fourth Plenary Session of the Riverton Trade Council, Hong Kong. Co-chairs: Mr Eric Chan.
"""


def _page(reference, text):
    from kg.extract.document import extract
    from kg.text.sentences import split_sentences
    from conftest import DOC
    cleaned = clean(text)
    return extract(split_sentences(cleaned.paragraphs), title=None, published=cleaned.published, doc=DOC, reference=reference)


def test_a_key_dates_page_dates_places_and_seats_each_session(reference):
    from rdflib.namespace import SDO
    found = _page(reference, KEY_DATES)
    assert sessions(found) == {1: ({"2031-11-05"}, {"shanghai"}), 2: ({"2034-08-21"}, {"riverside-exhibition-centre", "hong-kong"}),
                               3: ({"2036-10-24"}, {"shanghai"})}
    seated = {(str(s)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in found.triples if p == SDO.attendee and "/session/" in str(s)}
    assert seated == {("1", "john-lee-ka-chiu"), ("1", "gong-zheng"), ("2", "john-lee-ka-chiu"), ("2", "gong-zheng"),
                      ("3", "paul-chan-mo-po")}
    from test_history import history
    assert history(found) == {("created", "2031-11-05"), ("former", "Hong Kong/Shanghai Economic and Trade Co-operation Conference"),
                              ("renamed", "2034-08-21")}


def test_an_entry_is_one_paragraph_under_its_date_and_no_page_stamp():
    cleaned = clean(KEY_DATES)
    assert cleaned.published is None
    assert "24/10/2036: Third Plenary Session, Shanghai." in [p.split(" Co-")[0] for p in cleaned.paragraphs]
    assert cleaned.paragraphs[-1].startswith("2037: Fourth Plenary Session of the Riverton")


def test_a_session_in_a_row_is_no_event_of_its_own(reference):
    from rdflib import RDF
    from rdflib.namespace import SDO
    found = facts(reference, LEAD, "April 16, 2034: Third Plenary Session, Shanghai.")
    assert not [s for s, p, o in found.triples if p == RDF.type and o == SDO.Event and "/event/" in str(s)]


YEARS = ("CHRONOLOGY OF THE HONG KONG/SHANGHAI CO-OPERATION CONFERENCE (newest first)\n\n"
         "2034\n  ▸ 5 Nov     [SH]  Second Plenary Session of the Hong Kong/Shanghai Co-operation Conference, Shanghai. "
         "Co-chairs: Chief Executive Mr Ada Quell; Mayor of Shanghai Mr Bo Kettle.\n\n"
         "2031\n  ▸ 27 Oct     [SH]  First Plenary Session, Hong Kong (CE Mr Cy Dunmore; Mayor Mr Bo Kettle).\n"
         "  ▸ 3 Aug     [GD]  Sixth Plenary of the Riverton/Guangdong Co-operation Joint Conference, Guangzhou.\n\n"
         "Last revision date: 28 June 2036\n")


def test_a_year_heading_dates_the_lines_under_it(tmp_path):
    from conftest import page_graph, tail
    from rdflib.namespace import SDO
    from kg.namespaces import HKSH
    graph = page_graph(tmp_path, YEARS, title="Chronology", published="2036-06-28")
    told = {int(n): ({str(d) for d in graph.objects(s, SDO.startDate)}, {tail(p) for p in graph.objects(s, SDO.location)},
                     {tail(p) for p in graph.objects(s, SDO.attendee)})
            for s, n in graph.subject_objects(HKSH.sessionNumber)}
    assert told[2][0] == {"2034-11-05"} and told[1][0] == {"2031-10-27"}
    assert told[2][1] == {"shanghai"} and told[1][1] == {"hong-kong"}
    assert told[1][2] == {"cy-dunmore", "bo-kettle"}
    assert set(told) == {1, 2}
