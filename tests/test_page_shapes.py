"""Shapes of whole pages (invented texts, none from a document of the repository; each with a near miss that must
not give the shape's reading): a report's numbered paragraphs, its members listed one a line and its programme's
day headings; a post's coming dates; a byline's stamp; a page's title; a sidebar's last headline; and cleaning a
page of thousands of short paragraphs in linear time."""

import time
from datetime import date

from rdflib import URIRef
from rdflib.namespace import ORG

from kg.extract.document import extract
from kg.text.clean import clean
from kg.text.page_shapes import BYLINE_STAMP, DATED_ITEM, DAY_HEADING, FACT, LINK_BAR, byline_date, day_heading
from kg.text.signatures import FOR_BODY, NAME, POST, signature_columns
from kg.text.sentences import split_sentences

from conftest import ID

DOC = URIRef(ID + "doc/test")


def tail(iri) -> str:
    return str(iri).rsplit("/", 1)[-1]

REPORT = """Report of the Panel delegation on its visit to Chengdu

1.1   This report sets out what the delegation saw on its visit to Chengdu in March 2031.

1.2   The delegation comprised the following Members:

      Hon Peter KWAN Tak-shing (Chairman of the Panel on Transport, leader of the delegation)
      Dr Hon Mandy SO Wai-ling (Deputy Chairman of the Panel on Transport)
      Ir Hon TAM Chun-kit

Day 1 (Monday, 10 March 2031)

2.1   The delegation called on the Vice Governor in the morning.

2.2   In the afternoon, the delegation toured the new metro depot.

Day 2 (Tuesday, 11 March 2031)

2.3   The delegation visited the river port.

Part 3   Observations

3.1   The delegation found the visit useful.
"""


def test_a_reports_paragraph_numbers_are_taken_off():
    paragraphs = clean(REPORT).paragraphs
    assert paragraphs[0] == "This report sets out what the delegation saw on its visit to Chengdu in March 2031."
    assert not any(p[:1].isdigit() for p in paragraphs)


def test_a_figure_that_opens_a_sentence_is_no_paragraph_number():
    body = "Visitors\n\n2.1 million visitors came in May.\n\n3.4 million came in June.\n"
    assert clean(body).paragraphs == ["2.1 million visitors came in May.", "3.4 million came in June."]
    body = "Notes\n\n2.1 The first note is here.\n\nThe second note is not numbered.\n"
    assert clean(body).paragraphs[0].startswith("2.1 The first note")  # one number alone: no numbered report


def test_members_listed_one_a_line_are_one_sentence_with_their_posts():
    listed = next(p for p in clean(REPORT).paragraphs if p.startswith("The delegation comprised"))
    assert listed == ("The delegation comprised the following Members: the Hon Peter KWAN Tak-shing, Chairman of the Panel on "
                      "Transport, leader of the delegation; Dr the Hon Mandy SO Wai-ling, Deputy Chairman of the Panel on "
                      "Transport; Ir the Hon TAM Chun-kit.")


def test_lines_under_a_lead_in_that_are_no_names_are_no_list_of_members():
    body = ("Highlights\n\nThe programme of the visit covered the following:\n\nOpening of the new depot\nSite visit to the port\n\n"
            "The visit ended on Friday.\n")
    assert "Opening" not in " ".join(clean(body).paragraphs)
    body = "Members\n\nThe delegation comprised the following Members:\n\nHon Peter KWAN Tak-shing\n\nThe visit ended on Friday.\n"
    assert "Hon Peter" not in " ".join(clean(body).paragraphs)  # one name alone is no list


def test_a_programmes_day_heading_dates_the_paragraphs_of_its_day():
    cleaned = clean(REPORT)
    days = {cleaned.paragraphs[i][:40]: day for i, day in cleaned.paragraph_dates.items()}
    assert days == {"The delegation called on the Vice Govern": date(2031, 3, 10),
                    "In the afternoon, the delegation toured ": date(2031, 3, 10),
                    "The delegation visited the river port.": date(2031, 3, 11)}  # not "Part 3"'s paragraph


def test_day_headings_of_several_styles_and_near_misses():
    assert day_heading("Day 1 (Monday, 10 March 2031)") == date(2031, 3, 10)
    assert day_heading("Tuesday, 11 March 2031") == date(2031, 3, 11)
    assert day_heading("12 March 2031 (Wednesday)") == date(2031, 3, 12)
    assert day_heading("Day 3: March 13, 2031") == date(2031, 3, 13)
    assert day_heading("Day 2") is None
    assert day_heading("Day 2 (Tuesday)") is None
    assert day_heading("On Monday, 10 March 2031 the delegation left.") is None
    assert day_heading("11 March 2031") is None  # a date alone heads only the line under it (a gallery's caption)


