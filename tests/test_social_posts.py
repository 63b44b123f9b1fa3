"""A social-media thread's posts: their hashtags and a closing link are no part of their text, so a post that
ends in them is kept (invented posts; near misses keep what is text)."""

from kg.text.clean import clean


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
