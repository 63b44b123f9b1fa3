"""Documents that disagree with each other are reported, not a reason to publish nothing: each document's graph
must conform on its own (with the ontology and the reference data), and what only their union shows is a
warning that names the node, while a document that breaks a shape by itself still fails the build."""

import json

from click.testing import CliRunner

from kg.cli import main
from kg.convert import convert_triples
from kg.graph.build import build
from kg.graph.documents import base_graphs
from kg.graph.export import nt_text
from kg.graph.staged import document_conforms
from kg.namespaces import DEFAULT_BASE
from kg.reference import load_reference

OFFICE = "Hong Kong {} Macao Affairs Office of Zhejiang Province"


def _release(day: str, joiner: str) -> str:
    return (f"---\ntitle: Visit\npublished: 2024-05-{day}\n---\n"
            f"The Secretary for Justice, Mr Paul Lam, met the Director of the {OFFICE.format(joiner)}, "
            f"Mr Wang Hua, today (May {int(day)}) in Hangzhou.\n")


def _session(day: str) -> str:
    return (f"---\ntitle: Session\npublished: 2024-04-{day}\n---\n"
            f"The Chief Executive, Mr John Lee, today (April {int(day)}) co-chaired the Sixth Plenary Session of "
            "the Hong Kong/Shanghai Co-operation Conference in Hong Kong with the Mayor of Shanghai, "
            "Mr Gong Zheng.\n")


