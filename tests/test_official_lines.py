"""A list of officials one to a line, "Name, Title", with no bullet, no honorific and no stop, under a heading of
its own (kg.text.official_lines): each line is a sentence. Invented pages; the near misses are a lone line and a
list under a lead-in that already reads it as one sentence."""

from rdflib.namespace import ORG, RDFS

from kg.convert import convert
from kg.text.official_lines import official_lines


def _held(tmp_path, reference, body: str) -> set[tuple[str, str]]:
    doc = tmp_path / "page.txt"
    doc.write_text(body, encoding="utf-8")
    g = convert(doc, reference=reference)
    return {(str(s).rsplit("/", 1)[-1], str(g.value(o, RDFS.label))) for s, o in g.subject_objects(ORG.holds)}


def test_each_line_of_a_list_of_officials_under_a_heading_holds_its_title(tmp_path, reference):
    held = _held(tmp_path, reference, "The two delegations met in Riverton on Monday.\n\nEASTPORT SIDE\n"
                 "Ada Quell, Vice Mayor of Eastport\nBo Kettle, Director, Eastport Port Office\n"
                 "Cy Tambor, Deputy Secretary-General of the Eastport Municipal Government\n\nThe talks lasted two hours.\n")
    assert {("ada-quell", "Vice Mayor of Eastport"), ("bo-kettle", "Director of the Eastport Port Office"),
            ("cy-tambor", "Deputy Secretary-General of the Eastport Municipal Government")} <= held


def test_a_lone_line_is_no_list():
    text = "Talks end\n\nAda Quell, Vice Mayor of Eastport\n\nThe talks lasted two hours.\n"
    assert official_lines(text) == text


def test_a_list_after_a_lead_in_is_left_to_the_lead_in():
    text = "The delegation comprises:\n\nAda Quell, Vice Mayor of Eastport\nBo Kettle, Director, Eastport Port Office\n"
    assert official_lines(text) == text


def test_lines_that_are_no_titles_are_no_list():
    text = "LINKS\nRiverton Port, Annual Report\nEastport Office, Contact Us\n"
    assert official_lines(text) == text
