"""The papers of a counted batch named one by one after its signing was told (a gallery's captions), and the
datelines that date such pages."""

from rdflib.namespace import RDFS, SDO

from kg.text.clean import clean

from conftest import facts

BATCH = ("The Chief Executive, Mrs Ada Quell, and the Mayor of Shanghai, Mr Bo Kettle, witness the signing of "
         "nine co-operation agreements after the session.")
PAPER = ("The Secretary for Justice, Ms Ivy Rook (front row, left), and the Director of the Riverton Bureau of Justice, "
         "Mr Tom Fu (front row, right), sign the Arrangement on Harbour Mediation.")


def signings(f) -> dict[str, set[str]]:
    events = {s: str(o) for (s, p, o) in f.triples if p == RDFS.label and "/event/" in str(s)}
    return {label: {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == iri and p == SDO.attendee}
            for iri, label in events.items()}


def test_a_paper_signed_in_a_caption_after_a_batch_is_one_of_the_batch(reference):
    found = signings(facts(reference, BATCH, PAPER))
    assert list(found) == ["Signing of nine co-operation agreements after the session"]
    assert {"ivy-rook", "tom-fu", "ada-quell", "bo-kettle"} <= found["Signing of nine co-operation agreements after the session"]


def test_a_paper_signed_elsewhere_or_with_no_batch_before_is_its_own_signing(reference):
    elsewhere = PAPER.replace("sign the Arrangement on Harbour Mediation.", "sign the Arrangement on Harbour Mediation in Beijing.")
    assert len(signings(facts(reference, BATCH, elsewhere))) == 2
    assert list(signings(facts(reference, PAPER))) == ["Signing of Arrangement on Harbour Mediation"]
    witnessed = PAPER.replace("sign the Arrangement on Harbour Mediation.", "sign the Arrangement on Harbour Mediation, witnessed by Mr Sam Lo.")
    assert len(signings(facts(reference, BATCH, witnessed))) == 2  # its own witnesses: told as its own signing


def test_a_gallery_s_date_line_under_its_title_dates_the_page():
    text = "Photo Gallery | Press Releases\nHome > Photo Gallery\n\nLeaders meet\n3.5.2031\n\nPhoto 1 of 2\nThe leaders meet today."
    assert str(clean(text).published) == "2031-05-03"


def test_a_bracketed_dateline_dates_the_release():
    text = "Riverton Institute | News\n\nInstitute signs agreement\n\n(Hong Kong, 12 June 2031) The Riverton Institute today signed an agreement."
    assert str(clean(text).published) == "2031-06-12"
