"""Another pair's numbered plenary, read from invented sentences (none comes from a document of the repository): a
dated plenary of another co-operation conference is a plain event with its day, place and co-chairs, never a session
of ours."""

from datetime import date

from rdflib.namespace import RDF

from kg.extract.document import extract
from kg.namespaces import HKSH
from kg.text.sentences import split_sentences
from test_events_kinds import DOC, events


def test_a_dated_plenary_of_another_pair_is_an_event(reference):
    found = events(reference, "The 31st Plenary of the Hong Kong/Fujian Co-operation Joint Conference was held in Fuzhou on 3 May. "
                   "It was co-chaired by Mr Hal Brody and Ms Vera Lunde.", published=date(2031, 6, 1))
    plenary = found["31st Plenary of the Hong Kong/Fujian Co-operation Joint Conference"]
    assert plenary["start"] == ["2031-05-03"] and plenary["places"] == {"fuzhou"}
    assert plenary["attendees"] == {"hal-brody", "vera-lunde"}


def test_no_session_of_ours_is_made_of_it(reference):
    f = extract(split_sentences(["The Ninth Plenary Session of the Hong Kong/Fujian Co-operation Conference was held on 3 May."]),
                title=None, published=date(2031, 6, 1), doc=DOC, reference=reference)
    assert not list(f.subjects(RDF.type, HKSH.PlenarySession))
    assert any("Ninth Plenary Session" in str(o) for (s, p, o) in f.triples if "/event/" in str(s))


def test_an_undated_plenary_is_no_event(reference):
    found = events(reference, "Officials are preparing for the 32nd Plenary of the Hong Kong/Fujian Co-operation Joint Conference.",
                   published=date(2031, 6, 1))
    assert not [label for label in found if "Plenary" in label]


def test_the_short_name_a_text_gives_it_counts(reference):
    found = events(reference, "Hong Kong works with the Hong Kong/Fujian Co-operation Joint Conference (HKFJCJC) and others.",
                   "The Fifth Plenary of the HKFJCJC was held in Fuzhou on 9 March.", published=date(2031, 6, 1))
    assert found["Fifth Plenary of the HKFJCJC"]["start"] == ["2031-03-09"]


def test_a_plenary_of_ours_stays_a_session(reference):
    found = events(reference, "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai on 3 May.",
                   published=date(2031, 6, 1))
    assert not [label for label in found if "Plenary" in label]


def _areas(reference, *paragraphs) -> set[str]:
    f = extract(split_sentences(list(paragraphs)), title=None, published=date(2031, 6, 1), doc=DOC, reference=reference)
    return {str(e).rsplit("/", 1)[-1] for e in f.mentions if "/area/" in str(e)}


def test_a_text_led_by_another_pair_keeps_its_fields_apart(reference):
    found = _areas(reference, "The fourth plenary session of the Hubei-Hong Kong Co-operation Conference was held on 3 May by video link.",
                   "Attending from the province were two vice governors.",
                   "Both sides named their priorities.",
                   "They agreed to co-operate in finance, tourism and logistics.")
    assert not found


def test_ours_named_again_takes_its_fields_back(reference):
    found = _areas(reference, "The fourth plenary session of the Hubei-Hong Kong Co-operation Conference was held on 3 May by video link.",
                   "Attending from the province were two vice governors.",
                   "Both sides named their priorities.",
                   "The Hong Kong/Shanghai Co-operation Conference, for its part, covers finance and tourism.")
    assert {"finance", "tourism"} <= found


def test_a_chronology_line_of_another_pair_is_no_event(reference):
    found = events(reference, "6 Sep [GD] 23rd Plenary Meeting of the Hong Kong/Fujian Co-operation Joint Conference, Fuzhou.",
                   published=date(2031, 6, 1))
    assert not [label for label in found if "Plenary" in label]


def test_a_forum_of_the_two_cities_leading_the_text_keeps_the_fields(reference):
    found = _areas(reference, "Nine projects were signed at the Shanghai-Hong Kong Investment Cooperation Conference on Tuesday.",
                   "The projects were welcomed by officials.",
                   "The officials spoke of many things.",
                   "They agreed to co-operate in finance and tourism.")
    assert {"finance", "tourism"} <= found
