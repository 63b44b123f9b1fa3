"""People and posts in the shapes of everyday pages: a social-media thread whose posts end in hashtags.

Every sentence is invented; each kind has a near miss.
"""

import time

from kg.text.clean import clean
from kg.text.hashtags import untagged

from conftest import facts
from test_kinds import posts_of


THREAD = """Riverton Transport Office
@RivTransport

1/3
Today the Director, Mr Ivo Brandt, met the Deputy Mayor of Lakeport, Ms Una Vale, in Riverton. A short thread. #Riverton #Transport

2/3
The two sides agreed to run more ferries between the cities. #Riverton
3:04 PM · Mar 2, 2031 · 2K Views
"""


def test_the_posts_of_a_thread_that_end_in_hashtags_are_kept():
    paragraphs = clean(THREAD).paragraphs
    assert "The two sides agreed to run more ferries between the cities." in paragraphs
    assert any(p.startswith("Today the Director, Mr Ivo Brandt") and p.endswith("A short thread.") for p in paragraphs)


def test_a_hashtag_inside_a_sentence_or_a_line_of_tags_only_stays():
    assert untagged("We back the #Riverton bid.") == "We back the #Riverton bid."
    assert untagged("#Riverton #Transport") == "#Riverton #Transport"
    assert untagged("Ferries sail today. #Riverton #Transport") == "Ferries sail today."
    assert "Join us #Riverton" not in clean("Join us #Riverton\n\nFerries sail today.").paragraphs


def test_a_thread_post_gives_its_people_their_posts(reference):
    f = facts(reference, *clean(THREAD).paragraphs)
    assert posts_of(f)["una-vale"] == {"Deputy Mayor of Lakeport"}


def test_trailing_tags_are_read_fast():
    line = "A sentence." + " #tag" * 5000 + " x"
    start = time.perf_counter()
    assert untagged(line) == line
    assert time.perf_counter() - start < 0.5
