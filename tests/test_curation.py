"""The curation loop: review lists what is new, decisions in the curation file hold on every rebuild."""

import yaml
from click.testing import CliRunner

from kg.cli import main
from kg.graph.build import build
from kg.graph.dataset import load_dataset

from conftest import ID, SEEDS, ask



def test_review_lists_new_people_with_their_sentences(built):
    result = CliRunner().invoke(main, ["review", "--data", str(built)])
    assert result.exit_code == 0
    assert "new Person: Ye Liang" in result.output
    assert "Ms Ye Liang expressed that Hong Kong is one of the most competitive" in result.output
    assert "new Person: Gong Zheng" not in result.output  # in the reference data


def test_decisions_apply_on_every_build(tmp_path):
    curation = tmp_path / "curation.yaml"
    curation.write_text(yaml.safe_dump({
        "accept": [ID + "person/ye-liang"],
        "merge": {ID + "person/chen-jie": ID + "person/chen-jining"},
        "rename": {ID + "person/qiu-xin": "Qiu Xin (Fudan)"},
        "reject": [{"subject": ID + "person/xi-jinping"},
                   {"subject": ID + "person/chan-kwok-ki", "predicate": "http://www.w3.org/ns/org#holds"}],
    }))
    for attempt in range(2):  # a rebuild keeps every decision
        out = tmp_path / f"dist{attempt}"
        build(documents=SEEDS, out=out, curation=curation)
        data = load_dataset(out / "hksh.trig")
        assert ask(data, f'ASK {{ <{ID}person/ye-liang> hksh:reviewStatus "accepted" }}')
        assert not ask(data, f'ASK {{ <{ID}person/ye-liang> hksh:reviewStatus "unreviewed" }}')
        assert not ask(data, f"ASK {{ <{ID}person/chen-jie> ?p ?o }}")
        assert ask(data, f'ASK {{ <{ID}person/chen-jining> skos:altLabel "Chen Jie"@en ; org:holds <{ID}post/vice-mayor-of-shanghai> }}')
        assert ask(data, f'ASK {{ <{ID}person/qiu-xin> rdfs:label "Qiu Xin (Fudan)"@en ; skos:altLabel "Qiu Xin"@en }}')
        assert not ask(data, f"ASK {{ {{ <{ID}person/xi-jinping> ?p ?o }} UNION {{ ?a oa:hasBody <{ID}person/xi-jinping> }} }}")
        assert not ask(data, f"ASK {{ <{ID}person/chan-kwok-ki> org:holds ?post }}")


def test_a_broken_curation_file_fails_the_build(tmp_path):
    curation = tmp_path / "curation.yaml"
    curation.write_text("reject: [{predicate: x}]\n")
    result = CliRunner().invoke(main, ["build", "--documents", str(SEEDS), "--out", str(tmp_path / "d"),
                                       "--curation", str(curation)])
    assert result.exit_code == 1 and "needs a subject" in result.output
