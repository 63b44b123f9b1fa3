"""Shapes of documents: lines hard-wrapped in short blocks, a chronology's date headings, record lines that
differ in their figures, a footer's revision date, a meeting's minutes (invented texts, none from a document of
the repository; each with a near miss that must not give the shape's reading)."""

import time
from datetime import date

from rdflib import URIRef
from rdflib.namespace import ORG, RDFS, SDO

from kg.extract.document import extract
from kg.text.clean import clean
from kg.text.minutes import read_minutes
from kg.text.sentences import split_sentences
from kg.text.wrapping import DATE_HEAD, date_headings

from conftest import ID

DOC = URIRef(ID + "doc/test")
WIDTH = "x" * 96 + "."  # a line that sets the page's width


def paragraphs(body: str) -> list[str]:
    return clean(body).paragraphs


def facts(reference, body: str, published=None):
    cleaned = clean(body)
    return extract(split_sentences(cleaned.paragraphs), title=None, published=published, doc=DOC, reference=reference,
                   paragraph_dates=cleaned.paragraph_dates)


def tail(iri) -> str:
    return str(iri).rsplit("/", 1)[-1]


def test_a_two_line_block_wrapped_at_the_page_width_is_one_paragraph():
    body = (f"Opening\n\n{WIDTH}\n\nThe bureau said that the two cities would set up a joint office for the trade fair in\n"
            "Pudong next spring. It gave no date.\n\nAnother full line of the page, as wide as the others are, and it ends here.\n")
    assert "The bureau said that the two cities would set up a joint office for the trade fair in Pudong next spring." \
        in " ".join(paragraphs(body))


def test_a_short_heading_over_a_line_is_not_joined_to_it():
    body = (f"Opening\n\n{WIDTH}\n\nA short heading\nThe bureau said that the two cities would set up a joint office in Pudong.\n\n"
            "Another full line of the page, as wide as the others are, and it ends here with a stop.\n")
    kept = paragraphs(body)
    assert "The bureau said that the two cities would set up a joint office in Pudong." in kept
    assert not any(p.startswith("A short heading The bureau") for p in kept)


def test_a_line_ending_with_a_stop_or_a_colon_does_not_run_on():
    body = (f"{WIDTH}\n\nThe delegation will visit the port, the science park and the exchange on the first day:\n"
            "- the port;\n- the park.\n\nAnother full line of the page, as wide as the others are, and it ends here.\n")
    assert not any("day: - the" in p and "day: -" in p for p in paragraphs(body))


def test_a_chronology_dates_each_block_by_its_heading():
    lines = ["Milestones", "", "5 March 2004", "The forum opens in Pudong.", "", "2019-06-02", "The bridge opens.", "",
             "Sept 2008", "The office moves.", "", "2031", "The next forum, in Hong Kong."]
    out = date_headings(lines)
    assert "5 March 2004, The forum opens in Pudong." in out
    assert "2 June 2019, The bridge opens." in out  # a date in figures is written out
    assert "Sept 2008, The office moves." in out and "2031, The next forum, in Hong Kong." in out


def test_a_single_date_line_is_no_chronology():
    lines = ["Notice", "", "5 March 2004", "The forum opens in Pudong.", "", "Ends"]
    assert date_headings(lines) == lines


def test_day_first_figures_and_ranges_are_date_headings():
    for head in ("21.8.2018", "3/11/2022", "1 May - 31 October 2010", "Apr 11, 2024", "23 Aug 2021", "March 2009"):
        assert DATE_HEAD.fullmatch(head), head
    for line in ("Item 3", "Room 2018", "21.8.2018 Shanghai"):
        assert not DATE_HEAD.fullmatch(line), line
    assert date_headings(["21.8.2018", "A.", "", "3/11/2022", "B."])[0] == "21 August 2018, A."


def test_date_heading_pattern_fails_fast():
    start = time.perf_counter()
    DATE_HEAD.fullmatch("1 " * 5000 + "x")
    DATE_HEAD.fullmatch("May - " * 3000)
    assert time.perf_counter() - start < 0.5


def test_chronology_sessions_take_their_headings_dates(reference):
    body = ("Key dates of the Hong Kong/Shanghai Co-operation Conference\n\n"
            "The Hong Kong/Shanghai Co-operation Conference is the platform of the two cities. Its milestones follow.\n\n"
            "2031-03-04\nNinth Plenary Session, Hong Kong.\n\n17.9.2033\nTenth Plenary Session, Shanghai.\n")
    f = facts(reference, body)
    days = sorted(str(d) for s, d in f.pairs(SDO.startDate) if "/session/" in str(s))
    assert days == ["2031-03-04", "2033-09-17"]


