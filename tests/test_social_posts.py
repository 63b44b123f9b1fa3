"""Social-media posts and threads: hashtags and a closing link after a post's text, the stamp that dates a post
(invented text, none from a document of the repository, each with a near miss)."""

from datetime import date

from kg.text.clean import clean
from kg.text.social import untagged


THREAD = ("Riverton Harbour Bureau\n@RivertonHB\nThread · 14 Mar 2036\n\n"
          "1/3\nToday (March 14) the Secretary, Mr Alan Brookfield, opened the Riverton Harbour Forum. #Riverton #Harbour\n"
          "9:15 AM · Mar 14, 2036 · 2.1K Views\n\n"
          "2/3\nThe forum brought together port operators from both cities to discuss green shipping #Riverton\n"
          "9:20 AM · Mar 14, 2036\n\n"
          "3/3\n#Riverton #Ports\n9:25 AM · Mar 14, 2036\n")


def test_hashtags_after_a_post_are_taken_off():
    assert untagged("The forum opened today. #Riverton #Harbour") == "The forum opened today."
    assert untagged("The forum brought together port operators from both cities to discuss green shipping #Ports") == (
        "The forum brought together port operators from both cities to discuss green shipping.")
    assert untagged("#Riverton #Ports") == ""


def test_hashtags_inside_a_sentence_read_as_words_and_after_a_heading_stay():
    assert untagged("We joined #Riverton talks today.") == "We joined Riverton talks today."
    assert untagged("Riverton Harbour Forum #Riverton") == "Riverton Harbour Forum #Riverton"
    assert untagged("## Riverton Harbour Forum") == "## Riverton Harbour Forum"


def test_a_thread_keeps_its_posts_and_its_day():
    cleaned = clean(THREAD)
    assert cleaned.published == date(2036, 3, 14), cleaned.published
    assert any(p.startswith("Today (March 14) the Secretary") and p.endswith("Forum.") for p in cleaned.paragraphs), cleaned.paragraphs
    assert any(p.endswith("green shipping.") for p in cleaned.paragraphs), cleaned.paragraphs
    assert not any("#" in p or "Views" in p for p in cleaned.paragraphs), cleaned.paragraphs


def test_a_time_and_counts_without_a_day_date_nothing():
    cleaned = clean("Riverton Harbour Bureau\n\n9:15 AM · 2.1K Views\n\nThe forum opened today.\n")
    assert cleaned.published is None, cleaned.published


def test_social_patterns_fail_fast():
    import time
    from kg.text.social import ONLY_TAGS, POST_STAMP
    texts = ["a #b" * 3000 + " .", "#a " * 4000 + "b c", "9:15 AM · " + "Mar 14 " * 2000, "word " * 3000 + "#a " * 3000]
    started = time.process_time()
    for text in texts:
        untagged(text), ONLY_TAGS.fullmatch(text), POST_STAMP.match(text)
    assert time.process_time() - started < 1.0

def test_a_post_ending_in_hashtags_is_kept_without_them():
    text = ("The Bureau\n\nToday the two sides agreed on nine items at the Riverton talks. #Riverton #Talks\n"
            "9:15 AM · Mar 3, 2031\n\nThe next round will be held in May. Full statement: www.example.gov #Riverton\n")
    assert clean(text).paragraphs == ["Today the two sides agreed on nine items at the Riverton talks.",
                                      "The next round will be held in May."]


def test_a_link_after_a_statement_is_dropped():
    assert clean("Head\n\nThe fair opens in May. Read more: https://example.gov/fair.htm\n").paragraphs == ["The fair opens in May."]


def test_a_hashtag_inside_a_sentence_or_without_a_statement_before_it_stays():
    kept = clean("Head\n\nWe won award #3 and thank the team #1 fans. #Thanks\n").paragraphs
    assert kept == ["We won award #3 and thank the team #1 fans."]
    assert clean("Head\n\nRoom #B is open.\n").paragraphs == ["Room #B is open."]
