"""Review of the doc17 rules (the shapes of documents): invented pages of press releases, minutes, FAQs,
speeches and council records on which a new rule merges, drops or misreads text (none from a document of the
repository)."""

from rdflib import URIRef
from rdflib.namespace import DCTERMS

from conftest import event_attendees as attendees, held_posts as people, tail

ID = "https://w3id.org/hksh/id/"


def converted(tmp_path, body: str, published: str = "2036-03-20"):
    """The graph of a document converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "page.txt"
    path.write_text(f'---\ntitle: "Leaders meet in Shanghai"\npublished: {published}\nlanguage: en\n---\n{body}')
    return convert(path)


def paragraphs(body: str) -> list[str]:
    from kg.text.clean import clean
    return clean(body).paragraphs




WRAPPED = ("The Chief Executive said that the two cities had worked closely together for many years in\n"
           "finance, trade and culture, and that he looked forward to closer co-operation between the\n"
           "business communities of Hong Kong and Shanghai in the years to come, he told the visitors.\n")


def test_a_heading_over_a_one_line_sentence_is_not_run_into_it(tmp_path):
    # kg/text/wrapping.py join_runs: a heading as wide as the page ran on into the sentence under it, and
    # "... led by the Vice Mayor" + "Mr Hal Brody, Chairman of ..." made Mr Brody the Vice Mayor of Shanghai
    body = ("Chief Executive meets delegation of Shanghai businesses led by the Vice Mayor\n"
            "Mr Hal Brody, Chairman of the Harbour Trade Council, welcomed the delegation on 3 March 2036.\n\n" + WRAPPED)
    assert "vice-mayor-of-shanghai" not in people(converted(tmp_path, body)).get("Hal Brody", set())
    assert "Mr Hal Brody, Chairman of the Harbour Trade Council, welcomed the delegation on 3 March 2036." in paragraphs(body)


def test_a_section_heading_over_a_sentence_keeps_its_own_line():
    body = ("Hong Kong and Shanghai agree to deepen co-operation in finance and trade\n"
            "The Secretary said the two sides would set up a new working group soon.\n\n" + WRAPPED)
    assert "The Secretary said the two sides would set up a new working group soon." in paragraphs(body)


def test_a_sentence_wrapped_at_the_page_width_is_still_joined():
    body = ("The Secretary for Constitutional and Mainland Affairs met the Director of the Hong Kong\n"
            "and Macao Affairs Office of the State Council in Beijing today.\n\n" + WRAPPED)
    assert ("The Secretary for Constitutional and Mainland Affairs met the Director of the Hong Kong and Macao "
            "Affairs Office of the State Council in Beijing today.") in paragraphs(body)


def test_a_numbered_sentence_in_capitals_with_no_story_after_it_is_kept():
    # kg/text/item_lists.py headline: an old telex-style notice in capitals lost its only statement
    body = ("NOTICE\n\n1. THE HARBOUR CULTURE COMMITTEE WILL MEET IN SHANGHAI ON 3 MARCH 2036.\n\n"
            "2. MEMBERS WILL VISIT THE PUDONG MUSEUM ON 4 MARCH 2036.\n")
    kept = paragraphs(body)
    assert any("WILL MEET IN SHANGHAI ON 3 MARCH 2036" in p for p in kept)
    assert any("WILL VISIT THE PUDONG MUSEUM" in p for p in kept)


MINUTES = """Harbour Culture Committee

Minutes of the Fifth Meeting

Date: 3 March 2036
Venue: Conference Room 2, Central Government Offices

Present:
Mr Hal Brody          Chairman
Ms Dora Quill         Director of Culture

In attendance:
Mr Lin Tao            Secretary

Mr Hal Brody, the Chairman, welcomed members and said that the Shanghai Finance Forum would be held in May 2036.

