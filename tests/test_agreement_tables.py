"""Tables of agreements and of sessions that count them: an annex's rows padded by spaces, a session table's
column of agreements signed, day-first dotted dates, named venues, and batches signed at another pair's meeting."""

from rdflib.namespace import RDF, RDFS, SDO

from kg.namespaces import HKSH
from kg.text.clean import clean

from conftest import facts
from test_tables import sessions

CONF = "The Hong Kong/Shanghai Co-operation Conference was set up in 2003."


def agreements(f) -> dict[str, object]:
    found = {s for (s, p, o) in f.triples if p == RDF.type and o == HKSH.Agreement}
    return {str(o): s for (s, p, o) in f.triples if s in found and p == RDFS.label}


def table_facts(reference, text):
    return facts(reference, *clean(text, title="Sessions").paragraphs)


def test_an_annex_padded_by_spaces_gives_each_agreement():
    text = ("Annex\n\n"
            "No. | Agreement                                | Hong Kong party        | Shanghai party\n"
            "1   | Memorandum of Understanding on Harbours  | Riverton Port Office   | Quay Board\n"
            "2   | Agreement on Ferry Timetables            | Harbour Bank           | Tide Office\n\nEnds")
    paragraphs = clean(text, title="Annex").paragraphs
    assert all(row in paragraphs for row in [
        "No: 1 | Agreement: Memorandum of Understanding on Harbours | Hong Kong party: Riverton Port Office | Shanghai party: Quay Board.",
        "No: 2 | Agreement: Agreement on Ferry Timetables | Hong Kong party: Harbour Bank | Shanghai party: Tide Office."])


def test_an_annex_s_columns_of_parties_are_no_events(reference):
    text = (f"{CONF}\n\nNo. | Agreement | Hong Kong party | Shanghai party\n"
            "1 | Memorandum of Understanding on Harbours | Riverton Port Office | Quay Board\n")
    f = table_facts(reference, text)
    assert "Memorandum of Understanding on Harbours" in agreements(f)
    assert not [s for (s, p, o) in f.triples if "/event/" in str(s)]


SIGNED = (f"{CONF} Nine plenary sessions have been held so far:\n\n"
          "Session | Date | Venue | Co-chairs | Agreements signed\n"
          "9th | 3.5.2031 | Riverton Hall, Shanghai | the then Chief Executive, Mr Ada Quell; Mr Bo Kettle | 7\n"
          "10th | 14.11.2033 | Hong Kong | Mr Ivy Rook; Mr Tom Fu | 0\n\n"
          "The 7 agreements signed at the ninth session covered finance.")


def test_a_session_table_may_count_the_agreements_each_session_signed(reference):
    f = table_facts(reference, SIGNED)
    found = sessions(f)
    assert found[9]["attendees"] == {"ada-quell", "bo-kettle"}
    assert found[10]["attendees"] == {"ivy-rook", "tom-fu"}
    batch = agreements(f)["Seven agreements signed at the ninth plenary session"]
    assert (batch, SDO.recordedAt, found[9]["iri"]) in f.triples
    assert len(agreements(f)) == 1  # "The 7 agreements" is the row's batch again; a count of 0 is none


def test_a_dotted_date_is_day_first_and_a_named_venue_is_a_place(reference):
    found = sessions(table_facts(reference, SIGNED))
    assert found[9]["date"] == {"2031-05-03"} and found[10]["date"] == {"2033-11-14"}
    assert found[9]["place"] == {"riverton-hall", "shanghai"}


def test_a_batch_signed_at_another_pair_s_meeting_told_first_is_not_the_mechanism_s(reference):
    f = facts(reference, "At the Ninth Plenary of the Hong Kong/Guangdong Co-operation Joint Conference in Guangzhou in 2031, "
                         "for instance, seven agreements were signed.")
    assert agreements(f) == {}
    f = facts(reference, "At the ninth plenary session of the Hong Kong/Shanghai Co-operation Conference in 2031, "
                         "seven agreements were signed.")
    assert len(agreements(f)) == 1


def test_a_paper_signed_with_a_body_of_another_city_is_not_the_mechanism_s(reference):
    for sentence in ["The Riverton Port Office signed a co-operation agreement with Hangzhou Xiaoshan International Airport last week.",
                     "The Harbour Bank signed a separate memorandum with a science park in Guangzhou on Sunday.",
                     "The Riverton Institute signed similar agreements with the Guangzhou and Shenzhen institutes last month."]:
        assert agreements(facts(reference, sentence)) == {}, sentence
    kept = facts(reference, "The Riverton Port Office signed a co-operation agreement with the Shanghai Airport Authority today.")
    assert len(agreements(kept)) == 1


def test_a_paper_told_by_its_kind_alone_and_then_named_is_one_paper(reference):
    f = facts(reference, "The Riverton Shipowners Association and a Shanghai think-tank signed a memorandum of understanding on Tuesday.",
              "The two bodies signed a Memorandum of Understanding on Ship Finance by video link.")
    assert list(agreements(f)) == ["Memorandum of Understanding on Ship Finance"]
