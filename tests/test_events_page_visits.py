"""A visit told on a news page, read from invented sentences (none comes from a document of the repository): a
story's last line closed by the page's action links ("[Share] [Print]") is still read, a contracted "will" ("He'll
visit") still looks ahead, and a visit "which ends on Friday" ends then, its length giving its first day."""

from datetime import date

from kg.text.clean import clean

from test_events_kinds import events

OPENING = "The Secretary for Tourism, Mr Alan Wexford, met the Mayor of Shanghai this afternoon."


def test_a_line_closed_by_action_links_is_kept():
    page = ("Harbour news\n\nThe Secretary met the Mayor today.\n\n"
            "He is on a three-day visit to Shanghai. [Share] [Print]\n\nStocks closed higher today. [Share] [Print]")
    paragraphs = clean(page).paragraphs
    assert "He is on a three-day visit to Shanghai." in paragraphs
    assert "Stocks closed higher today." in paragraphs


def test_action_words_inside_a_line_stay():
    assert clean("Harbour news\n\nThe Secretary read the [Print] edition today.").paragraphs == \
        ["The Secretary read the [Print] edition today."]


def test_a_contracted_will_looks_ahead(reference):
    said = clean("Harbour news\n\nHe'll visit the Lotus Container Terminal tomorrow morning.").paragraphs
    assert said == ["He will visit the Lotus Container Terminal tomorrow morning."]
    found = events(reference, OPENING, *said, published=date(2031, 5, 7))
    assert found["Visit to the Lotus Container Terminal"]["start"] == ["2031-05-08"]


def test_a_visit_which_ends_on_a_weekday_ends_then(reference):
    found = events(reference, OPENING, "Mr Wexford is on a three-day visit to Shanghai which ends on Friday.",
                   published=date(2031, 5, 7))  # a Wednesday
    visit = found["Visit of Alan Wexford to Shanghai"]
    assert visit["start"] == ["2031-05-07"]


def test_a_visit_that_ends_tomorrow_with_a_comma(reference):
    found = events(reference, OPENING, "Mr Wexford is on a two-day visit to Shanghai, which ends tomorrow.",
                   published=date(2031, 5, 7))
    assert found["Visit of Alan Wexford to Shanghai"]["start"] == ["2031-05-07"]


def test_an_emoji_closing_a_sentence_of_a_post_keeps_it(reference):
    post = ("Harbour Office\n2 September 2031 · 🌐\n\n"
            "The Secretary for Tourism, Mr Alan Wexford, arrived in Shanghai this morning for a two-day visit 🗓️ "
            "He met the Mayor of Shanghai at the city hall this afternoon to talk about the port 💼\n\n"
            "👍 Like    💬 Comment    ↗ Share")
    paragraphs = clean(post).paragraphs
    assert any(p.endswith("for a two-day visit. He met the Mayor of Shanghai at the city hall this afternoon to talk about the port.")
               for p in paragraphs)
    found = events(reference, *paragraphs, published=date(2031, 9, 2))
    assert found["Visit of Alan Wexford to Shanghai"]["start"] == ["2031-09-02"]


def test_a_caption_witnessing_the_signing_told_adds_no_second_signing(reference):
    found = events(reference, "Mr Alan Wexford and Mr Zhou Qiming witnessed the signing of a Letter of Intent on Harbour "
                   "Co-operation between the Lotus Council and the Eastern Association today.",
                   "[Photo: Mr Alan Wexford (right) and Mr Zhou Qiming (left) witness the signing of the letter of intent.]",
                   published=date(2031, 5, 21))
    assert [label for label in found if label.startswith("Signing")] == \
        ["Signing of a Letter of Intent on Harbour Co-operation between the Lotus Council and the Eastern Association"]


def test_a_day_told_by_its_place_in_the_visit(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, visited Shanghai from 16 to 19 May 2031.",
                   "On the second day, Mr Wexford visited the Lotus Container Terminal.",
                   "On the last day Mr Wexford visited the Eastern Ferry Depot.",
                   "On the first day of the forum, Mr Wexford visited the Harbour Research Centre.", published=date(2031, 5, 25))
    assert found["Visit to the Lotus Container Terminal"]["start"] == ["2031-05-17"]
    assert found["Visit to the Eastern Ferry Depot"]["start"] == ["2031-05-19"]
    assert found["Visit to the Harbour Research Centre"]["start"] != ["2031-05-16"]


def test_a_day_past_the_visits_last_is_none(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, visited Shanghai from 16 to 17 May 2031.",
                   "On the third day, Mr Wexford visited the Lotus Container Terminal.", published=date(2031, 5, 25))
    assert found["Visit to the Lotus Container Terminal"]["start"] != ["2031-05-18"]


def test_a_newsletters_rules_part_its_paragraphs():
    mail = ("From: Office <a@example.org>\nSent: Tuesday, 14 May 2031 09:12\nSubject: News\n\n"
            "> ------------------------------\n> 1. MISSION REPORT\n> ------------------------------\n"
            "> The delegation visited the Lotus Container Terminal on 3 May.\n>\n> Regards,\n> Amy")
    assert "The delegation visited the Lotus Container Terminal on 3 May." in clean(mail).paragraphs


def test_a_weekday_of_a_paper_signed_then_is_past_in_a_sentence_looking_ahead():
    from kg.extract.dates import find_dates
    thursday = date(2031, 6, 12)
    past = find_dates("The two exchanges will develop products under a memorandum signed at a working meeting on Tuesday.", thursday)
    coming = find_dates("The memorandum will be signed at a working meeting on Tuesday.", thursday)
    assert [str(d.start) for d in past] == ["2031-06-10"] and [str(d.start) for d in coming] == ["2031-06-17"]
