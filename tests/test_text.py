"""Stage 1: reading documents, cleaning text, splitting sentences."""

from datetime import date

import pytest

from kg.text.clean import clean
from kg.text.document import MAX_BYTES, DocumentError, read_document
from kg.text.sentences import split_sentences


def write(tmp_path, data: bytes, name="doc.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data, problem", [
    (b"", "empty document"),
    (b"   \n\n", "empty document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    ("Caf\u00e9 talks".encode("latin-1"), "not UTF-8"),
    (b"---\ntitle: [unclosed\n---\nText.", "front matter is not valid YAML"),
    (b"---\npublished: next week\n---\nText.", "is not an ISO date"),
    (b"---\ntitle: x\n---\n", "no text after the front matter"),
])
def test_bad_documents_get_one_line_errors_naming_the_file(tmp_path, data, problem):
    path = write(tmp_path, data)
    with pytest.raises(DocumentError) as error:
        read_document(path)
    message = str(error.value)
    assert problem in message and str(path) in message and "\n" not in message


def test_a_huge_document_is_refused(tmp_path):
    path = write(tmp_path, b"a" * (MAX_BYTES + 1))
    with pytest.raises(DocumentError, match="too large"):
        read_document(path)


def test_front_matter_is_read_and_dates_parsed(tmp_path):
    doc = read_document(write(tmp_path, b"---\ntitle: T\npublished: 2024-06-25\nlanguage: en\n---\nBody."))
    assert doc.meta["title"] == "T" and doc.published == date(2024, 6, 25) and doc.body.strip() == "Body."


def test_cleaning_repairs_mojibake_and_drops_furniture_captions_and_repeats():
    body = "\n".join([
        "Go to main content",
        "Talks on co-operation held (with photos)",
        "****************",
        "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u00b9The Secretary met the Mayor today (May 2).",
        "",
        "The Secretary met the Mayor today (May 2).",
        "They discussed the",
        "economy.",
        "Ends/Friday, May 2, 2025",
        "Issued at HKT 16:00",
        "NNNN",
        "Photo",
        "Photo shows the Secretary meeting the Mayor.",
    ])
    result = clean(body)
    assert result.title == "Talks on co-operation held (with photos)"
    assert result.published == date(2025, 5, 2)
    assert result.paragraphs == ["The Secretary met the Mayor today (May 2).", "They discussed the economy."]


def test_caption_paragraphs_are_not_read():
    result = clean("Title line\n\nThe fair opened today.\n\nPhoto shows guests at the fair opening today.")
    assert result.paragraphs == ["The fair opened today."]


def test_sentences_are_numbered_across_paragraphs():
    sentences = split_sentences(["Mr C Y Leung met Mr Han. They talked.", "Ms Ye Liang spoke."])
    assert [(s.index, s.paragraph, s.text) for s in sentences] == [
        (0, 0, "Mr C Y Leung met Mr Han."), (1, 0, "They talked."), (2, 1, "Ms Ye Liang spoke.")]


def test_the_sentence_splitter_gives_what_pysbd_gives():
    """Our segmenter only finds the sentences in the text faster; every split must be pysbd's own."""
    import pysbd

    from conftest import ROOT
    from kg.text.sentences import _segmenter

    theirs = pysbd.Segmenter(language="en", clean=False)
    paragraphs = [p for path in sorted((ROOT / "data" / "documents").glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    paragraphs += ["It rained. It rained. It rained.", "Mr. Chan met Dr. Lee at 3 p.m. on 1 Jan.  Then   left.  ",
                   "No full stop", "Twice: a b. a b. Again a b."]
    assert len(paragraphs) > 20
    for paragraph in paragraphs:
        assert _segmenter().segment(paragraph) == theirs.segment(paragraph), paragraph
