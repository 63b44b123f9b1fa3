"""Programmes two bodies start together, and days the narrative does not take, read from invented sentences
(none comes from a document of the repository)."""

from datetime import date

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def events(reference, *paragraphs, published=None) -> dict[str, dict]:
    """Each event's label with its organisers, attendees (by IRI tail), start and end dates and places."""
    f = extract(split_sentences(list(paragraphs)), title=None, published=published, doc=DOC, reference=reference)
    tail = lambda xs: {str(x).rsplit("/", 1)[-1] for x in xs}  # noqa: E731
    return {str(o): {"organisers": tail(f.objects(s, SDO.organizer)), "attendees": tail(f.objects(s, SDO.attendee)),
                     "start": sorted(str(d) for d in f.objects(s, SDO.startDate)),
                     "end": sorted(str(d) for d in f.objects(s, SDO.endDate)), "places": tail(f.objects(s, SDO.location))}
            for (s, p, o) in f.triples if p == RDFS.label and "/event/" in str(s)}


def test_two_bodies_that_will_launch_a_programme_organise_it(reference):
    found = events(reference, "In March next year, the Riverton Ferry Council and the Lakeside Boating Association will "
                              "launch a cross-river apprenticeship programme for young boat builders.",
                   published=date(2031, 5, 9))
    programme = found["Cross-river apprenticeship programme for young boat builders"]
    assert programme["organisers"] == {"riverton-ferry-council", "lakeside-boating-association"}
    assert programme["start"] == ["2032-03"]


def test_a_letter_of_intent_to_set_up_a_programme_names_its_organisers_and_place(reference):
    found = events(reference, "The Riverton Ferry Council also signed a letter of intent with the Lakeside Boating "
                              "Association on a joint training scheme for pier managers, to be launched in Hangzhou in October.",
                   published=date(2031, 5, 9))
    scheme = found["Joint training scheme for pier managers"]
    assert scheme["organisers"] == {"riverton-ferry-council", "lakeside-boating-association"}
    assert scheme["places"] == {"hangzhou"} and scheme["start"] == ["2031-10"]


def test_the_two_sides_under_an_agreement_are_its_parties(reference):
    found = events(reference,
                   "Mr Alan Wexford witnessed the signing of a Memorandum of Understanding on Ferry Safety between the "
                   "Riverton Ferry Council and the Lakeside Boating Association today.",
                   "Under the MOU, the two sides will set up a joint expert panel and hold an annual exchange of "
                   "technical staff.", published=date(2031, 5, 9))
    assert found["Annual exchange of technical staff"]["organisers"] == {"riverton-ferry-council", "lakeside-boating-association"}
    assert not any("panel" in label.lower() for label in found)


def test_the_two_sides_with_no_agreement_told_start_no_programme(reference):
    found = events(reference, "The two sides will organise two joint training programmes each year.",
                   published=date(2031, 5, 9))
    assert not any("programme" in label.lower() for label in found)


def test_a_policy_scheme_of_one_government_is_not_a_programme(reference):
    found = events(reference, "He said that the Riverton Government would launch a waste charging scheme next year.",
                   published=date(2031, 5, 9))
    assert not any("scheme" in label.lower() for label in found)


def test_the_day_an_arrangement_took_effect_is_not_the_narratives_day(reference):
    found = events(reference,
                   "The two cities reviewed their ferry co-operation today (May 9).",
                   "Mr Alan Wexford said the Ferry Arrangement, which took effect on March 1 this year, had helped operators.",
                   "Earlier in the day, Mr Alan Wexford attended a ferry safety seminar.",
                   published=date(2031, 5, 9))
    assert found["Ferry safety seminar"]["start"] == ["2031-05-09"]


def test_a_day_the_narrative_tells_is_the_day_earlier_in_the_day_means(reference):
    found = events(reference,
                   "The two cities reviewed their ferry co-operation today (May 9).",
                   "Mr Alan Wexford said the ferry talks, which opened on May 8, had helped operators.",
                   "Earlier in the day, Mr Alan Wexford attended a ferry safety seminar.",
                   published=date(2031, 5, 9))
    assert found["Ferry safety seminar"]["start"] == ["2031-05-08"]


def test_one_government_s_bureaux_launching_a_programme_run_a_policy(reference):
    found = events(reference, "The Ferry Bureau and the Harbour Department will launch a new apprenticeship programme for "
                              "local youths in September.", published=date(2031, 5, 9))
    near = events(reference, "The Ferry Bureau and the Ningbo Municipal Harbour Department will launch a new apprenticeship "
                             "programme for local youths in September.", published=date(2031, 5, 9))
    assert not any("programme" in label for label in found) and any("programme" in label for label in near)


def test_we_launch_only_a_programme_shared_with_the_other_side(reference):
    found = events(reference, "This year, we will launch a pilot programme to subsidise first-time ferry riders in Lantau.",
                   published=date(2031, 5, 9))
    near = events(reference, "Third, ferry talent: we will launch an exchange programme for young ferry engineers of the two "
                             "cities later this year.", published=date(2031, 5, 9))
    assert not any("rogramme" in label for label in found) and any("xchange programme" in label for label in near)


def test_a_programme_cancelled_considered_or_already_running_is_no_new_one(reference):
    for sentence in ("The Riverton Ferry Council and Lakeside Boating agreed to cancel funding for a cadet pilot programme.",
                     "The Riverton Ferry Council and the Lakeside Boating Association would consider whether to launch a "
                     "boat safety programme in Lantau.",
                     "The Riverton Ferry Council and the Lakeside Boating Association will be responsible for the existing "
                     "exchange programme."):
        assert not any("rogramme" in label for label in events(reference, sentence, published=date(2031, 5, 9)))


def test_two_people_running_a_summer_school_are_no_organising_bodies(reference):
    found = events(reference, "Professor Lintao and Dr Wexford will run a summer school for students in Ningbo in July.",
                   published=date(2031, 5, 9))
    assert not any("chool" in label for label in found)
