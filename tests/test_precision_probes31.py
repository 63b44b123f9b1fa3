"""Wrong facts the precision31 probes drew, each with its near miss (invented sentences, none from a document of
the repository): an event called off, a lead's described agreement named in full later, a vaguer date beside a
finer one, a pinyin name one letter from a known person's."""

from datetime import date

from rdflib.namespace import RDFS

from conftest import facts, page_graph
from test_agreements import agreements


def events(tmp_path, body: str) -> set[str]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(label).lower() for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_an_event_postponed_with_no_new_day_is_no_event(tmp_path):
    found = events(tmp_path, "The Riverton Lantern Carnival, which was to be held at the harbourfront on April 4 and 5, "
                             "has been postponed to the summer, the organisers said.\n")
    assert not any("carnival" in e for e in found), found
    found = events(tmp_path, "A youth forum originally planned for April 9 in Shanghai has been cancelled.\n")
    assert not any("forum" in e for e in found), found


def test_an_event_postponed_to_a_day_or_held_after_all_is_an_event(tmp_path):
    found = events(tmp_path, "The Riverton Lantern Carnival has been postponed to April 25 at the harbourfront.\n")
    assert any("carnival" in e for e in found), found
    found = events(tmp_path, "The Riverton Lantern Carnival, which was postponed last year, opened at the harbourfront today.\n")
    assert any("carnival" in e for e in found), found


FULL = ("The Memorandum of Understanding on Deepening Port Co-operation between Riverton and Shanghai was signed in "
        "Riverton on March 5 by Dr Ada Vole and Mr Lin Bo.")


def test_a_lead_s_described_memorandum_is_the_one_named_in_full(reference):
    found = agreements(facts(reference, "Riverton and Shanghai have signed a new memorandum on port co-operation.", FULL))
    assert set(found) == {"Memorandum of Understanding on Deepening Port Co-operation between Riverton and Shanghai"}, found


def test_a_described_memorandum_on_another_subject_stays_its_own(reference):
    found = agreements(facts(reference, "Riverton and Shanghai have also signed a new memorandum on water supply.", FULL))
    assert len(found) == 2, found


def test_a_vaguer_date_beside_a_finer_one_gives_way():
    from kg.extract.dates import find_dates
    spans = find_dates("Two years ago, in November 2034, I led a delegation to Shanghai.", date(2036, 9, 25))
    assert [str(d.start) for d in spans] == ["2034-11"]
    spans = find_dates("The fair was held in 2034, and on 5 May 2034.", date(2036, 9, 25))
    assert len(spans) == 2


def test_another_pinyin_family_name_is_another_person(reference):
    from kg.extract.resolve import resolve_person
    assert resolve_person("Yin Yong", reference) is None
    assert resolve_person("Ying Yongg", reference) is not None


def test_an_event_named_by_its_day_is_the_one_told_before(tmp_path):
    found = events(tmp_path, "The two sides held a working meeting in Shanghai on Thursday.\n\n"
                             "Officials at Thursday's meeting drew up a list of topics.\n")
    assert not any("thursday" in e for e in found), found
    assert any("working meeting" in e for e in found), found


def test_a_one_day_forum_is_the_forum_told_before(tmp_path):
    found = events(tmp_path, "The Riverton Vocational Forum 2036 was held at the Harbour Centre today.\n\n"
                             "The one-day Forum brought together 200 educators.\n")
    assert not any("one day" in e or "one-day" in e for e in found), found


def test_a_short_head_first_name_is_the_event_named_in_full(tmp_path):
    found = events(tmp_path, "Mr Alan Brookfield visited the site of Expo 2040 Riverton Bay today.\n\n"
                             "He met the Commissioner for Expo 2040, Ms Ada Vole.\n")
    assert [e for e in found if e.startswith("expo")] == ["expo 2040 riverton bay"], found


def test_the_next_edition_gives_the_told_event_no_place_or_year(tmp_path):
    graph = page_graph(tmp_path, "The Riverton Vocational Forum 2036 was held at the Harbour Centre today.\n\n"
                                 "The Forum will next be held in Shanghai in 2038.\n", title="Riverton news")
    from rdflib.namespace import SDO
    forum = next(s for s, label in graph.subject_objects(RDFS.label) if str(label) == "Riverton Vocational Forum 2036")
    assert not any(str(d).startswith("2038") for d in graph.objects(forum, SDO.startDate))


def test_a_participle_after_a_verb_s_object_dates_the_object(tmp_path):
    graph = page_graph(tmp_path, "Dr Ada Vole received a delegation of the Riverton Court at the Harbour Centre today (March 20).\n\n"
                                 "The meeting also reviewed the Riverton Exchange Scheme, launched in 2031.\n", title="Riverton news")
    from rdflib.namespace import SDO
    assert not any(str(d) == "2031" for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)
                   and "scheme" not in str(label).lower() for d in graph.objects(s, SDO.startDate))


def test_a_delegation_of_a_body_led_by_its_head_is_his_visit(tmp_path):
    found = events(tmp_path, "The Chief Justice, Mr Alan Brookfield, received a delegation of the Northport High Court led by "
                             "its President, Mr Bo Linwei, at the Court Building today (March 20).\n\n"
                             "The delegation arrived in Hong Kong yesterday (March 19) for a three-day visit.\n")
    assert any(e.startswith("visit of bo linwei") for e in found), found
    assert not any(e.startswith("visit of alan brookfield") for e in found), found


def test_a_lead_s_bare_meeting_is_the_meeting_named_later(tmp_path):
    found = events(tmp_path, "Riverton and Shanghai will share port data, officials said after a working meeting on March 12.\n\n"
                             "The plan was announced at the first meeting of the Riverton-Shanghai Working Group on Port Data. "
                             "The meeting, held at the Harbour Tower, took place on March 12.\n")
    assert not any(e.startswith("working meeting") for e in found), found
    assert len([e for e in found if "meeting" in e]) == 1, found


def test_a_bare_meeting_told_after_another_is_its_own(tmp_path):
    found = events(tmp_path, "Dr Ada Vole met the Mayor of Northport, Mr Bo Linwei, on March 12.\n\n"
                             "Earlier that day, the delegation held a working meeting with the Northport Port Commission on March 12.\n")
    assert any(e.startswith("working meeting") for e in found), found


def test_a_caption_s_signing_of_the_named_agreement_is_the_signing_told(tmp_path):
    found = events(tmp_path, "Dr Ada Vole and Mr Bo Linwei signed the Letter of Intent on Harbour Training between the two "
                             "services today.\n\nPhoto: Dr Ada Vole (left) and Mr Bo Linwei (right) sign the Letter of Intent "
                             "on Harbour Training.\n")
    assert len([e for e in found if e.startswith("signing of")]) == 1, found
