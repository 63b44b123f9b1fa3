"""Events told in forms the narrative rules miss: list rows, appositions, programme lines, panels (invented
sentences, none from a document of the repository)."""

from datetime import date

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.document import extract
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def events(reference, *paragraphs, published=None) -> dict[str, dict]:
    """Each event's label with its attendees, organisers, places (by IRI tail), start and end dates."""
    f = extract(split_sentences(list(paragraphs)), title=None, published=published, doc=DOC, reference=reference)
    tail = lambda x: str(x).rsplit("/", 1)[-1]  # noqa: E731
    out: dict[str, dict] = {}
    for (s, p, o) in f.triples:
        if p == RDFS.label and "/event/" in str(s):
            out[str(o)] = {"attendees": {tail(a) for a in f.objects(s, SDO.attendee)},
                           "organisers": {tail(a) for a in f.objects(s, SDO.organizer)},
                           "start": sorted(str(d) for d in f.objects(s, SDO.startDate)),
                           "end": sorted(str(d) for d in f.objects(s, SDO.endDate)),
                           "places": {tail(x) for x in f.objects(s, SDO.location)}}
    return out


def test_a_list_row_headed_by_an_ordinal_meeting_names_no_event(reference):
    found = events(reference, "Milestones of the river ports panel",
                   "First meeting – March 2031 – Riverton", "Second meeting: 4 May 2032, Shanghai",
                   "- Third meeting | 2033 | Hong Kong")
    assert not any(label.lower().endswith("meeting") for label in found)


def test_an_ordinal_meeting_told_in_a_sentence_is_still_an_event(reference):
    found = events(reference, "First meeting of the Riverton Ports Panel – held in Shanghai in March 2031",
                   "The second meeting was held in Shanghai on 4 May 2032.")
    assert "First meeting of the Riverton Ports Panel" in found
    assert any(label.lower() == "second meeting" for label in found)


def test_an_apposition_says_a_name_is_an_events(reference):
    found = events(reference,
                   "Riverton Style Shanghai 2031, a four-day promotion organised by the Hong Kong Trade Development "
                   "Council with the support of the Hong Kong Economic and Trade Office in Shanghai, opened today at the "
                   "Lotus Exhibition Center.",
                   "Design Riverton, a week-long showcase of creative brands, will open in Shanghai on 20 May.",
                   published=date(2031, 5, 9))
    style = found["Riverton Style Shanghai 2031"]
    assert style["start"] == ["2031-05-09"] and style["end"] == ["2031-05-12"]
    assert style["organisers"] == {"hong-kong-trade-development-council"}
    assert style["places"] == {"lotus-exhibition-center"}
    assert found["Design Riverton"]["start"] == ["2031-05-20"] and found["Design Riverton"]["places"] == {"shanghai"}


def test_an_apposition_of_a_person_a_body_or_a_place_names_no_event(reference):
    found = events(reference,
                   "Mr Hal Brody, a former mayor of Riverton, attended the dinner.",
                   "The Hong Kong Trade Development Council, an organiser of fairs, sent a delegation.",
                   "Riverton Harbour, a venue for festivals, was busy.",
                   "Lotus Valley, a popular event venue, reopened.",
                   "In Shanghai, an exhibition opened.", published=date(2031, 5, 9))
    assert not any(label.startswith(("Hal", "Hong Kong Trade", "Riverton Harbour", "Lotus Valley", "In Shanghai"))
                   for label in found)


def test_running_until_said_first_ends_the_event_named_after_it(reference):
    found = events(reference, "The Lotus Harbour Fair opened in Shanghai today.",
                   "Running until 14 May, the fair features 200 companies.",
                   "The Riverton Boat Fair opened in Shanghai today.",
                   "Until 20 May, visitors may also join the fair's tours.", published=date(2031, 5, 9))
    assert found["Lotus Harbour Fair"]["end"] == ["2031-05-14"]
    assert found["Riverton Boat Fair"]["end"] == []


def test_the_apposition_pattern_fails_fast_on_long_capitalised_runs():
    import time

    from kg.extract.appositions import APPOSED
    text = " ".join(["Riverton of Lotus and Harbour"] * 400) + ", a the of " * 50
    began = time.perf_counter()
    list(APPOSED.finditer(text))
    assert time.perf_counter() - began < 0.5


