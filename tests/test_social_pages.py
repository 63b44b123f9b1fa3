"""A social-media page as copied: emoji, the post's date line, action bars, reaction counts, comment threads and
handles (invented text, each with a near miss)."""

from datetime import date

from kg.text.clean import clean
from kg.text.social_pages import plain_social

PAGE = ("Riverton Harbour Bureau\n3 March 2036 · 🌐\n\n"
        "🎉 The Riverton Harbour Forum opened today at the Harbour Museum! 👏 The Secretary, Mr Alan Brookfield, and "
        "the Mayor of Eastport, Ms Ada Quell (@EastportMayor), officiated at the ceremony 🎓 with 300 guests.\n\n"
        "👍❤️ 238     42 comments     15 shares\nLike · Comment · Share\n\nMost relevant ▾\n\n"
        "Jo Lam\nThe Mayor of Eastport, Ms Ada Quell, should visit the museum again next year.\nLike · Reply · 2d\n\n"
        "    Riverton Harbour Bureau\n    Thanks for your support! 🙏\n    Like · Reply · 2d\n")


def test_a_post_reads_as_its_text_on_its_day_without_its_buttons_or_comments():
    cleaned = clean(PAGE)
    assert cleaned.published == date(2036, 3, 3)
    assert cleaned.paragraphs == [
        "The Riverton Harbour Forum opened today at the Harbour Museum! The Secretary, Mr Alan Brookfield, and the Mayor "
        "of Eastport, Ms Ada Quell, officiated at the ceremony with 300 guests."], cleaned.paragraphs


def test_a_mechanism_named_in_hashtags_is_named():
    cleaned = clean("Bureau\n\n#Youth exchanges are an area of the #HongKong-#Shanghai Co-operation Conference 🤝 #HKSH #youth\n")
    assert cleaned.paragraphs == ["Youth exchanges are an area of the Hong Kong-Shanghai Co-operation Conference."]


def test_a_text_without_emoji_or_buttons_is_as_it_is():
    text = "Share prices rose.\n\nLike the Mayor, the Secretary spoke · briefly.\n\n2018\nThe Conference met.\n\n12 comments were received."
    assert plain_social(text) == text


def test_a_year_or_a_count_alone_stays_on_a_page_with_emoji():
    text = "🎉 News\n\n2018\nThe Conference met.\n\n12 sessions were held."
    assert plain_social(text) == "News\n\n2018\nThe Conference met.\n\n12 sessions were held."


def test_emoji_between_two_sentences_ends_the_first():
    from kg.text.social_pages import plain_social
    text = plain_social("Office\n3 May 2035 · 🌐\n\nThe Secretary arrived in Eastport for a two-day visit 🗓️ He met the "
                        "Mayor this afternoon to talk about trade 💼\n\nLike · Comment · Share")
    assert "a two-day visit. He met the Mayor this afternoon to talk about trade." in text, text


def test_emoji_before_a_name_in_a_sentence_parts_nothing():
    from kg.text.social_pages import plain_social
    text = plain_social("Office\n3 May 2035 · 🌐\n\nThe Secretary met 🤝 Ada Quell of the Council today.")
    assert "The Secretary met Ada Quell of the Council today." in text, text
