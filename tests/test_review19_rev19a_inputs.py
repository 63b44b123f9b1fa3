"""Review of the doc18 and off18 rules (shapes of documents, people and posts): invented pages of programmes,
rundowns, delegation tables and posts of coming dates on which a new rule dates, drops or misreads text (none from
a document of the repository)."""

from conftest import event_attendees as attendees, event_starts as starts, held_posts as people, page_graph


def converted(tmp_path, body: str, published: str = "2036-03-20"):
    return page_graph(tmp_path, body, title="Leaders meet in Shanghai", published=published)


PROGRAMME = ("Programme\n\nDay 2 (Tuesday, 15 May 2036)\n\nThe delegation visited the Zhangjiang Science City.\n\n"
             "The Hong Kong/Shanghai Co-operation Conference was established in 2003. Its first plenary session was "
             "held in Shanghai in October 2004.\n\nThe Riverton Trade Forum was founded by the two cities.\n")


def test_a_day_heading_does_not_date_background_after_a_paragraph_of_another_year(tmp_path):
    # kg/text/clean.py (day_heading sections): a programme's "Day 2" heading dated every paragraph after it, the
    # background too: "The Riverton Trade Forum was founded by the two cities." started on 15 May 2036
    found = starts(converted(tmp_path, PROGRAMME))
    assert not any("2036-05-15" in days for name, days in found.items() if "riverton" in name), found


def test_a_day_heading_still_dates_the_days_first_paragraph(tmp_path):
    found = starts(converted(tmp_path, PROGRAMME))
    assert any("2036-05-15" in days for name, days in found.items() if "zhangjiang" in name), found


DELEGATIONS = ("The two delegations met in Shanghai on 3 March 2036.\n\n"
               "Hong Kong Delegation             Shanghai Delegation\n"
               "Mr Hal Brody                     Mr Zhou Tianyu\n"
               "Chief Secretary for Administration    Executive Vice Mayor\n"
               "Ms Dora Quill                    Ms Li Ming\n"
               "Secretary for Commerce           Deputy Secretary-General\n")


def test_rows_after_a_column_block_of_signatories_are_not_dropped(tmp_path):
    # kg/text/signatures.py signature_columns: the block read its first two rows and skipped the next ones (up to
    # six), so the second pair of the delegations' table was lost
    names = set(people(converted(tmp_path, DELEGATIONS)))
    assert {"Hal Brody", "Zhou Tianyu"} <= names
    assert {"Dora Quill", "Li Ming"} <= names, names


def test_a_rundowns_clock_times_are_no_paragraph_numbers(tmp_path):
    # kg/text/page_shapes.py PARA_NUMBER: "9.30", "10.15" were taken off as a report's paragraph numbers, and the
    # rundown's lines, left as headings, were dropped with the opening ceremony they name
    body = ("Rundown\n\n9.30 Arrival of guests at the Riverton Expo Centre\n10.15 Opening ceremony of the Riverton Forum\n"
            "11.00 Keynote speech by Mr Hal Brody\n")
    assert "Opening ceremony of the Riverton Forum" in attendees(converted(tmp_path, body))


def test_a_reports_numbered_paragraphs_still_lose_their_numbers():
    from kg.text.clean import clean
    body = ("1.1 The Riverton Trade Council met in Shanghai on 3 March 2036.\n\n"
            "1.2 Members agreed to hold the next forum in Hong Kong.\n\n"
            "1.10 The meeting closed at noon.\n")
    assert clean(body).paragraphs[0].startswith("The Riverton Trade Council")


COMING = ("What's coming?\n\nMay 21: Riverton Youth Forum, at the Riverton Park\n"
          "June 3: Riverton youth football friendly, at the Riverton Stadium\n")


def test_a_posts_coming_dates_are_not_dated_a_year_back(tmp_path):
    # kg/text/page_shapes.py DATED_ITEM: a post's run of coming dates, made statements with no future tense, were
    # dated in the year before the post: "May 21" in a post of 20 March 2036 as 21 May 2035
    found = starts(converted(tmp_path, COMING))
    assert not any(day.startswith("2035") for days in found.values() for day in days), found


def test_a_person_whose_family_name_is_a_firms_word_is_still_read(tmp_path):
    # kg/extract/patterns.py FIRM_WORDS: "Co", a family name (Filipino-Chinese), became a word never in a name, and
    # "Mr Henry Co, Chairman of ..." gave no person and no post
    body = "Mr Henry Co, Chairman of the Riverton Trade Council, attended the forum.\n"
    assert people(converted(tmp_path, body)).get("Henry Co")


def test_a_firms_word_still_ends_no_persons_name(tmp_path):
    body = "The Managing Director of Victoria Capital Partners, Ms Dora Quill, spoke at the forum.\n"
    found = people(converted(tmp_path, body))
    assert "Dora Quill" in found and not any("Partners" in name for name in found)


def test_a_readers_comment_stamp_at_the_foot_does_not_date_the_page():
    # kg/text/page_shapes.py byline_date: a stamp anywhere on the page dated it, a reader's comment under the story
    # too, a year later, and "yesterday" with it
    from kg.text.clean import clean
    body = ("Leaders meet\n\nThe Riverton Trade Forum was held in Shanghai yesterday.\n\nComments (2)\n\n"
            "RiverFan  replied 21:14, 06-Nov-2037\n\nGreat forum, I was there.\n")
    assert clean(body).published is None


def test_a_bylines_stamp_at_the_head_still_dates_the_page():
    from kg.text.clean import clean
    body = "Leaders meet\n\nBy Ada Quell  Updated 21:14, 06-Nov-2036\n\nThe Riverton Trade Forum was held in Shanghai.\n"
    assert str(clean(body).published) == "2036-11-06"
