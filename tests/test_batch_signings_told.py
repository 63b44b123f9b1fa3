"""A counted batch of papers "were signed" after an event, told in the ways digests and summaries tell it: a count
in words past twelve, how or where it was signed before "after", its witnesses fronted, the event told in a clause
before it ("...; N agreements were signed after it"), the papers named after it. Every line is invented.
"""

from datetime import date

from rdflib.namespace import RDFS, SDO

from conftest import facts, tail

DAY = date(2036, 5, 9)
SESSION = ("The Chief Executive, Mrs Ada Quell, and the Mayor of Shanghai, Mr Bo Kettle, co-chaired the ninth plenary "
           "session of the Hong Kong/Shanghai Co-operation Conference in Shanghai today (May 9).")


def signings(f) -> dict[str, dict[str, set[str]]]:
    events = {s: str(o) for (s, p, o) in f.triples if p == RDFS.label and "/event/" in str(s) and str(o).startswith("Signing")}
    return {label: {k: {tail(o) for (s, p, o) in f.triples if s == iri and p == prop}
                    for k, prop in (("start", SDO.startDate), ("place", SDO.location), ("att", SDO.attendee))}
            for iri, label in events.items()}


def test_a_count_past_twelve_is_a_batch(reference):
    found = signings(facts(reference, SESSION, "Seventeen agreements were signed after the session.", published=DAY))
    assert found["Signing of seventeen agreements"]["start"] == {"2036-05-09"}, found


def test_how_and_where_it_was_signed_before_after(reference):
    online = signings(facts(reference, SESSION, "Six agreements were signed online after the session.", published=DAY))
    assert online["Signing of six agreements"]["start"] == {"2036-05-09"}, online
    placed = signings(facts(reference, "Nine agreements were signed in Hangzhou this afternoon after the session.", published=DAY))
    assert placed["Signing of nine agreements"]["place"] == {"hangzhou"}, placed


def test_the_witnesses_fronted_attend(reference):
    found = signings(facts(reference, SESSION, "Witnessed by Mrs Ada Quell and Mr Bo Kettle, eight agreements were signed "
                                               "after the session.", published=DAY))
    assert found["Signing of eight agreements"]["att"] == {"ada-quell", "bo-kettle"}, found


def test_after_it_is_after_the_event_the_clause_before_held(reference):
    line = "The ninth session was held in Hangzhou on 3 March 2035; five co-operation agreements were signed after it."
    found = signings(facts(reference, line, published=DAY))
    assert found["Signing of five co-operation agreements"] == {"start": {"2035-03-03"}, "place": {"hangzhou"}, "att": set()}, found


def test_the_papers_named_after_the_batch_do_not_date_it(reference):
    line = ("Six agreements were signed after the session, including a memorandum on a trade week to be held in Wuhan "
            "next March.")
    found = signings(facts(reference, SESSION, line, published=DAY))
    assert "2036-05-09" in found["Signing of six agreements"]["start"], found


def test_a_later_witnessed_paper_of_its_own_is_no_ceremony_of_the_batch(reference):
    later = "In Hangzhou the next day, Mrs Ada Quell witnessed the signing of a letter of intent on tourism."
    found = signings(facts(reference, SESSION, "Fourteen agreements were signed after the session.", later, published=DAY))
    assert "Signing of fourteen agreements" in found, found


def test_near_misses_make_no_batch(reference):
    assert not signings(facts(reference, SESSION, "Six agreements were signed in 2031.", published=DAY))
    assert not signings(facts(reference, SESSION, "The agreements were signed online.", published=DAY))
    # a later witnessing of the agreements themselves is their ceremony: this rule leaves the batch to it
    witnessed = "Fourteen agreements were signed after the session. Mrs Ada Quell witnessed the signing of the agreements."
    assert "Signing of fourteen agreements" not in signings(facts(reference, SESSION, witnessed, published=DAY))


def test_one_paper_by_its_name_signed_after_a_meeting_is_where_and_when_the_meeting_was(reference):
    meeting = "A working meeting on ferry services was held in Ningbo on 4 May 2036 between the two port offices."
    found = signings(facts(reference, meeting, "A Memorandum of Understanding on Ferry Data was signed after the meeting.",
                           published=DAY))
    assert found["Signing of a Memorandum of Understanding on Ferry Data"]["start"] == {"2036-05-04"}, found
    assert found["Signing of a Memorandum of Understanding on Ferry Data"]["place"] == {"ningbo"}, found


def test_a_paper_named_by_its_kind_alone_refers_back(reference):
    meeting = "A working meeting on ferry services was held in Ningbo on 4 May 2036 between the two port offices."
    assert not signings(facts(reference, meeting, "The memorandum was signed after the meeting.", published=DAY))


def test_witnesses_fronted_before_a_batch_signed_at_a_meeting_make_no_signing_of_its_own(reference):
    line = "Witnessed by Mrs Ada Quell and Mr Bo Kettle, two documents were signed at the working meeting."
    assert not signings(facts(reference, SESSION, line, published=DAY))
