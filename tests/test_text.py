"""Stage 1: reading documents, cleaning text, splitting sentences."""

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

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


_PIECES = ["a", "A", "b", " ", "  ", "1", "2", ".", "?", "!", ")", "(", ":", ";", ",", "-", '"', "'", "\u201c",
           "\u201d", "\u2019", "[", "]", "\u2022", "*", "\t", "\u00a0", "\u2014", "/", "&", "%", "\u00e9", "\u4e2d",
           "Mr", "Dr", "No", "i", "ii", "a)", "1)", "(a)", "(1)", "e.g", "U.S", "Jan", "St", "p.m", "HK$", "\u3002"]


# A list item's mark ("a)", "(b)", "iv)", "2)"), where pysbd ends a sentence at each of a run of them and
# the one-sentence path does not (on purpose): the property compares with pysbd with the marks closed by "]".
_LIST_MARK = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:[a-z]|[ivx]{1,5}|\d{1,2})\)")


def _guard_list_marks(text: str) -> str:
    return _LIST_MARK.sub(lambda mark: mark.group(0)[:-1] + "]", text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@example("b)(a)")
def test_a_paragraph_pysbd_would_keep_whole_is_kept_whole_without_it(paragraph):
    """The one-sentence fast path never disagrees with pysbd but for list marks: whenever it applies, pysbd
    gives the whole paragraph (its list marks guarded) as one sentence (or nothing, for blank text)."""
    import pysbd

    from kg.text.sentences import one_sentence, pieces

    if one_sentence(paragraph):
        guarded = _guard_list_marks(paragraph)
        theirs = [s.strip() for s in pysbd.Segmenter(language="en", clean=False).segment(guarded) if s.strip()]
        assert theirs == [s.strip() for s in map(_guard_list_marks, pieces(paragraph)) if s.strip()]


def test_the_fast_path_takes_one_sentence_and_leaves_the_rest_to_pysbd():
    from kg.text.sentences import one_sentence

    assert one_sentence("The Chief Executive, Mr John Lee, today (May 19) met Ms Yuan in Hong Kong.")
    assert one_sentence("No full stop at all")
    assert one_sentence("He met the Vice Mayor (left) and the Director (HKETO) in Shanghai.")
    for text in ("Mr. Chan came.", 'He said "yes."', "a.. ", "One. Two.", "Tab\tthen."):
        assert not one_sentence(text), text


def test_list_marks_inside_a_one_sentence_paragraph_do_not_end_it():
    assert [s.text for s in split_sentences(["They agreed on (a) finance; (b) trade; and (c) tourism.",
                                             "Items i) and ii) are done, and 1) and 2) too."])] == [
        "They agreed on (a) finance; (b) trade; and (c) tourism.", "Items i) and ii) are done, and 1) and 2) too."]


def test_a_photo_marker_line_never_ends_the_text():
    result = clean("Photo\n\nThe Mayor of Riverton, Mr Ada Quell, opened the bridge today (May 3).\n\nClose\n\n"
                   "The bridge links the two districts.")
    assert result.paragraphs == ["The Mayor of Riverton, Mr Ada Quell, opened the bridge today (May 3).",
                                 "The bridge links the two districts."]


def test_hard_wrapped_lines_are_one_paragraph_again():
    body = ("In May 2030, the Government set up a new liaison unit in Riverton to\n"
            "strengthen exchanges with the provinces of the region and to support\n"
            "enterprises there. The unit reports to the office in the capital and\n"
            "also serves visitors.\n\nA short line.")
    assert clean(body).paragraphs == [
        "In May 2030, the Government set up a new liaison unit in Riverton to strengthen exchanges with the "
        "provinces of the region and to support enterprises there. The unit reports to the office in the "
        "capital and also serves visitors.", "A short line."]


def test_a_dated_caption_keeps_its_sentence_and_the_page_date():
    result = clean(" date 2031-02-03 Harbour talks: Secretary Ada Quell meets guests in Riverton.\n\nThey met today.")
    assert result.published == date(2031, 2, 3)
    assert result.paragraphs == ["Secretary Ada Quell meets guests in Riverton.", "They met today."]


def test_a_text_cut_off_mid_sentence_keeps_its_last_words():
    result = clean("Title\n\nThe fair opened today.\n\nOther officials present at the fair were the Permanen")
    assert result.paragraphs[-1] == "Other officials present at the fair were the Permanen"


def _prose(body: str):
    """Lines of 20 words or more, and hard-wrapped blocks (three or more long lines) as one paragraph."""
    for block in re.split(r"\n\s*\n", body):
        lines = [line for line in block.splitlines() if line.strip()]
        yield from lines
        if len(lines) >= 3 and all(len(line.split()) >= 6 for line in lines):
            yield " ".join(lines)


@pytest.mark.parametrize("path", sorted((Path(__file__).parent / "data" / "corpus").glob("*.txt")), ids=lambda p: p.name[:3])
def test_no_paragraph_of_prose_is_lost_in_cleaning(path):
    words = lambda text: " ".join(re.findall(r"\w+", text.lower()))  # noqa: E731
    document = read_document(path)
    kept = words(clean(document.body, title=document.meta.get("title")).text)
    for paragraph in _prose(document.body):
        if len(paragraph.split()) >= 20:
            assert fuzz.partial_ratio(words(paragraph), kept) >= 90, paragraph


def test_a_list_set_out_line_by_line_is_kept_as_one_sentence():
    c = clean("The two sides agreed on measures covering:\n\n  * finance;\n  * civil aviation; and\n  * tourism.\n\nThat was all.")
    assert c.paragraphs == ["The two sides agreed on measures covering: finance; civil aviation; and tourism.", "That was all."]


def test_a_bulleted_list_without_stops_is_parted_by_semicolons_and_kept():
    c = clean("The guests were welcomed.\n\nGuests included:\n- Ms Ada Quell, Director of the Riverton Harbour Office, "
              "who came by ferry\n- Mr Bo Kettle, President of the Riverton Shipping Association\n\nThat was all.")
    assert c.paragraphs == ["The guests were welcomed.", "Guests included: Ms Ada Quell, Director of the Riverton Harbour "
                            "Office, who came by ferry; Mr Bo Kettle, President of the Riverton Shipping Association.",
                            "That was all."]


def test_a_list_of_links_stays_out():
    c = clean("The guests were welcomed.\n\nRelated links:\n- Harbour talks open in Riverton today\n"
              "- Shipping week draws record crowds\n\nThat was all.")
    assert c.paragraphs == ["The guests were welcomed.", "That was all."]


def test_a_lead_in_that_only_begins_with_a_link_word_keeps_its_list():
    c = clean("The guests were welcomed.\n\nMore than 200 guests attended, including:\n- the Mayor of Riverton, Mr Bo Kettle;"
              "\n- the Chairman of Harbour Bank, Ms Ada Quell.\n\nThat was all.")
    assert "More than 200 guests attended, including: the Mayor of Riverton, Mr Bo Kettle; the Chairman of Harbour Bank, " \
           "Ms Ada Quell." in c.paragraphs


def test_a_dash_inside_a_hard_wrapped_paragraph_does_not_cut_it():
    lines = ["The Mayor of Riverton, Mr Bo Kettle, met the Chairman of Harbour Bank, Ms Ada Quell,",
             "and the Secretary for Harbours, Mr Tom Fu, at the Riverton Harbour Office today",
             "– the first such meeting since the storm – to discuss closer ties between the",
             "two harbours in shipping, trade, tourism and culture, the officials said after",
             "the meeting, which lasted for about two hours in the afternoon of the day."]
    c = clean("Talks held\n\n" + "\n".join(lines), title="Talks held")
    assert len(c.paragraphs) == 1 and c.paragraphs[0].startswith("The Mayor of Riverton")


@pytest.mark.parametrize("stamp, day", [
    ("Source: Riverton Daily | 2031-02-03 21:14:08", date(2031, 2, 3)),
    ("Updated: February 3, 2031", date(2031, 2, 3)),
    ("2031-02-03 10:32", date(2031, 2, 3)),
    ("3 February 2031", date(2031, 2, 3)),
    ("Source: Riverton Daily | 2031-02-03 21:14:08 | Editor: ada", date(2031, 2, 3)),
    ("PUBLISHED : Monday, 3 February 2031, 8:30am", date(2031, 2, 3)),
])
def test_a_page_stamp_on_its_own_line_dates_a_document_without_front_matter(stamp, day):
    assert clean(f"Harbour talks held\n\n{stamp}\n\nThe Secretary met the Mayor today.").published == day


def test_a_date_inside_a_sentence_is_not_a_stamp():
    assert clean("Harbour talks held\n\nThe talks of February 3, 2031 went well, he said.").published is None


def test_a_paper_for_information_on_a_day_is_dated_by_it():
    assert clean("LC Paper No. 1\n\nFor information\non 16 May 2031\n\nThe office held a seminar.").published == date(2031, 5, 16)


def test_a_signature_after_the_last_paragraph_is_kept_as_a_sentence():
    result = clean("My trip\n\nLast Friday, I flew to Riverton.\n\nDo drop by.\n\nAlan Wexford\nSecretary for Harbours\n\n"
                   "Share: Facebook | Email\n\nBack to top")
    assert result.signature == "Alan Wexford, Secretary for Harbours."
    assert result.paragraphs[-1] == "Alan Wexford, Secretary for Harbours."


def test_a_name_line_inside_the_text_is_not_a_signature():
    assert clean("Talks\n\nAlan Wexford\nSecretary for Harbours\n\nThe talks went well today.").signature is None


def test_a_byline_that_ends_with_a_stamp_dates_the_page():
    byline = "By Ada Quell in Riverton | example.com | Updated: 2031-11-18 16:05"
    assert clean(f"Ports plan\n\n{byline}\n\nOfficials met on Tuesday to plan the port.").published == date(2031, 11, 18)
    assert clean("Ports plan\n\nThe fee was 5 | 2031-11-18 for all.\n\nOfficials met on Tuesday.").published is None


def test_each_caption_of_a_gallery_keeps_the_date_on_the_line_above_it():
    result = clean("Photo Gallery 2031\n\n16.1.2031\nThe Director, Ms Ada Quell (centre), proposes a toast at the Spring Reception.\n\n"
                   "27.3.2031\nMs Quell (left) calls on the Mayor.\n\nNo date here, but a sentence.\n\n"
                   "Last revision date: 29 December 2031")
    assert result.published == date(2031, 12, 29)
    assert result.paragraph_dates == {0: date(2031, 1, 16), 1: date(2031, 3, 27)}


@pytest.mark.parametrize("line, day", [("16.1.2031", date(2031, 1, 16)), ("1/13/2031", date(2031, 1, 13)),
                                       ("2031-01-16", date(2031, 1, 16)), ("16 January 2031", date(2031, 1, 16)),
                                       ("31.2.2031", None), ("16.1.2031 was cold.", None)])
def test_a_date_alone_on_a_line(line, day):
    from kg.text.date_lines import _date_only
    assert _date_only(line) == day


def test_a_long_line_that_introduces_what_follows_with_a_colon_is_kept():
    result = clean("LCQ1: Harbours\n\nFollowing is a question by the Hon Ada Quell and a written reply by the Secretary for "
                   "Harbours, Mr Bo Tanaka, in the Legislative Council today (May 3):\n\nQuestion:\n\nWill the Government "
                   "say how the harbour is kept?\n\nReply:\n\nPresident,\n\nThe harbour is kept well.")
    assert result.paragraphs[0].startswith("Following is a question by the Hon Ada Quell")
    assert "Question:" not in result.paragraphs and "Reply:" not in result.paragraphs


@pytest.mark.parametrize("line, expected", [
    ("RIVERTON, Mar. 9, 2031 (Xinhua) -- Officials of the two cities on Monday reviewed their plans.", date(2031, 3, 9)),
    ("LAKESIDE, 4 June 2032 (AFP) - The two mayors met on Friday.", date(2032, 6, 4)),
    # a dateline without its year, and a sentence that merely opens with a city, date no page
    ("RIVERTON, Mar. 9 (Reuters) - Officials of the two cities on Monday reviewed their plans.", None),
    ("RIVERTON, a city of 2 million, grew fast in 2031.", None),
    # a weekday is no month
    ("RIVERTON, Monday 12, 2031 (Xinhua) -- Officials of the two cities met.", None),
    ("RIVERTON, Sept. 9, 2031 (Xinhua) -- Officials of the two cities met.", date(2031, 9, 9)),
])
def test_a_wire_dateline_with_a_full_date_dates_the_story(line, expected):
    from kg.text.typography import plain_usage

    cleaned = clean(f"Officials review plans\n\n{line}\n\nThey met again later.")
    assert cleaned.published == expected
    assert any(p.startswith(plain_usage(line)[:20]) for p in cleaned.paragraphs)  # the line stays, months written out


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([chr(c) for c in range(0x20, 0x7f) if chr(c) != "&"] + ["\n", "\t"]), max_size=300))
@example("Mr Chan said 'hello' -- \"quoted\" <b>bold</b>\n\tnext line ~`^")
def test_plain_ascii_is_what_ftfy_leaves_alone(text):
    """repair() skips ftfy for plain ASCII without "&": ftfy must agree that it has nothing to mend there."""
    import ftfy

    from kg.text.clean import PLAIN_ASCII
    assert PLAIN_ASCII.fullmatch(text)
    assert ftfy.fix_text(text, uncurl_quotes=True, fix_latin_ligatures=True) == text


