"""A body's other names only where a sentence names it (kg/extract/mentions.py _names_it, kg/extract/orgnames.py
abbreviates_inner and DEICTIC, kg/extract/headed_by.py): a reference in lower case, a short label in other case, a
government's possessive before its bureau, an abbreviation of the body inside a unit's name, and "This Bureau (ABBR)"
record no name; invented pages, each with the near miss that still names the body."""

from kg.evaluate import _names
from kg.namespaces import DEFAULT_BASE
from kg.reference import load_reference

from conftest import held_posts, page_graph

REFERENCE = load_reference()


def names(tmp_path, body: str) -> set[tuple[str, str]]:
    graph = page_graph(tmp_path, body, title="Press release", published="2031-05-06")
    return {(entity.rsplit("/", 1)[-1], name) for entity, name in _names(graph, REFERENCE, DEFAULT_BASE)}


def test_the_municipal_government_in_lower_case_is_no_name(tmp_path):
    body = ("Ms Ada Quell, deputy secretary-general of the municipal government, received the visitors. The "
            "Municipal Government hosted a dinner for them.\n")
    found = names(tmp_path, body)
    assert ("shanghai-municipal-government", "municipal government") in found  # the capitalised one names it
    graph = page_graph(tmp_path, "Ms Ada Quell, deputy secretary-general of the municipal government, received "
                                 "the visitors.\n", title="Press release", published="2031-05-06")
    assert not _names(graph, REFERENCE, DEFAULT_BASE)


def test_a_governments_possessive_before_its_bureau_names_no_government(tmp_path):
    found = names(tmp_path, "The forum was co-organised by the HKSAR government's Riverton Affairs Bureau and a "
                            "Shanghai body.\n")
    assert ("hksar-government", "hksar government") not in found
    found = names(tmp_path, "Mr Bo Kettle said the HKSAR government's work on trade would go on.\n")
    assert ("hksar-government", "hksar government") in found  # the government's work: it is named


def test_a_short_label_in_lower_case_is_no_name(tmp_path):
    found = names(tmp_path, "The pact was signed by Ms Ada Quell, director of the Shanghai office.\n")
    assert not any(name == "shanghai office" for _, name in found)


def test_an_abbreviation_of_the_office_a_department_belongs_to_is_not_the_departments(tmp_path):
    body = ("Attending was Mr Bo Kettle, director-general of the Harbour Affairs Department of the Hong Kong and "
            "Macao Affairs Office of the State Council (HKMAO).\n")
    found = names(tmp_path, body)
    assert not any(name == "hkmao" and "department" in entity for entity, name in found)


def test_this_bureau_defined_by_its_abbreviation_is_no_body_and_heads_nothing(tmp_path):
    body = ("This Bureau (RAB), headed by the Secretary for Constitutional and Mainland Affairs, Mr Bo Kettle, "
            "co-ordinates the work.\n")
    graph = page_graph(tmp_path, body, title="FAQ", published="2013-05-06")
    assert held_posts(graph)["Bo Kettle"] == {"secretary-for-constitutional-and-mainland-affairs"}
    assert not any("this-bureau" in str(s) for s in graph.subjects())