def test_a_dated_programme_row_dates_its_items(reference):
    found = events(reference,
                   "The opening ceremony was officiated by Mr Alan Wexford.",
                   "- 9 May (Friday): Opening ceremony; Riverton Boat Forum, where Mr Hal Brody will speak.",
                   "- 10 May (Saturday): Riverton Licensing Day, with a business-matching session; and a luncheon.",
                   "- 11-12 May (weekend): Lotus Lifestyle Market, open to the public.",
                   published=date(2031, 5, 8))
    ceremonies = [label for label in found if label.lower() == "opening ceremony"]
    assert len(ceremonies) == 1 and found[ceremonies[0]]["start"] == ["2031-05-09"]
    assert found["Riverton Boat Forum"]["start"] == ["2031-05-09"]
    assert found["Riverton Licensing Day"]["start"] == ["2031-05-10"]
    market = found["Lotus Lifestyle Market"]
    assert market["start"] == ["2031-05-11"] and market["end"] == ["2031-05-12"]


def test_a_row_naming_a_body_a_venue_or_a_statement_gives_no_event(reference):
    found = events(reference,
                   "- 9 May: Riverton Chamber of Commerce, with its members.",
                   "- 10 May: Lotus Exhibition Centre, for a site visit.",
                   "- 11 May: Riverton Council approves the budget.",
                   "12 May: Arrival in Shanghai", published=date(2031, 5, 8))
    assert not any(label.startswith(("Riverton", "Lotus", "Arrival")) for label in found)


def test_panel_discussions_roundtables_and_webinars_are_events(reference):
    found = events(reference, "Mr Alan Wexford spoke at a panel discussion on green shipping in Shanghai today.",
                   "The Mayor of Riverton, Mr Hal Brody, joined a roundtable on port logistics yesterday.",
                   "Mr Wexford also hosted a webinar on river trade for Shanghai firms.", published=date(2031, 5, 9))
    panel = found["Panel discussion on green shipping"]
    assert panel["attendees"] == {"alan-wexford"} and panel["start"] == ["2031-05-09"]
    assert found["Roundtable on port logistics"]["attendees"] == {"hal-brody"}
    assert "Webinar on river trade" in found


def test_a_panel_that_is_a_body_is_no_event(reference):
    found = events(reference, "The Joint Panel on Commerce met today.", "A panel of judges chose the winners.",
                   "The panel discussed tariffs, and Mr Alan Wexford joined the discussion.", published=date(2031, 5, 9))
    assert not any("panel" in label.lower() or "discussion" in label.lower() for label in found)


def test_concluding_a_visit_tells_the_visit_and_its_last_day(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, concluded his three-day visit to Shanghai today (May 9).",
                   published=date(2031, 5, 9))
    visit = next(v for label, v in found.items() if label.startswith("Visit of Alan Wexford"))
    assert visit["start"] == ["2031-05-07"] and visit["end"] == ["2031-05-09"] and visit["places"] == {"shanghai"}
    found = events(reference, "Mr Hal Brody wrapped up his two-day trip to Hangzhou today.", published=date(2031, 5, 9))
    trip = next(v for label, v in found.items() if label.startswith("Visit of Hal Brody"))
    assert trip["end"] == ["2031-05-09"] and trip["places"] == {"hangzhou"}


def test_concluding_something_else_tells_no_visit(reference):
    found = events(reference, "Mr Alan Wexford concluded his review of the visit to Shanghai today.",
                   "Mr Hal Brody completed his report on the trip to Hangzhou.", published=date(2031, 5, 9))
    assert not any(label.startswith("Visit") for label in found)


def test_people_among_the_guests_or_speakers_are_at_the_event_told(reference):
    found = events(reference, "The Riverton Harbour Reception was held in Shanghai today.",
                   "Among the guests were the Vice Mayor of Riverton, Mr Hal Brody, and Mr Bo Tanaka.",
                   "The Riverton Boat Fair opened in Shanghai today.",
                   "Mr Eric Fung and Mr Ivan Lo were among the speakers.", published=date(2031, 5, 9))
    assert found["Riverton Harbour Reception"]["attendees"] == {"hal-brody", "bo-tanaka"}
    assert found["Riverton Boat Fair"]["attendees"] == {"eric-fung", "ivan-lo"}


def test_guests_said_in_another_clause_are_not_at_the_event(reference):
    found = events(reference, "The Riverton Boat Fair opened in Shanghai today.",
                   "Mr Alan Wexford, who did not attend, said Mr Bo Tanaka was among the guests.",
                   "Mr Hal Brody was among the guests of the council last year.", published=date(2031, 5, 9))
    assert found["Riverton Boat Fair"]["attendees"] == {"bo-tanaka"}  # what Mr Wexford says of Mr Tanaka