@pytest.mark.parametrize("text", ["Tom &amp; Jerry", "a\r\nb", "a\x1b[31mred", "bell\x07", "caf\u00c3\u00a9"])
def test_what_ftfy_mends_is_not_plain_ascii(text):
    from kg.text.clean import PLAIN_ASCII, repair
    assert not PLAIN_ASCII.fullmatch(text)
    assert repair(text) != text


@pytest.mark.parametrize("line, item", [
    ("(1) Promote links between the bond markets (Financial Services and the Treasury Bureau)", True),
    ("(2) Hold a joint forum (FSTB; Shanghai Municipal Financial Regulatory Bureau)", True),
    ("(3) Attract start-ups (Invest Hong Kong)", True),
    ("1. Stocks rally as rate cut hopes grow (Reuters)", False),
    ("2. Bank profits slip in first quarter (Xinhua)", False),
    ("3. Port volumes climb again (AFP)", False),
])
def test_an_item_ends_with_the_bodies_responsible_not_a_news_source(line, item):
    from kg.text.item_lists import item_line
    assert item_line(line) is item


def test_a_sidebars_section_headings_are_no_list_headings():
    items = "Finance\n\n(1) Promote links between the bond markets (Financial Services and the Treasury Bureau)\n"
    assert "Finance" in clean(f"The session was held today.\n\n{items}").paragraphs
    assert "Finance" not in clean(f"The session was held today.\n\nMost read\n\n{items}").paragraphs


def test_notice_fields_are_kept_only_in_a_block_a_heading_or_lead_in_opens():
    led = clean("Details are as follows:\n\nDate: June 2 (Monday)\n\nTime: 7pm\n\nVenue: Kestrel Art Centre\n")
    assert "Venue: Kestrel Art Centre" in led.paragraphs
    loose = clean("The two sides agreed to hold a forum.\n\nDate: 4 March 2026\n\nTime: 10:32\n\nLocation: Hong Kong\n")
    assert not any(p.startswith(("Date:", "Time:", "Location:")) for p in loose.paragraphs)


def test_page_stamps_make_no_live_blog_but_time_stamps_over_posts_do():
    assert clean("Posted 09:15\n\nUpdated 11:40\n\nThe talks began.\n\nThe talks ended.\n").timed == []
    assert clean("Posted 09:15\n\nThe talks began.\n\nUpdated 11:40\n\nThe talks ended.\n").timed == []
    assert clean("10.32am\n\nThe talks began.\n\nUpdated 11.40am\n\nThe talks ended.\n").timed == [0, 1]