def test_record_lines_differing_in_figures_are_both_kept():
    one = "Ninth Plenary Session, Government House, Hong Kong. Co-chairs: the Chief Executive; the Mayor. 11 agreements signed."
    two = "Tenth Plenary Session, Government House, Hong Kong. Co-chairs: the Chief Executive; the Mayor. 14 agreements signed."
    assert len(paragraphs(f"{one}\n\n{two}\n")) == 2
    assert len(paragraphs(f"{one}\n\n{one.replace('Government', 'government')}\n")) == 1  # printed twice


def test_a_footers_revision_date_dates_the_page():
    body = "Questions\n\nThe office is open on weekdays.\n\n2031 (c) | Privacy policy | Notices    Last revision date: 4 May 2032\n"
    assert clean(body).published == date(2032, 5, 4)
    assert clean("Questions\n\nThe office is open on weekdays. It was revised on 4 May 2032 for the fair.\n").published is None


MINUTES = """Working Group on Port Logistics

Minutes of the Fifth Meeting

Date:   Friday, 6 June 2031
Time:   10:00 am - 12:00 noon
Venue:  Room 4, Central Government Offices, Hong Kong

Present:

Hong Kong side
  Mr Ko Wing-yan, JP            Permanent Secretary for Transport and Logistics (Co-chair)
  Ms Fan Siu-ling               Assistant Director, Marine Department

Shanghai side
  Mr Zhou Tianyu                Deputy Director, Shanghai Municipal Transportation Commission (Co-chair)

In attendance:
  Ms Yung Hoi-ting              Executive Officer, Transport and Logistics Bureau (Secretary)

Absent with apologies:
  Dr Qiu Jinwen                 Director, Shanghai Port Research Institute

1.   Mr Ko welcomed members to the meeting.
"""


def test_minutes_tell_their_meeting_and_who_was_present():
    text = read_minutes(MINUTES)
    assert "The Fifth Meeting of the Working Group on Port Logistics was held at Room 4, Central Government Offices, " \
           "Hong Kong on Friday, 6 June 2031." in text
    assert ("Present at the meeting were Mr Ko Wing-yan, Permanent Secretary for Transport and Logistics; Ms Fan Siu-ling, "
            "Assistant Director of the Marine Department; Mr Zhou Tianyu, Deputy Director of the Shanghai Municipal "
            "Transportation Commission.") in text
    assert "Absent with apologies were Dr Qiu Jinwen, Director of the Shanghai Port Research Institute." in text


def test_minutes_people_present_attend_and_absent_do_not(reference):
    f = facts(reference, MINUTES)
    meeting = next(s for s, o in f.pairs(RDFS.label) if "fifth meeting" in str(o).lower())
    attendees = {tail(a) for a in f.objects(meeting, SDO.attendee)}
    assert {"ko-wing-yan", "fan-siu-ling", "zhou-tianyu", "yung-hoi-ting"} <= attendees
    assert "qiu-jinwen" not in attendees
    assert {"2031-06-06"} == {str(d) for d in f.objects(meeting, SDO.startDate)}
    assert any(tail(p) == "qiu-jinwen" for p, _ in f.pairs(ORG.holds))


def test_a_list_of_people_present_in_a_report_is_no_minutes():
    body = "Present: Mr Ko Wing-yan and Ms Fan Siu-ling\n\nThe officials toured the port."
    assert read_minutes(body) == body
    notes = "Minutes of the meeting are available.\n\nThe bureau said the members present agreed."
    assert read_minutes(notes) == notes


HANSARD = """OFFICIAL RECORD OF PROCEEDINGS

PUBLIC OFFICER ATTENDING:

THE HONOURABLE TAM KIN-MAN, SBS, JP
SECRETARY FOR TRANSPORT AND LOGISTICS

PRESIDENT (in Cantonese): Mr HUI Wing-kei will move the motion.

MR HUI WING-KEI (in Cantonese): President, I move the motion.

On 4 June 2031, I attended the Pudong River Ports Forum in Shanghai.

SECRETARY FOR TRANSPORT AND LOGISTICS (in English): President, I thank Mr HUI Wing-kei.

On 5 June 2031, I met the Mayor of Shanghai, Mr Gong Zheng, in Shanghai.
"""


def test_hansard_labels_and_surnames_are_read_in_ordinary_case():
    from kg.text.hansard import ordinary_case, read_hansard
    text = read_hansard(HANSARD)
    assert "Mr Hui Wing-kei (in Cantonese): President, I move the motion." in text
    assert "Tam Kin-man, Secretary for Transport and Logistics." in text
    assert "I thank Mr Hui Wing-kei." in text
    assert ordinary_case("SECRETARY FOR CONSTITUTIONAL AND MAINLAND AFFAIRS") == "Secretary for Constitutional and Mainland Affairs"
    plain = "THE REPORT: The bureau's view is clear.\n\nMr Chan (Director): The plan is ready."
    assert read_hansard(plain) == plain  # one label in capitals, none with a language or "President,"


