"""Wiki articles in their wikitext: templates, citations, links, bold marks, headings, tables and categories
(invented text, each with a near miss)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.clean import clean
from kg.text.markup import as_plain
from kg.text.wikitext import is_wikitext, plain_wiki

ARTICLE = ("{{Infobox organization\n| name = Riverton/Eastport Co-operation Conference\n| leader_name = [[Alan Brookfield]]"
           "<br />[[Ada Quell]]\n| formation = {{start date|2031|5|4}}\n}}\n"
           "The '''Riverton/Eastport Co-operation Conference''' ({{zh|t=河東合作會議}}) was set up in 2031."
           "<ref name=\"a\">{{cite web |title=Set up |url=https://x.example}}</ref>\n\n"
           "== Sessions ==\nThe second session was held in [[Eastport]] on 4 May 2036.<ref name=\"a\" /> It was "
           "co-chaired by the [[Mayor of Eastport|Mayor]], [[Ada Quell]].\n\n"
           "{| class=\"wikitable\"\n! Session !! Date !! Venue\n|-\n| 1st || 4 May 2031 || Riverton\n|-\n"
           "| 2nd || 4 May 2036 || Eastport\n|}\n\n[[Category:Riverton]]\n")


def test_an_article_reads_as_its_prose_and_its_table():
    kept = clean(as_plain(ARTICLE)).paragraphs
    assert "The Riverton/Eastport Co-operation Conference (河東合作會議) was set up in 2031." in kept, kept
    assert "The second session was held in Eastport on 4 May 2036. It was co-chaired by the Mayor, Ada Quell." in kept, kept
    assert "Session: 2nd | Date: 4 May 2036 | Venue: Eastport." in kept, kept
    assert not any("{{" in p or "[[" in p or "'''" in p or "cite" in p or "Category" in p for p in kept), kept


def test_one_kind_of_mark_alone_is_no_wikitext():
    assert not is_wikitext("The [[sic]] note stays.")
    assert not is_wikitext("Use '''three''' quotes.")
    text = "Section == heading ==, a [[link]] in a note."
    assert plain_wiki("Plain text. The Mayor met the Secretary.") == "Plain text. The Mayor met the Secretary."
    assert is_wikitext(text) is False


def test_an_unclosed_template_or_reference_costs_no_more_than_its_length():
    import time

    text = "'''Bold''' [[Link]] " + "{{a|" * 20_000 + " <ref>" * 2_000
    started = time.perf_counter()
    plain_wiki(text)
    assert time.perf_counter() - started < 2


WORD = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGH"), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORD, st.sampled_from(["plain", "bold", "italic", "link", "piped"])), min_size=3, max_size=20))
def test_stripping_wiki_marks_never_loses_a_word_the_page_shows(parts):
    shown, marked = [], []
    for word, kind in parts:
        shown.append(word)
        marked.append({"plain": word, "bold": f"'''{word}'''", "italic": f"''{word}''", "link": f"[[{word}]]",
                       "piped": f"[[Target page|{word}]]"}[kind])
    text = "== Heading ==\n" + " ".join(marked) + ".<ref>{{cite web|title=x}}</ref>"
    out = plain_wiki(text)
    if is_wikitext(text):
        assert re.findall(r"\w+", out) == ["Heading"] + shown
