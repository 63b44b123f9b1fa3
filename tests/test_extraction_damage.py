"""Text damaged the way extraction damages it gives the facts its clean form gives (invented text): a newsletter kept
in quoted-printable, a scan with misread letters and specks. Each damaged form is checked against the clean one."""

from __future__ import annotations

import quopri
import textwrap
from pathlib import Path

from hypothesis import given, settings, strategies as st

from kg.convert import convert_triples
from kg.text.emails import plain_email, plain_quoted_printable
from kg.text.scans import plain_scan

CLEAN = (
    "Riverton and Eastport talks\n\n"
    "The fifth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai on 19 June 2031. "
    "It was co-chaired by the Chief Executive, Ms Ada Quell, and the Mayor of Shanghai, Mr Zhou Tianyu.\n\n"
    "At the session, the two sides agreed to strengthen co-operation in finance, innovation and technology, and youth "
    "development.\n\n"
    "After the session, the two sides signed a Memorandum of Understanding on Co-operation in Cultural Exchange, "
    "witnessed by Ms Quell and Mr Zhou.\n\n"
    "On 20 June 2031, the Secretary for Commerce and Economic Development, Mr Lam Wing-kei, visited the Shanghai Free "
    "Trade Zone and met the Vice Mayor of Shanghai, Mr Wu Dali.\n")


def _facts(text: str, tmp_path: Path) -> set:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: Talks\npublished: 2031-06-21\n---\n" + text, encoding="utf-8", newline="")
    _, triples = convert_triples(path)
    return {(str(s), str(p), str(o)) for s, p, o in triples if "/annotation/" not in str(s) + str(o)
            and not str(p).endswith(("#exact", "#prefix", "#suffix", "/text", "#start", "#end"))}


def _hand_wrapped(text: str) -> str:
    """The text hard-wrapped at 72, a word cut by a quoted-printable wrap ("=") on some lines, "=20" ending others."""
    out = []
    for para in text.split("\n\n"):
        lines = textwrap.wrap(para, 72) or [""]
        for i in range(len(lines) - 1):
            if i % 3 == 1 and " " in lines[i + 1]:
                head, tail = lines[i + 1].split(" ", 1)
                lines[i] += " " + head[:max(1, len(head) // 2)] + "="
                lines[i + 1] = head[max(1, len(head) // 2):] + " " + tail
            elif i % 3 == 2:
                lines[i] += "=20"
        out.append("\n".join(lines))
    return "\n\n".join(out)


def test_a_newsletter_in_quoted_printable_gives_the_clean_texts_facts(tmp_path):
    encoded = quopri.encodestring(CLEAN.replace("co-chaired", "co\u2011chaired").encode("utf-8")).decode("ascii")
    mail = ("From: Newsletter <news@example.org>\nTo: list@example.org\nSubject: Issue 12\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" + encoded
            + "\n--=20\nNewsletter Team\nTel: 2810 0000\n\nTo unsubscribe from this newsletter, click here.\n")
    assert "=\n" in encoded and "=E2=80=91" in encoded
    assert _facts(mail, tmp_path) == _facts(CLEAN, tmp_path)


def test_a_hard_wrapped_text_with_quoted_printable_cuts_gives_the_clean_texts_facts(tmp_path):
    damaged = _hand_wrapped(CLEAN)
    assert "=\n" in damaged and "=20\n" in damaged
    assert _facts(damaged, tmp_path) == _facts(CLEAN, tmp_path)


def test_quoted_printable_cuts_inside_quoted_lines_join_the_word_and_keep_the_quote():
    text = "> The Mayor met the Secre=\n> tary for Commerce and=20\n> the Chief Executive on 3 May.\n> Regards"
    assert plain_quoted_printable(text) == "> The Mayor met the Secretary\n> for Commerce and\n> the Chief Executive on 3 May.\n> Regards"


def test_a_text_with_an_equals_sign_or_two_is_no_quoted_printable():
    text = "The ratio was 3 =\n2 in 2031, E=MC in the formula, and x=AB.\n"
    assert plain_quoted_printable(text) == text
    assert plain_email("A = B.\nThe Mayor met the Secretary.") == "A = B.\nThe Mayor met the Secretary."


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="="), max_size=300))
def test_decoding_a_text_with_no_equals_sign_changes_nothing(text):
    assert plain_quoted_printable(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs",)), max_size=200))
def test_decoding_encoded_text_gives_the_text_back_and_never_raises(text):
    encoded = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    decoded = plain_quoted_printable(encoded)
    assert decoded.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "") or decoded == encoded


SCANNED = (CLEAN.replace("Memorandum", "Mernorandum").replace("Commerce", "Cornmerce").replace("technology", "techno1ogy")
           .replace("On 20 June", "0n 20 June").replace("innovation", "lnnovation").replace("Co-operation Conference", "C0-operation Conference")
           .replace("development.\n", "deve1opment. |\n").replace("After the session", "~ After the session"))


def test_a_scan_with_misread_letters_gives_the_clean_texts_facts(tmp_path):
    assert SCANNED != CLEAN
    assert _facts(SCANNED, tmp_path) == _facts(CLEAN, tmp_path)


def test_a_scans_misread_verbs_and_nouns_of_a_visit_are_read_back(tmp_path):
    clean = ("The Director of Harbours, Mr Alan Brookfield, visited Eastport on 3 May 2031. He was accompanied by the "
             "Deputy Director of Harbours, Ms Ada Quell. The delegation met the Mayor of Eastport, Mr Wu Dali, and "
             "attended a seminar on port safety organised by the Department of Harbours.\n")
    scanned = (clean.replace("accompanied", "accornpanied").replace(" met ", " rnet ").replace("seminar", "serninar")
               .replace("Department", "Departrnent"))
    assert plain_scan(scanned) == clean
    assert _facts(scanned, tmp_path) == _facts(clean, tmp_path)


def test_words_spelt_with_rn_stay():
    text = "Mr Horne and Ms Carne met at the corner of Barnet Street on their return to the Hornet."
    assert plain_scan(text) == text


def test_words_spelt_so_and_codes_stay():
    text = "A modern governor will return in G20 Room A1; H1N1, COVID-19, 4th, 1st, B2B, Windows10, 0.5 and 1990s; lbs, ltd, LNG."
    assert plain_scan(text) == text
    table = "| Session | Year |\n| 1st | 2003 |\nOffice in Eastport |\nNext line"
    assert plain_scan(table) == table


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "Mayor", "modern", "return", "committee", "Memorandum", "governor", "intern",
                                 "finance", "G20", "A1", "in", "It", "|", "~", "2031", "Hon", "learn", "concern", "\n",
                                 "form", "term", "corner", "born", "lt", "ln"]), max_size=40))
