"""The facts of an event the converter finds, told in shapes around its name: a hosted meal's venue after its
guests, organisers before a described event or after a clause of its place. Invented sentences (none comes
from a document of the repository)."""

from datetime import date

from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from test_events_kinds import DOC, events

DAY = date(2031, 5, 9)


def organisers(reference, *paragraphs) -> dict[str, set[str]]:
    """Each event's label with its organisers (by IRI tail)."""
    f = extract(split_sentences(list(paragraphs)), title=None, published=DAY, doc=DOC, reference=reference)
    return {str(o): {str(x).rsplit("/", 1)[-1] for x in f.objects(s, SDO.organizer)}
            for (s, p, o) in f.triples if p == RDFS.label and "/event/" in str(s)}


def test_a_hosted_meal_is_at_the_venue_after_its_guests(reference):
    found = events(reference, "The Mayor of Shanghai, Mr Gong Zheng, arrived in Hong Kong on Monday for a three-day visit.",
                   "The Chief Executive, Mrs Carrie Lam, hosted a welcome dinner for the delegation at the Harbour Lotus Hotel last night.",
                   published=DAY)
    assert found["Welcome dinner"]["places"] == {"harbour-lotus-hotel"}


def test_a_meal_only_attended_takes_no_venue_from_a_later_clause(reference):
    found = events(reference, "Mrs Carrie Lam attended a welcome dinner for the delegation, and then flew to the Harbour Lotus Hotel.",
                   published=DAY)
    assert all(not e["places"] for label, e in found.items() if "dinner" in label.lower())


def test_organisers_before_a_described_event(reference):
    found = organisers(reference, "Jointly organised by the Vocational Training Council and the Shanghai Municipal Education "
                                  "Commission, with the support of the Education Bureau, the one-day Riverside Skills Forum "
                                  "brought together about 200 educators.")
    assert found["Riverside Skills Forum"] == {"vocational-training-council", "shanghai-municipal-education-commission"}


def test_organisers_after_the_clause_of_its_venue(reference):
    found = organisers(reference, "The Shanghai-Hong Kong Lantern Finance Forum 2031, held at the Pudong Grand Hotel, was "
                                  "co-organized by the Shanghai Financial Services Office and the Hong Kong Economic and "
                                  "Trade Office in Shanghai, with support from the Hong Kong Trade Development Council.")
    assert found["Shanghai-Hong Kong Lantern Finance Forum 2031"] == {
        "shanghai-financial-services-office", "hong-kong-economic-and-trade-office-in-shanghai"}


def test_a_held_clause_then_another_event_gives_no_organiser(reference):
    found = organisers(reference, "The Lantern Finance Forum, held at the Pudong Grand Hotel, and a dinner organised by "
                                  "the Shanghai Financial Services Office followed.")
    assert found.get("Lantern Finance Forum", set()) == set()


def test_the_speaker_told_a_press_conference_held_with_another(reference):
    found = events(reference, "The Chief Executive, Mr John Lee, told a joint press conference with the Mayor of Shanghai, "
                              "Mr Gong Zheng, that the two cities would work together.", published=DAY)
    assert found["Joint press conference"]["attendees"] == {"john-lee-ka-chiu", "gong-zheng"}


def test_the_city_after_a_press_conference_told_is_its_place(reference):
    found = events(reference, "The Secretary for Justice, Mr Paul Lam, told a press conference in Shanghai in the afternoon "
                              "that the arrangement would help lawyers.", published=DAY)
    conference = next(e for label, e in found.items() if label.lower().startswith("press conference"))
    assert conference["attendees"] == {"paul-lam-ting-kwok"} and conference["places"] == {"shanghai"}


def test_someone_said_to_have_told_an_event_is_not_read_as_there(reference):
    found = events(reference, "Mr Paul Lam said that Mr Gong Zheng told the Harbour Law Forum that lawyers were welcome.",
                   published=DAY)
    assert all("paul-lam-ting-kwok" not in e["attendees"] for label, e in found.items() if "Forum" in label)


def test_a_venue_in_a_hong_kong_district_places_the_event_in_both(reference):
    found = events(reference, "The Mayor of Shanghai, Mr Gong Zheng, spoke at the Harbour Lotus Symposium 2031, held at "
                              "the Riverside Lotus Centre in Tai Po.",
                   published=DAY)
    assert found["Harbour Lotus Symposium 2031"]["places"] == {"riverside-lotus-centre", "tai-po"}
