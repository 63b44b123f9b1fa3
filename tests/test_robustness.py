"""Property-based: the converter never crashes on hostile text, and what it makes always conforms."""

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg.convert import convert
from kg.graph.dataset import ontology_graph
from kg.graph.export import union_graph
from kg.graph.validate import validate_dataset
from kg.rdf.reference_graph import reference_graph
from kg.text.document import DocumentError

FRAGMENTS = [
    "The Chief Executive, Mr John Lee,", "Mr Chan", "Ms Ye Liang", "Vice Mayor of Shanghai Mr Chen Jie",
    "today (June 25)", "tomorrow (June 26)", "on Saturday", "from April 25th to 28th", "in April this year",
    "the 6th Plenary Session of the Hong Kong/Shanghai Co-operation Conference", "the sixth meeting of the",
    "was held in Hong Kong", "visited Shanghai", "attended the", "met with", "organised by the SHETO and",
    "an exhibition to showcase", "signing of the agreement", "13 co-operation areas, including", "finance;",
    "He", "The", ",", ".", ";", "\n\n", "Photo shows", "Ends/Friday, November 3, 2023", "NNNN",
    "<p>", "</div>", "&amp;", "李家超", "滬港合作會議", "ý\u00ff", "\u200b", "Ã©", "(", ")", '"', "Director of the",
    "Mayor", "Party Secretary", "Secretary for Justice", "Lee Ka Chiu", "Li Jiachao", "Gong Zheng,",
]
press_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=80).map(" ".join)
hostile = st.one_of(
    press_like,
    st.text(max_size=400),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=200),
    st.text(alphabet=string.printable, max_size=400).map(lambda t: f"<html><body>{t}</body></html>"),
    st.integers(min_value=1, max_value=20_000).map(lambda n: "word " * n),
)


def conforms(graph) -> bool:
    dataset = Dataset(default_union=True)
    from kg.reference import load_reference

    for part in (ontology_graph(), reference_graph(load_reference()), graph):
        target = dataset.graph(part.identifier)
        for triple in part:
            target.add(triple)
    report = validate_dataset(dataset, union_graph(dataset))
    assert report.conforms, report.text()
    return True


@pytest.mark.slow  # about 50 s
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=hostile, front_matter=st.booleans())
def test_text_never_crashes_and_output_conforms(tmp_path, text, front_matter):
    path = tmp_path / "doc.txt"
    head = "---\ntitle: T\npublished: 2024-06-25\n---\n" if front_matter else ""
    path.write_text(head + text, encoding="utf-8")
    try:
        graph = convert(path)
    except DocumentError as error:
        assert "\n" not in str(error) and str(path) in str(error)
        return
    assert conforms(graph)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_bytes_either_convert_or_fail_with_one_line(tmp_path, data):
    path = tmp_path / "doc.bin.txt"
    path.write_bytes(data)
    try:
        convert(path)
    except DocumentError as error:
        assert "\n" not in str(error)