def test_clean_words_keep_their_letters(words):
    """Words spelt right are never mended: only the misread forms change."""
    text = " ".join(words)
    mended = plain_scan(text)
    assert [w for w in mended.split() if w not in ("|", "~")] == [w if w not in ("lt", "ln") else "I" + w[1:]
                                                                  for w in text.split() if w not in ("|", "~")]


PDF = (
    "LC Paper No. CB(2)1603/30-31(03)\n\nRiverton and Eastport talks\n\n"
    "The fifth plenary session1 of the Hong Kong/Shanghai Co-operation Conference was held in Shang-\n"
    "hai on 19 June 2031. It was co-chaired by the Chief Executive, Ms Ada\n"
    "Quell, and the Mayor of Shanghai, Mr Zhou Tianyu.\n\n"
    "At the session, the two sides agreed to strengthen co-\n"
    "operation in finance, innovation and technology, and youth\n"
    "__________________\n"
    "1 The first plenary session was held in Shanghai in October 2003.\n\n"
    "- 2 -\n\n"
    "LC Paper No. CB(2)1603/30-31(03)\n\n"
    "development.\n\n"
    "After the session, the two sides signed a Memorandum of Understanding on Co-operation in Cultural Exchange,\n"
    "witnessed by Ms Quell and Mr Zhou.\n\n"
    "On 20 June 2031, the Secretary for Commerce and Economic Development, Mr Lam Wing-kei, visited the Shanghai Free\n"
    "Trade Zone and met the Vice Mayor of Shanghai, Mr Wu Dali.\n\n"
    "Page 3 of 3\n")


def test_a_pdf_page_with_a_footnote_between_a_paragraphs_halves_gives_the_clean_texts_facts_and_the_notes(tmp_path):
    noted = CLEAN + "\nThe first plenary session was held in Shanghai in October 2003.\n"
    assert _facts(PDF, tmp_path) == _facts(noted, tmp_path)