def test_each_turns_speaker_is_i(reference):
    f = facts(reference, HANSARD)
    by_label = {str(o).lower(): s for s, o in f.pairs(RDFS.label) if "/event/" in str(s)}
    forum = next(s for label, s in by_label.items() if "forum" in label)
    assert {tail(a) for a in f.objects(forum, SDO.attendee)} == {"hui-wing-kei"}
    met = [s for label, s in by_label.items() if "gong" in label or "mayor" in label or "meeting" in label]
    assert any("tam-kin-man" in {tail(a) for a in f.objects(s, SDO.attendee)} for s in met)


def test_a_quoted_speaker_in_running_text_is_no_turn(reference):
    body = ("The Secretary said: I attended the Pudong River Ports Forum in Shanghai on 4 June 2031.\n\n"
            "Mr Hui Wing-kei, a lawmaker, said the forum was useful.\n")
    f = facts(reference, body)
    assert "hui-wing-kei" not in {tail(a) for _, a in f.pairs(SDO.attendee)}


FAQ = """Frequently asked questions

Q1. What is the Hong Kong/Shanghai Co-operation Conference?

It is the mechanism through which the two governments plan their co-operation.

Q2. When was it set up?

In March 2004, under another name.

Q3. How can I take part?

In many ways: see the events page.
"""


def test_an_faq_answer_is_read_with_its_question():
    from kg.text.faq import read_faq
    out = read_faq(clean(FAQ).paragraphs)
    assert "The Hong Kong/Shanghai Co-operation Conference was set up in March 2004, under another name." in out
    assert "In many ways: see the events page." in out  # a "How" question is no "When"


def test_an_faq_answer_gives_the_mechanisms_founding(reference):
    f = facts(reference, FAQ)
    from rdflib.namespace import DCTERMS
    assert {str(d) for _, d in f.pairs(DCTERMS.created)} == {"2004-03"}


def test_a_single_question_is_no_faq():
    from kg.text.faq import read_faq
    paras = ["When was it set up?", "In March 2004, under another name."]
    assert read_faq(paras) == paras


def test_a_digests_numbered_headline_in_capitals_is_no_statement():
    body = ("Bulletin\n\n1. PUDONG FORUM DRAWS RECORD CROWD OF SHIPOWNERS\n\n"
            "The Pudong River Ports Forum was held in Shanghai on 4 June 2031.\n\n2. Finance\n\n(1) FINANCE\n")
    kept = paragraphs(body)
    assert "1. PUDONG FORUM DRAWS RECORD CROWD OF SHIPOWNERS" not in kept
    assert "The Pudong River Ports Forum was held in Shanghai on 4 June 2031." in kept
    assert "2. Finance" in kept and "(1) FINANCE" in kept  # a list's headings, in any case, are kept


def test_a_chinese_name_is_found_inside_chinese_text(reference):
    from kg.extract.gazetteer import Gazetteer
    found = Gazetteer(reference).find("去年十月在上海舉行的滬港合作會議第七次全體會議")
    assert [m.kind for m in found] == ["conf"]
    assert not Gazetteer(reference).find("Shanghaiese and Hongkongers")  # letters still bound a name


def test_a_speech_heading_makes_its_speaker_i(reference):
    body = ("The 2031 Policy Address\n\nAddress by the Chief Executive, the Hon John Lee Ka-chiu, GBM, at the Legislative Council meeting on\n"
            "4 October 2031 (excerpt)\n\n"
            "Last week, I attended the Pudong River Ports Forum in Shanghai.\n")
    f = facts(reference, body, published=date(2031, 10, 4))
    assert "john-lee-ka-chiu" in {tail(a) for _, a in f.pairs(SDO.attendee)}
    other = body.replace("Address by", "A report on the address by")
    assert "john-lee-ka-chiu" not in {tail(a) for _, a in facts(reference, other, published=date(2031, 10, 4)).pairs(SDO.attendee)}


def test_shape_patterns_fail_fast_on_long_lines():
    from kg.extract.speakers import TURN
    from kg.text.hansard import CAPITAL_SURNAME, LABEL
    from kg.text.item_lists import HEADLINE
    from kg.text.minutes import ALONE, ENTRY, GROUP, POST_BODY
    lines = ["  Mr " + "Ab-" * 3000, "Mr " + "A-B " * 3000 + "x", "A" * 5000 + " " * 5000 + "x", "1. " + "AB " * 3000 + "a",
             "MR " + "LAU " * 3000 + "(in", "Mr ⟦person:0⟧ " + "Ab " * 3000, "Ab-" * 3000 + ",", "Mr " + "Ab-" * 3000]
    start = time.perf_counter()
    for line in lines:
        for pattern in (ENTRY, ALONE, GROUP, POST_BODY, LABEL, HEADLINE, TURN, CAPITAL_SURNAME):
            pattern.search(line)
    assert time.perf_counter() - start < 1.0