def test_a_run_of_coming_dates_are_statements():
    body = ("Youth week\n\nThe week opened today.\n\nWhat's next?\n\nJuly 21: Youth Innovation Forum, at the Riverside Park\n"
            "July 23: Youth football friendly, at the City Stadium\nNovember: the final of the Youth Science Contest, in Macao\n")
    assert clean(body).paragraphs[2:] == ["July 21: Youth Innovation Forum, at the Riverside Park.",
                                          "July 23: Youth football friendly, at the City Stadium.",
                                          "November: the final of the Youth Science Contest, in Macao."]


def test_a_date_line_alone_is_no_run_of_coming_dates():
    body = "Youth week\n\nThe week opened today.\n\nJuly 21: Youth Innovation Forum\n\nMore to come\n"
    assert clean(body).paragraphs == ["The week opened today."]
    assert not DATED_ITEM.match("Julyan: a name")


def test_a_bylines_stamp_dates_the_page():
    assert clean("Home > World\n\nUpdated 21:14, 06-Nov-2031\nCity TV\n\nThe fair opened.\n").published == date(2031, 11, 6)
    assert byline_date("06-Nov-2031 21:14 | City TV") == date(2031, 11, 6)
    assert clean("Updated 21:14, 08-Nov-2031\n\nThe fair opened.\n\nEnds/Thursday, November 6, 2031\n").published == date(2031, 11, 6)


def test_a_stamp_in_a_sentence_is_no_byline():
    assert byline_date("The system logged the entry at 2031-07-19 12:06 and closed it.") is None
    assert byline_date("Updated 06-Nov-2031") is None  # no time: the stamp lines of the cleaner read it
    assert byline_date("City Release 2031-07-19 12:06 Posted in Chengdu") is None  # an ISO stamp: left out
    assert clean("The fair\n\nThe log shows 2031-07-19 12:06 as the time of the entry, a source said.\n").published is None


def test_an_underlined_headline_is_the_title_and_a_bar_of_links_is_not():
    body = ("Press Releases | City Bureau\nHome > News > 2031\n\nCity bureau holds fair in Chengdu\n"
            "*********************************\n\nThe bureau held a fair today.\n")
    assert clean(body).title == "City bureau holds fair in Chengdu"
    body = "Home | Press Releases | City Bureau\n\nCity bureau holds fair in Chengdu\n\nThe bureau held a fair today.\n"
    assert clean(body).title == "City bureau holds fair in Chengdu"
    assert clean("城市局\nCity Bureau\n\nThe bureau held a fair today.\n").title == "City Bureau"
    assert clean("Fair held | City Bureau\n\nThe bureau held a fair today.\n", title="Fair held").title == "Fair held"
    assert not LINK_BAR.match("Fair held in Chengdu, the bureau said | more.")


def test_a_headline_made_a_statement_is_dropped_as_the_title():
    body = "Notes of the bureau\n\nSeventh Plenary Session of the City Co-operation Conference\n\nThe session was held.\n"
    cleaned = clean(body, title="Seventh Plenary Session of the City Co-operation Conference")
    assert cleaned.paragraphs == ["The session was held."]


def test_the_last_headline_of_a_sidebar_is_no_truncated_text():
    body = ("Fair opens\n\nThe city held a fair today, the bureau said.\n\nRELATED STORIES\n"
            "- City fair draws a record number of traders from the region\n"
            "- City and port sign nine deals at the trade conference session\n")
    assert clean(body).paragraphs == ["The city held a fair today, the bureau said."]
    body = "Fair opens\n\nThe city held a fair today, the bureau said.\n\nThe traders came from the whole region and they said that the"
    assert clean(body).paragraphs[-1].endswith("they said that the")  # a stored copy cut short: its text stays


def test_the_shape_patterns_fail_fast_on_long_lines():
    lines = ["a |" * 3000, "Day 1 (" + "Monday, " * 2000, "July 21" + " 1" * 3000 + ":", "12:06 " * 3000 + "x"]
    start = time.perf_counter()
    for line in lines:
        LINK_BAR.match(line), DAY_HEADING.match(line), DATED_ITEM.match(line), BYLINE_STAMP.search(line)
    for line in ["* " + "word " * 5000 + "!", "Deputy " * 3000 + "x", "Ada " * 3000 + "1", "For the " * 3000 + "x"]:
        FACT.match(line), POST.match(line), NAME.match(line), FOR_BODY.match(line)
    signature_columns("\n".join(["Ada Quell   " * 200 + "x"] * 200))
    assert time.perf_counter() - start < 0.5