def test_a_newsletters_rule_over_a_numbered_heading_is_no_footnote():
    from kg.text.pdf_pages import footnotes

    text = ("Issue 4\n" + "-" * 70 + "\n\n1. EASTPORT BUYERS MEET RIVERTON SUPPLIERS\n\nMore than 80 firms took part.\n"
            "__________\n\n2. The Mayor visited the port.\n")
    assert footnotes(text) == text


def _two_columns(left: str, right: str, width: int = 46) -> str:
    lines_left, lines_right = textwrap.wrap(left, width), textwrap.wrap(right, width)
    rows = max(len(lines_left), len(lines_right))
    lines_left += [""] * (rows - len(lines_left))
    lines_right += [""] * (rows - len(lines_right))
    return "\n".join((a.ljust(width + 4) + b).rstrip() for a, b in zip(lines_left, lines_right)) + "\n"


def test_a_two_column_page_read_across_gives_the_clean_texts_facts(tmp_path):
    paras = CLEAN.split("\n\n")
    page = paras[0] + "\n\n" + _two_columns(" ".join(paras[1:3]), " ".join(p.strip() for p in paras[3:]))
    assert max(len(line) for line in page.split("\n")) < 100
    assert _facts(page, tmp_path) == _facts(paras[0] + "\n\n" + " ".join(paras[1:3]) + "\n\n" + " ".join(p.strip() for p in paras[3:]), tmp_path)


def test_a_table_of_names_and_posts_in_two_columns_is_no_pair_of_columns():
    from kg.text.columns import unmixed

    names = "".join(f"Mr Alan Brookfield{i}     Secretary for Harbour Affairs and Trade of Riverton\n" for i in range(10))
    assert unmixed(names) == names


def test_a_running_head_with_no_page_number_between_a_sentences_halves_goes(tmp_path):
    page = (PDF.replace("- 2 -\n\n", "").replace("Page 3 of 3\n", "")
            .replace("__________________\n1 The first plenary session was held in Shanghai in October 2003.\n\n", "\n"))
    assert "session1" in page and page.count("LC Paper No.") == 2
    assert _facts(page, tmp_path) == _facts(CLEAN, tmp_path)


def test_a_line_printed_once_between_two_paragraphs_stays():
    from kg.text.pdf_pages import running_heads

    text = "The two sides agreed to\n\nMeet in Eastport\n\nmeet again.\n\nIt went well, the Mayor said"
    assert running_heads(text) == text


def test_a_bilingual_list_of_areas_gives_the_english_lists_facts(tmp_path):
    from kg.text.bilingual import english_halves

    lead = "At the session the two sides agreed to take forward co-operation in three areas:\n\n"
    english = "  tourism\n  legal and dispute resolution\n  sports\n"
    bilingual = "  旅遊 / tourism\n  法律及爭議解決 / legal and dispute resolution\n  體育 ／ sports\n"
    assert english_halves(lead + bilingual) == lead + english
    assert _facts(CLEAN + lead + bilingual, tmp_path) == _facts(CLEAN + lead + english, tmp_path)


def test_a_line_with_no_chinese_half_or_both_scripts_on_one_side_stays():
    from kg.text.bilingual import english_halves

    text = "Hong Kong / Shanghai\n行政長官 Chief Executive / 市長\nMr Gong Zheng (龔正) / Mayor of Shanghai\n| 金融 | finance |\n"
    assert english_halves(text) == text
    assert english_halves(CLEAN) == CLEAN


def _ragged_columns(left: list[str], right: list[str], width: int = 40) -> str:
    """Two columns of paragraphs side by side, each paragraph's end a blank in its column, the right column shorter."""
    def lines(paras: list[str]) -> list[str]:
        out: list[str] = []
        for para in paras:
            out += textwrap.wrap(para, width) + [""]
        return out[:-1]
    lines_left, lines_right = lines(left), lines(right)
    lines_left += [""] * (len(lines_right) - len(lines_left))
    lines_right += [""] * (len(lines_left) - len(lines_right))
    return "\n".join((a.ljust(width + 4) + b).rstrip() for a, b in zip(lines_left, lines_right)) + "\n"


