"""A name on one line and the title on the line under it, as programmes, forewords and letters sign
(kg.text.title_lines). Invented pages; each kind with a near miss."""

from kg.convert import convert
from rdflib.namespace import ORG, RDFS

from kg.text.title_lines import title_lines


def _held(tmp_path, reference, body: str) -> set[tuple[str, str]]:
    doc = tmp_path / "page.txt"
    doc.write_text(body, encoding="utf-8")
    g = convert(doc, reference=reference)
    return {(str(s).rsplit("/", 1)[-1], str(g.value(o, RDFS.label))) for s, o in g.subject_objects(ORG.holds)}


def test_a_programme_speaker_with_the_title_under_the_name(tmp_path, reference):
    held = _held(tmp_path, reference, "Riverton Finance Forum 2036 was held today in Riverton.\n\nPROGRAMME\n\n"
                 "09:30-09:45   Welcome remarks\n              Mr Bo Kettle, GBS, JP\n"
                 "              Secretary for Financial Services and the Treasury, HKSAR Government\n\n"
                 "09:45-10:00   Opening remarks\n              Ms Cy Tambor\n              Vice Mayor of Eastport\n\n"
                 "The forum closed at noon.\n")
    assert ("bo-kettle", "Secretary for Financial Services and the Treasury") in held
    assert ("cy-tambor", "Vice Mayor of Eastport") in held


def test_a_signature_with_the_body_on_a_third_line(tmp_path, reference):
    held = _held(tmp_path, reference, "The exhibition opened in Riverton today and runs to June.\n\n"
                 "I thank every designer who lent us their work.\n\nAda Quell\nChairman\nRiverton Design Council\n")
    assert ("ada-quell", "Chairman of the Riverton Design Council") in held


def test_a_title_wrapped_onto_a_second_indented_line():
    text = "      Mr Bo KETTLE Wing-ping\n      Principal Assistant Secretary for Riverton\n      Affairs (Mainland)\n\nEnd."
    assert "Mr Bo KETTLE Wing-ping, Principal Assistant Secretary for Riverton Affairs (Mainland)." in title_lines(text)


def test_a_heading_over_a_line_of_prose_is_no_name():
    text = "Riverton Design Week\nDirector's message: welcome\n\nSome prose follows."
    assert title_lines(text) == text


def test_a_name_with_no_honorific_inside_a_block_is_left():
    text = "Members of the panel\nBo Kettle\nChairman\nof the board, spoke first and then left the room."
    assert title_lines(text) == text


# --- a who's who: the name alone as a profile's heading, the title opening the paragraph under it --------------------
def test_a_profiles_heading_and_the_title_that_opens_it(tmp_path, reference):
    held = _held(tmp_path, reference, "The two sides met in Riverton on Monday. These are the people at the table.\n\n"
                 "KETTLE Wing-ping, Bo (Riverton)\nDirector of the Riverton Port Office since 2031. Before that he ran "
                 "the city's harbour police for six years.\n\n"
                 "QUELL Ada (Eastport)\nVice Mayor of Eastport since March 2030. She grew up in the old town.\n")
    assert ("bo-kettle-wing-ping", "Director of the Riverton Port Office") in held
    assert ("quell-ada", "Vice Mayor of Eastport") in held
    assert len(held) == 2


def test_a_headline_over_a_paragraph_that_opens_with_a_sentence_is_no_profile(tmp_path, reference):
    text = "Kettle Visits Riverton\nMayor Quell said the visit was a success.\n\nMore prose follows."
    assert title_lines(text) == text
    held = _held(tmp_path, reference, "The port opened in Riverton today.\n\nBo Kettle Opens Port\n"
                 "Director of the Riverton Port Office Cy Tambor welcomed the guests.\n")
    assert not any(person.startswith("bo-kettle") for person, _ in held)


def test_the_hons_name_over_an_indented_title_is_an_officials(tmp_path, reference):
    held = _held(tmp_path, reference, "Our patrons are listed below.\n\nHonorary Patrons\n"
                 "   The Hon Mrs Ada QUELL Mei-lin, GBS, JP\n      Secretary for Justice, HKSAR Government\n"
                 "   Mr Bo KETTLE Wing-ping, SBS\n      Chairman, Riverton Design Council\n\nThe year was a busy one.\n")
    assert ("ada-quell-mei-lin", "Secretary for Justice") in held


def test_a_legislators_line_with_no_title_under_it_stays_a_members_line():
    from kg.text.rosters import members
    assert "The Hon Ada QUELL, JP." in members("Members:\n\n  Hon Ada QUELL, JP\n  Hon Bo KETTLE\n\nEnd.")
