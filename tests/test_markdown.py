"""Markdown pages (a .md file, or text whose marks say so) are read without their marks, line for line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import URIRef

from kg.convert import convert
from kg.namespaces import OA, SDO
from kg.text.markdown import SIGNALS, inline, is_markdown, plain
from kg.text.markup import as_plain

ROOT = Path(__file__).resolve().parent.parent

PAGE = """# Hong Kong and Shanghai sign a pact on finance

*Published 2 May 2031*

The **Chief Executive**, [Mr John Lee](https://www.ceo.gov.hk/), met the [Mayor of Shanghai](https://www.shanghai.gov.cn),
**Mr Gong Zheng**, in Hong Kong on 30 April 2031.[^1]

## What was signed

- A memorandum of understanding on *financial services* was signed by the [Hong Kong Monetary Authority](https://www.hkma.gov.hk) and the Shanghai Municipal Financial Regulatory Bureau.

[^1]: Remarks at a joint press conference.
"""


@pytest.mark.parametrize("text, expected", [
    ("**Ms Wong** met [Dr Chan](https://x.hk) today.", "Ms Wong met Dr Chan today."),
    ("An ![aerial view](view.png) of the port.", "An  of the port."),
    ("Use `kg build` \\*now\\*.", "Use kg build *now*."),
    ("Talks on <b>trade</b> &amp; finance.", "Talks on trade & finance."),
    ("The *first* session[^note] met.", "The first session met."),
    ("a_b_c and 2 * 3 * 4", "a_b_c and 2 * 3 * 4"),  # not emphasis: inside a word, or a star between spaces
])
def test_inline_marks_go_and_words_stay(text, expected):
    assert inline(text) == expected


def test_block_marks_go_and_lines_stay():
    text = "## Agreements ##\n\n> Quoted line\n> and its next\n\n* one\n+ two\n3) three\n\n---\n[ref]: https://x.hk\n```\n**kept as is**\n```"
    assert plain(text).split("\n") == ["Agreements", "", "Quoted line", "and its next", "", "- one", "- two", "3) three",
                                       "", "", "", "", "**kept as is**"]


def test_a_table_keeps_its_pipes_and_rule_for_the_table_reader():
    assert plain("| Session | Place |\n|---|---|\n| **7th** | [Shanghai](https://x) |") == \
        "| Session | Place |\n|---|---|\n| 7th | Shanghai |"


@pytest.mark.parametrize("text, suffix, expected", [
    ("# Title\n\nThe **Mayor** met [Mr Lee](https://x.hk).", ".txt", True),
    ("Plain text with one **bold** word only.", ".txt", False),  # one kind of mark is not enough
    ("# 1 in Asia? No heading: a hash, then prose. Mr Lee said so.", ".txt", False),
    ("Plain text.", ".md", True),
    ("Plain text.", ".MD", True),
])
def test_what_reads_as_markdown(text, suffix, expected):
    assert is_markdown(text, suffix=suffix) is expected


def test_no_plain_text_document_of_the_project_reads_as_markdown():
    """The seeds, the corpus and the development documents are plain text: as_plain leaves every one alone."""
    paths = sorted((ROOT / "data" / "documents").glob("*.txt"))
    assert len(paths) >= 30
    for path in paths:
        body = path.read_text(encoding="utf-8")
        assert as_plain(body, suffix=path.suffix) is body, path.name


PROSE = st.text(alphabet=st.sampled_from("abcdefghij ABCDEFG,.;:'?\n"), max_size=300)


@given(PROSE)
@settings(max_examples=200, deadline=None)
def test_prose_without_marks_keeps_every_word_and_line(text):
    assert plain(text) == "\n".join(line.strip() for line in text.splitlines())


@pytest.mark.parametrize("text", ["[" * 100_000, "[a](" * 25_000, "**a " * 25_000, "[^" * 50_000, "_a " * 33_000,
                                  "# a" + " " * 100_000 + "b", "- " + " " * 100_000, "|" + "-" * 100_000])
def test_marks_of_any_length_are_read_in_linear_time(text):
    """Every pattern stops within a bound (a quadratic one would take minutes on these 100 KB)."""
    started = time.process_time()
    for signal in SIGNALS:
        signal.search(text)
    plain(text)
    assert time.process_time() - started < 15


def test_a_markdown_page_gives_the_facts_its_words_give(tmp_path):
    path = tmp_path / "2031-05-02_pact.md"
    path.write_text(PAGE, encoding="utf-8")
    graph = convert(path)
    mayor = URIRef("https://w3id.org/hksh/id/person/gong-zheng")
    meetings = [s for s in graph.subjects(SDO.attendee, mayor)
                if (s, SDO.attendee, URIRef("https://w3id.org/hksh/id/person/john-lee-ka-chiu")) in graph]
    assert meetings, "the meeting of the Chief Executive and the Mayor"
    assert any(str(d) == "2031-04-30" for m in meetings for d in graph.objects(m, SDO.startDate))
    quotes = {str(q) for q in graph.objects(None, OA.exact)}
    assert any(q.startswith("The Chief Executive, Mr John Lee, met the Mayor of Shanghai") for q in quotes)
    assert not any("](" in q or "**" in q or q.startswith("#") for q in quotes)


def test_the_same_marks_in_a_plain_text_file_with_one_kind_of_mark_stay(tmp_path):
    """A near miss: a .txt with one bold phrase is not Markdown, and its quote keeps the stars."""
    path = tmp_path / "2031-05-02_plain.txt"
    path.write_text("The **Chief Executive**, Mr John Lee, met the Mayor of Shanghai, Mr Gong Zheng, in Hong Kong on "
                    "30 April 2031.\n", encoding="utf-8")
    quotes = {str(q) for q in convert(path).objects(None, OA.exact)}
    assert any("**Chief Executive**" in q for q in quotes)
