"""A session's attendees in a labelled list right after the session is told ("At the table for the HKSAR: ...",
"For Shanghai: ...", "Attending: ..."). Invented sentences; near misses: a list far from the session, a side's
list with no lead before it, a list in a text that tells no session."""

from rdflib.namespace import SDO

from conftest import facts

OURS = ("Today the Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, co-chaired the Seventh "
        "Plenary Session of the Hong Kong/Shanghai Co-operation Conference in Shanghai.")
TABLE = ("At the table for the HKSAR: Financial Secretary Paul Chan and Secretary for Justice Paul Lam. "
         "For Shanghai: Vice Mayor Hua Yuan.")


def attendees(f) -> set[str]:
    return {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == SDO.attendee and "/session/" in str(s)}


def test_a_labelled_list_after_the_session_attended_it(reference):
    found = attendees(facts(reference, OURS, TABLE))
    assert {"paul-chan-mo-po", "hua-yuan"} <= found


def test_attending_lists_the_attendees(reference):
    found = attendees(facts(reference, OURS, "Attending: Financial Secretary Paul Chan; Vice Mayor Hua Yuan."))
    assert {"paul-chan-mo-po", "hua-yuan"} <= found


def test_a_list_far_from_the_session_or_with_no_lead_gives_none(reference):
    filler = [f"The weather in the city was fine on day {n}." for n in range(6)]
    assert not {"paul-chan-mo-po", "hua-yuan"} & attendees(facts(reference, OURS, *filler, TABLE))
    assert "hua-yuan" not in attendees(facts(reference, OURS, "For Shanghai: Vice Mayor Hua Yuan."))


def test_no_session_no_attendees(reference):
    assert attendees(facts(reference, "The Riverton fair opened today.", TABLE)) == set()