Ms Ada Quell, Chief Curator, briefed members on the exhibition programme for next year, which would open in Shanghai.
"""


def test_prose_after_a_minutes_list_is_not_read_as_its_members(tmp_path):
    # kg/text/minutes.py _list: the list ran on over blank lines and took "Ms Ada Quell, Chief Curator, briefed
    # members ..." for a member in attendance, losing both paragraphs
    kept = paragraphs(MINUTES)
    assert ("Ms Ada Quell, Chief Curator, briefed members on the exhibition programme for next year, which would open "
            "in Shanghai.") in kept
    assert any(p.startswith("Mr Hal Brody, the Chairman, welcomed members") for p in kept)
    assert not any("Ada Quell" in p and "attendance" in p for p in kept)
    assert "Present at the meeting were Mr Hal Brody, Chairman; Ms Dora Quill, Director of Culture." in kept


def test_a_present_line_of_prose_in_minutes_is_kept():
    # kg/text/minutes.py read_minutes: a "Present:" line that lists no one was replaced by nothing
    body = ("Minutes of the Fifth Meeting of the Harbour Culture Committee\n\n"
            "Present: all members except the Vice-Chairman, who was on leave in Shanghai.\n\n"
            "Absent with apologies:\nMr Lin Tao\n\nThe Chairman welcomed members to the meeting.\n")
    kept = paragraphs(body)
    assert any("all members except the Vice-Chairman" in p for p in kept)
    assert "Absent with apologies were Mr Lin Tao." in kept


FAQ = """Frequently asked questions

What is the Hong Kong/Shanghai Co-operation Conference?

It is a high-level mechanism of co-operation between the two governments.

What is the Harbour Youth Exchange Scheme?

It is a scheme that sends students from Hong Kong to work in Shanghai each summer.

When was it set up?

In March 2019, with funding from the two governments.
"""


def test_an_faqs_it_is_what_the_nearest_question_asked_about(tmp_path):
    # kg/text/faq.py read_faq: "it" was the page's first topic, so the scheme's start became the mechanism's founding
    graph = converted(tmp_path, FAQ)
    conference = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
    assert not any("2019" in str(o) for o in graph.objects(conference, DCTERMS.created))
    assert "The Harbour Youth Exchange Scheme was set up in March 2019, with funding from the two governments." in paragraphs(FAQ)


def test_a_speech_headings_host_is_not_the_speaker(tmp_path):
    # kg/extract/speakers.py address_by: the first person after "by" in the heading was taken, the dinner's host
    body = ("Remarks by the Chief Secretary at the reception hosted by Ms Dora Quill (English only)\n\n"
            "This morning I attended the opening ceremony of the Shanghai Finance Forum in Shanghai.\n")
    found = attendees(converted(tmp_path, body))
    assert "dora-quill" not in found.get("Opening ceremony of the Shanghai Finance Forum", set())


def test_a_speech_headings_speaker_is_still_the_speaker(tmp_path):
    body = ("Speech by the Secretary for Constitutional and Mainland Affairs, Mr Hal Brody, at the dinner\n\n"
            "This morning I attended the opening ceremony of the Shanghai Finance Forum in Shanghai.\n")
    assert "hal-brody" in attendees(converted(tmp_path, body))["Opening ceremony of the Shanghai Finance Forum"]


def test_a_turns_label_is_not_the_subject_of_its_first_sentence(tmp_path):
    # kg/text/hansard.py keeps the label at the head of the turn: "Mr Hal Brody (in Cantonese): President, Ms Dora
    # Quill visited Hong Kong" read Mr Brody as the visitor
    body = ("MR HAL BRODY (in Cantonese): President, Ms Dora Quill visited Hong Kong last week.\n\n"
            "MR LIN TAO (in Cantonese): President, I attended the Shanghai Finance Forum in Shanghai on 3 March 2036.\n")
    found = attendees(converted(tmp_path, body))
    assert "Visit of Hal Brody to Hong Kong" not in found
    assert "lin-tao" in found["Shanghai Finance Forum"]
