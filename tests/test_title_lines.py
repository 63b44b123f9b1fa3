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