def test_a_panel_on_its_subject_is_the_body_of_a_listed_members_post(reference):
    cleaned = clean(REPORT)
    found = extract(split_sentences(cleaned.paragraphs), title=None, published=date(2031, 3, 20), doc=DOC, reference=reference)
    posts = {(tail(s), tail(o)) for s, o in found.pairs(ORG.holds)}
    assert ("peter-kwan-tak-shing", "chairman-of-panel-on-transport") in posts
    assert ("mandy-so-wai-ling", "deputy-chairman-of-panel-on-transport") in posts
    body = "Talks\n\nMs Ada KO Wai-yi, Chairman of the Panel on Monday, spoke.\n"  # no body is "on" a day
    found = extract(split_sentences(clean(body).paragraphs), title=None, published=date(2031, 3, 20), doc=DOC, reference=reference)
    assert not any("monday" in tail(o) for _, o in found.pairs(ORG.holds))


STATEMENT = """Joint statement on port co-operation

The two port authorities issued the following joint statement today.

Article 1
The two sides will set up a joint working group on green shipping.

Fast facts
* The port handled 20 million containers last year
* More than 300 shipping lines call at the port

Signed in Ningbo on 3 May 2031.

For the Riverton Port Authority          For the Ningbo Port Commission
Ada QUELL                                Zhou Tianyu
Chairman                                 Director

#PortCooperation #GreenShipping
Like 25   Comment 3   Share
"""


def test_a_factboxs_bullets_are_statements_each():
    paragraphs = clean(STATEMENT).paragraphs
    assert "The port handled 20 million containers last year." in paragraphs
    assert "More than 300 shipping lines call at the port." in paragraphs


def test_bullets_under_no_factbox_heading_stay_out():
    body = "Ports\n\nThe port grew.\n\nMore stories\n* Port handles 20 million containers in record year\n* Lines call at new terminal\n"
    assert clean(body).paragraphs == ["The port grew."]


def test_signatories_in_columns_are_read_down_each_column(reference):
    paragraphs = clean(STATEMENT).paragraphs
    assert paragraphs[-2:] == ["Ada Quell, Chairman of the Riverton Port Authority.", "Zhou Tianyu, Director of the Ningbo Port Commission."]
    found = extract(split_sentences(paragraphs), title=None, published=date(2031, 5, 3), doc=DOC, reference=reference)
    assert ("ada-quell", "chairman-of-the-riverton-port-authority") in {(tail(s), tail(o)) for s, o in found.pairs(ORG.holds)}


def test_columns_of_no_names_and_posts_are_no_signatures():
    body = ("Results\n\nThe fair closed.\n\nVisitors          Exhibitors\n12,000            340\n\n"
            "Ada Quell         Bo Kwan\nwon the prize     came second\n")
    assert not any(p.endswith("of the Visitors.") or p.startswith("Ada Quell,") for p in clean(body).paragraphs)


def test_a_captions_photo_credit_leaves_the_caption_a_sentence():
    body = ("Mayor Ada Quell met the guests.\n\n[Photo] Mayor Ada Quell (right) shakes hands with Bo Tam. "
            "Photo/Riverton Information Office\n")
    assert clean(body, title="Talks").paragraphs[-1] == "[Photo] Mayor Ada Quell (right) shakes hands with Bo Tam."


def test_a_policy_item_s_bureau_tag_does_not_drop_the_item():
    """A supplement's numbered items end with the bureau responsible in brackets; the item is still prose."""
    text = ("Riverton and Harbourside\n\n"
            "3.12  (New) The Harbour Bureau will hold a ferry safety seminar in Riverton in May 2031. (HBB)\n\n"
            "3.13  (Ongoing) The two port boards met twice this year. (DoJ/HBB)\n\n"
            "Ferry Links (Stage 2)\n\nThe end came quickly.")
    kept = clean(text, title="Supplement").paragraphs
    assert "3.12 (New) The Harbour Bureau will hold a ferry safety seminar in Riverton in May 2031." in kept
    assert "3.13 (Ongoing) The two port boards met twice this year." in kept
    assert not any("Stage 2" in p or "(HBB)" in p for p in kept)