def test_an_event_that_will_open_or_kicks_off_is_placed_and_dated(reference):
    found = events(reference, "The Riverton Film Week will open in Shanghai on 20 May.",
                   "The Lotus Design Festival kicks off in Hong Kong today.",
                   "The Riverton Craft Fair opens a new chapter for makers.", published=date(2031, 5, 18))
    assert found["Riverton Film Week"]["start"] == ["2031-05-20"] and found["Riverton Film Week"]["places"] == {"shanghai"}
    assert found["Lotus Design Festival"]["start"] == ["2031-05-18"] and found["Lotus Design Festival"]["places"] == {"hong-kong"}
    assert found["Riverton Craft Fair"]["start"] == [] and found["Riverton Craft Fair"]["places"] == set()


def test_inviting_someone_to_visit_is_no_visit_of_ones_own(reference):
    found = events(reference, "Mr Alan Wexford invited the Mayor of Riverton, Mr Hal Brody, to lead a delegation to visit Hong Kong.",
                   "Mr Bo Tanaka encouraged the students to visit Hangzhou.", published=date(2031, 5, 9))
    assert not any(label.startswith("Visit") for label in found)


def test_a_visitor_invited_by_others_still_visits(reference):
    found = events(reference, "Mr Alan Wexford, at the invitation of the council, visited Hangzhou today.",
                   "Mr Hal Brody, who was invited by the mayor, visited Shanghai today.", published=date(2031, 5, 9))
    assert {"Visit of Alan Wexford to Hangzhou", "Visit of Hal Brody to Shanghai"} <= set(found)


def test_counted_panels_told_one_by_one_are_events_of_the_forum(reference):
    found = events(reference, "Mr Alan Wexford spoke at the Riverton Harbour Forum in Shanghai today.",
                   "Two panel discussions followed.",
                   "The first, on green shipping, was moderated by Mr Hal Brody, with Mr Bo Tanaka among the panellists.",
                   "The second, on port automation, featured Mr Eric Fung.", published=date(2031, 5, 9))
    first = found["Panel discussion on green shipping"]
    assert first["attendees"] == {"hal-brody", "bo-tanaka"} and first["start"] == ["2031-05-09"]
    assert found["Panel discussion on port automation"]["attendees"] == {"eric-fung"}
    assert {"hal-brody", "bo-tanaka", "eric-fung"} <= found["Riverton Harbour Forum"]["attendees"]


def test_an_ordinal_without_a_count_or_with_a_day_is_no_panel(reference):
    found = events(reference, "Mr Alan Wexford spoke at the Riverton Harbour Forum in Shanghai today.",
                   "The first, on green shipping, was a success, Mr Hal Brody said.",
                   "Two workshops were held.", "The first, on 3 May, drew 50 people.", published=date(2031, 5, 9))
    assert set(found) == {"Riverton Harbour Forum"}


def test_panels_counted_on_a_day_of_their_own_are_on_that_day(reference):
    found = events(reference, "The Riverton Finance Forum opened in Shanghai on 3 May.", "A welcome dinner was held on 4 May.",
                   "Two panel discussions followed on 5 May.", "The first, on green finance, was moderated by Ms Ada Quell.",
                   published=date(2031, 5, 9))
    panel = found["Panel discussion on green finance"]
    assert panel["start"] == ["2031-05-05"] and "ada-quell" in found["Riverton Finance Forum"]["attendees"]


def test_an_end_stated_in_other_words_ends_a_promotion(reference):
    found = events(reference, "Riverton Style, a three-day promotion, opened on 3 May and was extended until 10 May.",
                   published=date(2031, 5, 9))
    assert found["Riverton Style"]["start"] == ["2031-05-03"] and found["Riverton Style"]["end"] == ["2031-05-10"]


def test_an_event_that_opens_to_the_public_is_placed_and_dated(reference):
    found = events(reference, "The Riverton Film Week will open to the public in Shanghai on 20 May.",
                   "Registration opens today, and the Lotus Design Festival kicks off in Hong Kong on 22 May.",
                   "Mr Alan Wexford spoke at the Riverton Boat Forum, which opened in Hangzhou today.",
                   published=date(2031, 5, 18))
    assert found["Riverton Film Week"]["start"] == ["2031-05-20"] and found["Riverton Film Week"]["places"] == {"shanghai"}
    assert found["Lotus Design Festival"]["start"] == ["2031-05-22"]
    assert found["Riverton Boat Forum"]["start"] == ["2031-05-18"] and found["Riverton Boat Forum"]["places"] == {"hangzhou"}


def test_a_topic_with_a_possessive_and_an_and_is_the_events_name(reference):
    found = events(reference, "Mr Alan Wexford spoke at a seminar on Shanghai's legal and dispute resolution services "
                              "in Shanghai today.", "Mr Hal Brody spoke at a forum on trade and met Mr Tom Grell.",
                   published=date(2031, 5, 9))
    assert "Seminar on Shanghai's legal and dispute resolution services" in found
    assert "Forum on trade" in found and not any(label.startswith("Forum on trade and") for label in found)