def test_a_two_column_page_with_paragraph_gaps_and_a_longer_column_gives_the_clean_texts_facts(tmp_path):
    paras = [p.strip() for p in CLEAN.split("\n\n")]
    page = paras[0] + "\n\n" + _ragged_columns(paras[1:3], paras[3:5])
    rows = page.split("\n")
    assert any(row.startswith(" " * 40) and row.strip() for row in rows)  # the left column's gap beside the right's words
    assert any(0 < len(row) < 40 for row in rows[2:])  # a column running on beside the other's gap
    assert _facts(page, tmp_path) == _facts(CLEAN, tmp_path)


def test_a_short_line_under_a_table_of_names_makes_no_columns():
    from kg.text.columns import unmixed

    names = "".join(f"Mr Alan Brookfield{i}     Secretary for Harbour Affairs\n" for i in range(6)) + "\nAll attended.\n"
    assert unmixed(names) == names
    assert unmixed(CLEAN) == CLEAN


WRAPPED_TABLE = ("\n      Area                     Examples of work\n      Tourism                  joint promotion of\n"
                 "                               cruise routes\n      Legal and dispute        mediation; arbitration\n"
                 "      resolution\n      Sports                   youth games\n\n")


def test_a_table_with_wrapped_cells_gives_its_rows_whole(tmp_path):
    from kg.text.wrapped_cells import unwrapped_cells

    rows = ("\nArea: Tourism | Examples of work: joint promotion of cruise routes.\n\n"
            "Area: Legal and dispute resolution | Examples of work: mediation; arbitration.\n\n"
            "Area: Sports | Examples of work: youth games.\n\n")
    lead = "The two sides agreed to strengthen co-operation in the areas set out below:\n"
    assert unwrapped_cells(lead + WRAPPED_TABLE) == lead + "\n" + rows + "\n"
    assert _facts(CLEAN + lead + WRAPPED_TABLE, tmp_path) == _facts(CLEAN + lead + rows, tmp_path)
    from kg.text.clean import clean
    assert "Area: Legal and dispute resolution | Examples of work: mediation; arbitration." in clean(CLEAN + lead + WRAPPED_TABLE).paragraphs


def test_aligned_lines_with_no_cell_wrapped_or_no_heading_row_stay():
    from kg.text.wrapped_cells import unwrapped_cells

    unwrapped = WRAPPED_TABLE.replace("\n                               cruise routes", "").replace("\n      resolution", "")
    assert unwrapped_cells(unwrapped) == unwrapped
    no_heading = WRAPPED_TABLE.replace("Examples of work", "Examples of work.")
    assert unwrapped_cells(no_heading) == no_heading
    assert unwrapped_cells(CLEAN) == CLEAN


RULED_TABLE = ("\n  Session     Date                Venue                        Co-chairs\n"
               "  -------     ---------------     ------------------------     -----------------\n"
               "  Ninth       3 May 2031          Riverton Grand Hotel,        Ms Ada Quell\n"
               "                                  Shanghai                     Mr Bo Kettle\n"
               "  Tenth       9 June 2033         Harbour Hall, Hong Kong      Ms Ivy Rook\n\n")


def test_a_ruled_table_of_two_rows_with_wrapped_cells_gives_its_rows_and_no_row_of_dashes():
    from kg.text.clean import clean
    from kg.text.wrapped_cells import unwrapped_cells

    read = unwrapped_cells(RULED_TABLE)
    assert "---" not in read
    paragraphs = clean(CLEAN + RULED_TABLE).paragraphs
    assert ("Session: Ninth | Date: 3 May 2031 | Venue: Riverton Grand Hotel, Shanghai | Co-chairs: Ms Ada Quell Mr Bo Kettle."
            in paragraphs)
    assert "Session: Tenth | Date: 9 June 2033 | Venue: Harbour Hall, Hong Kong | Co-chairs: Ms Ivy Rook." in paragraphs


def test_a_table_of_two_rows_with_no_rule_under_its_heading_stays():
    from kg.text.wrapped_cells import unwrapped_cells

    unruled = "\n".join(line for line in RULED_TABLE.split("\n") if "----" not in line)
    assert unwrapped_cells(unruled) == unruled


def test_a_rule_that_spans_the_columns_ends_the_table():
    from kg.text.wrapped_cells import unwrapped_cells

    spanning = RULED_TABLE.replace("  -------     ---------------     ------------------------     -----------------",
                                   "-" * 80)
    assert unwrapped_cells(spanning) == spanning