def test_one_office_spelt_two_ways_in_two_documents_builds_with_a_warning(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(_release("02", "&"), encoding="utf-8")
    (docs / "b.txt").write_text(_release("09", "and"), encoding="utf-8")
    built = build(documents=docs, out=tmp_path / "dist")
    assert built.report.conforms
    assert any("documents disagree" in line and "hong-kong-and-macao-affairs-office" in line
               for line in built.report.warnings)
    assert "documents disagree" in (tmp_path / "dist" / "shacl-report.txt").read_text()


def test_the_command_says_valid_and_counts_the_warnings(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(_session("11"), encoding="utf-8")
    (docs / "b.txt").write_text(_session("19"), encoding="utf-8")
    out = tmp_path / "dist"
    result = CliRunner().invoke(main, ["build", "--documents", str(docs), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "valid, 1 warning(s)" in result.output and "shacl-report.txt" in result.output
    report = (out / "shacl-report.txt").read_text()
    assert "Warning: check session-conflicting-dates-warning" in report and "2024-04-11" in report
    assert json.loads((out / "manifest.json").read_text())["documents"] == 2
    reviewed = CliRunner().invoke(main, ["review", "--data", str(out)])
    assert reviewed.exit_code == 0 and "Where documents disagree" in reviewed.output
    assert "session-conflicting-dates-warning" in reviewed.output
    checked = CliRunner().invoke(main, ["validate", str(out / "hksh.trig")])
    assert checked.exit_code == 0, checked.output
    assert "session-conflicting-dates-warning" in checked.output


def test_a_union_violation_inside_one_document_stays_a_violation(tmp_path):
    """`kg validate` tells the two apart by how many document graphs describe the node."""
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import ORG, RDF, RDFS

    from kg.graph.export import union_graph
    from kg.graph.validate import validate_dataset

    org = URIRef("https://w3id.org/hksh/id/org/x")
    dataset = Dataset(default_union=True)
    one = dataset.graph(URIRef("https://w3id.org/hksh/id/doc/one"))
    two = dataset.graph(URIRef("https://w3id.org/hksh/id/doc/two"))
    one.add((org, RDF.type, ORG.Organization))
    one.add((org, RDFS.label, Literal("X & Y", lang="en")))
    one.add((org, RDFS.label, Literal("X and Y", lang="en")))
    report = validate_dataset(dataset, union_graph(dataset))
    assert not report.conforms and any("uniqueLang" in line for line in report.violations)
    one.remove((org, RDFS.label, Literal("X and Y", lang="en")))
    two.add((org, RDF.type, ORG.Organization))
    two.add((org, RDFS.label, Literal("X and Y", lang="en")))
    report = validate_dataset(dataset, union_graph(dataset))
    assert report.conforms and any("documents disagree" in line for line in report.warnings)


def test_a_reference_post_named_by_its_full_title_keeps_the_reference_organisation(tmp_path):
    """"the Director-General of Investment Promotion, Ms A" names the reference's post: its organisation is
    Invest Hong Kong, not a body called "Investment Promotion", so the document agrees with the reference."""
    path = tmp_path / "letter.txt"
    path.write_text("---\ntitle: Letter\npublished: 2025-09-16\n---\n"
                    "The letter was signed by the Director-General of Investment Promotion, Ms Alpha Lau, and the "
                    "Director of the Shanghai Foreign Investment Development Board, Mr Tang Jie.\n", encoding="utf-8")
    text = nt_text(convert_triples(path, reference=load_reference())[1])
    post = "<https://w3id.org/hksh/id/post/director-general-of-investment-promotion>"
    assert f"{post} <http://www.w3.org/ns/org#postIn> <https://w3id.org/hksh/id/org/invest-hong-kong> ." in text
    assert f"{post} <http://www.w3.org/ns/org#postIn> <https://w3id.org/hksh/id/org/investment-promotion> ." not in text
    reference = load_reference()
    assert document_conforms(text, "".join(t for _, t in base_graphs(reference, DEFAULT_BASE)))


def test_initials_run_together_or_spaced_name_one_person(tmp_path):
    """Two releases, one writing "TT Tsui" and one "T T Tsui", name one man: one IRI, one label."""
    iris = []
    for n, name in enumerate(("TT Tsui", "T T Tsui")):
        path = tmp_path / f"{n}.txt"
        path.write_text("---\ntitle: Visit\npublished: 2024-05-02\n---\n"
                        f"The Chairman of the Kestrel Shipping Association, Mr {name}, met the Director of the "
                        "Hong Kong Economic and Trade Office in Shanghai today (May 2) in Shanghai.\n", encoding="utf-8")
        text = nt_text(convert_triples(path, reference=load_reference())[1])
        iris.append({line.split(" ")[0] for line in text.splitlines() if "/id/person/" in line.split(" ")[0]})
        assert '"T T Tsui"@en' in text
    assert iris[0] == iris[1] == {"<https://w3id.org/hksh/id/person/t-t-tsui>"}


def test_a_post_written_with_an_ampersand_is_the_post_written_with_and(tmp_path):
    labels = set()
    for n, joiner in enumerate(("&", "and")):
        path = tmp_path / f"{n}.txt"
        path.write_text("---\ntitle: Visit\npublished: 2024-05-02\n---\n"
                        f"The Under Secretary for Constitutional {joiner} Mainland Affairs, Mr Ronald Chan, met the "
                        "Director of the Hong Kong Economic and Trade Office in Shanghai today (May 2).\n",
                        encoding="utf-8")
        text = nt_text(convert_triples(path, reference=load_reference())[1])
        labels |= {line for line in text.splitlines()
                   if "/post/under-secretary" in line.split(" ")[0] and "rdf-schema#label" in line}
    assert len(labels) == 1 and "Constitutional and Mainland Affairs" in labels.pop()



def test_a_patched_build_reports_the_disagreements_a_full_build_reports(tmp_path):
    """The changed graphs' neighbourhood does not hold the nodes two other documents disagree on: the patch
    validates the whole union again, so its report is the full build's, word for word."""
    from kg.graph.cache import ConversionCache
    from kg.reference import REFERENCE_DIR

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(_release("02", "&"), encoding="utf-8")
    (docs / "b.txt").write_text(_release("09", "and"), encoding="utf-8")
    cache = ConversionCache(tmp_path / "cache", reference_dir=REFERENCE_DIR, base=DEFAULT_BASE)
    build(documents=docs, out=tmp_path / "dist", cache=cache)
    (docs / "c.txt").write_text(_session("11"), encoding="utf-8")
    patched = build(documents=docs, out=tmp_path / "dist", cache=cache)
    full = build(documents=docs, out=tmp_path / "full")
    assert patched.patched == 1
    assert patched.report.warnings == full.report.warnings and full.report.warnings
    assert (tmp_path / "dist" / "shacl-report.txt").read_bytes() == (tmp_path / "full" / "shacl-report.txt").read_bytes()


READABLE = ("unseen", "heldout", "heldout2", "heldout3", "heldout5", "heldout7", "heldout15", "heldout17",
            "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24")


def test_every_readable_test_document_builds_together_with_the_shipped_ones(tmp_path):
    """Some 150 documents of many kinds, built together as a user's collection would be: they disagree (the
    synthetic sets invent different dates for one session), and the graph is published with warnings."""
    import shutil

    from conftest import ROOT

    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted((ROOT / "data" / "documents").glob("*.txt")):
        shutil.copy(path, docs / path.name)
    for name in READABLE:
        for path in sorted((ROOT / "tests" / "data" / name).glob("*.txt")):
            shutil.copy(path, docs / f"{name}-{path.name}")
    built = build(documents=docs, out=tmp_path / "dist")
    assert built.documents > 140 and built.report.conforms
    assert any("session-conflicting-dates-warning" in line for line in built.report.warnings)
