"""Extraction quality against the gold standard: the thresholds of the quality contract."""

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import GOLD, GoldError, Score, _norm, evaluate, load_gold, pair_labels


@pytest.fixture(scope="module")
def seeds():
    return evaluate(GOLD)


@pytest.fixture(scope="module")
def dev():
    return evaluate(GOLD / "unseen")


def test_seed_documents_meet_the_quality_bar(seeds):
    assert len(seeds["documents"]) == 5
    assert seeds["overall"]["precision"] >= 0.95 and seeds["overall"]["recall"] >= 0.90


def test_development_documents_meet_the_quality_bar(dev):
    assert len(dev["documents"]) == 3
    assert dev["overall"]["precision"] >= 0.95 and dev["overall"]["recall"] >= 0.90


@pytest.fixture(scope="module")
def corpus():
    return evaluate(GOLD / "corpus")


# Issue 13's bar for the 22 corpus texts: precision >= 0.95 and recall >= 0.85, overall and for posts,
# sessions, areas and agreements each: it is met and held. The figures reached are held as a floor too, so
# that nothing slips back (events, whose recall is lower, included).
CORPUS_FLOOR = {"posts": (1.0, 1.0), "sessions": (0.95, 0.85), "areas": (0.96, 0.92), "agreements": (1.0, 1.0),
                "names": (0.91, 0.95), "events": (0.95, 0.83), "overall": (0.96, 0.87)}


def assert_floor(result: dict, documents: int, kind: str, floor: tuple[float, float]) -> None:
    """A gold set's scores for one fact type (or overall) are at least the figures reached."""
    assert len(result["documents"]) == documents
    scores = result["overall"] if kind == "overall" else result["types"][kind]
    assert scores["precision"] >= floor[0] and scores["recall"] >= floor[1], scores


@pytest.mark.parametrize("kind", sorted(CORPUS_FLOOR))
def test_corpus_does_not_fall_below_the_figures_reached(corpus, kind):
    assert_floor(corpus, 22, kind, CORPUS_FLOOR[kind])


@pytest.mark.parametrize("kind", ["posts", "sessions", "areas", "agreements", "overall"])
def test_corpus_meets_the_issue_13_bar(corpus, kind):
    scores = corpus["overall"] if kind == "overall" else corpus["types"][kind]
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.85


def test_every_fact_type_is_reported(seeds):
    assert set(seeds["types"]) == {"posts", "sessions", "events", "areas", "agreements", "names", "mechanism"}


def test_scores_count_what_they_say():
    score = Score(gold={1, 2, 3, 4}, found={3, 4, 5})
    assert (score.precision, score.recall, round(score.f1, 3)) == (2 / 3, 0.5, 0.571)


def test_a_wrong_fact_in_the_gold_lowers_recall(tmp_path):
    text = (GOLD / "004_794770668342d17e.yaml").read_text().replace('date: "2021-08"', 'date: "2021-09"')
    (tmp_path / "x.yaml").write_text(text)
    result = evaluate(tmp_path)
    assert "004_794770668342d17e | date | 5 | 2021-09" in result["types"]["sessions"]["missed"]
    assert "004_794770668342d17e | date | 5 | 2021-08" in result["types"]["sessions"]["spurious"]


def test_bad_gold_file(tmp_path):
    (tmp_path / "bad.yaml").write_text("posts: []\n")
    with pytest.raises(GoldError, match="document"):
        load_gold(tmp_path / "bad.yaml")


def test_a_comma_in_an_unquoted_gold_value_is_an_error(tmp_path):
    (tmp_path / "x.yaml").write_text("document: x.txt\nposts:\n  - {person: A B, post: Secretary for Culture, Sports and Tourism}\n")
    with pytest.raises(GoldError, match="x.yaml: posts item .* unknown key 'Sports and Tourism'"):
        load_gold(tmp_path / "x.yaml")


def test_every_gold_file_loads():
    for path in sorted(GOLD.rglob("*.yaml")):
        load_gold(path)


def test_cli_table_and_json():
    runner = CliRunner()
    table = runner.invoke(main, ["evaluate"])
    assert table.exit_code == 0 and table.output.startswith("fact type") and "overall" in table.output
    data = json.loads(runner.invoke(main, ["evaluate", str(GOLD / "unseen"), "--json"]).output)
    assert set(data["overall"]) >= {"precision", "recall", "f1", "missed", "spurious"}


def test_a_gold_label_pairs_with_one_graph_node_at_most():
    gold = [_norm("Opening ceremony of the Harbour Arts Fair"), _norm("Harbour Arts Fair")]
    found = {"e1": _norm("Harbour Arts Fair"), "e2": _norm("the Harbour Arts Fair 2031"),
             "e3": _norm("opening ceremony of the Harbour Arts Fair")}
    labels = pair_labels(found, gold)
    assert labels["e1"] == gold[1] and labels["e3"] == gold[0]
    assert labels["e2"] not in gold  # the same fair a second time is a fact of its own: spurious


def test_two_nodes_with_one_label_stay_two_facts():
    labels = pair_labels({"e1": "river gala", "e2": "river gala"}, [])
    assert len(set(labels.values())) == 2


def test_a_gold_service_or_museum_with_other_names_is_an_organisation():
    from kg.evaluate import Resolver, gold_facts
    from kg.reference import load_reference
    gold = {"names": [{"entity": "Riverton Palace Museum", "names": ["RPM"]},
                      {"entity": "Eastport Weather Service", "names": ["EWS"]},
                      {"entity": "Ada Quell Servicer", "names": ["Ada Q"]}]}
    facts = {(entity.split("/")[-2], name) for entity, name in gold_facts(gold, Resolver(load_reference()))["names"]}
    assert facts == {("org", "rpm"), ("org", "ews"), ("person", "ada q")}



# The held-out sets, each written blind by another author (docs/quality.md gives each blind figure): the
# figures reached since are held so that a rule for one set cannot quietly cost another.
HELDOUT_FLOORS = {
    "heldout": (10, {"overall": (0.98, 0.89), "sessions": (1.0, 0.96), "posts": (1.0, 1.0), "events": (0.98, 0.85),
                     "areas": (0.95, 0.91), "agreements": (1.0, 1.0)}),
    "heldout2": (12, {"overall": (0.96, 0.82), "agreements": (0.94, 0.94), "mechanism": (1.0, 1.0), "areas": (0.96, 0.89),
                      "sessions": (1.0, 1.0), "posts": (1.0, 1.0)}),
    "heldout3": (8, {"overall": (0.94, 0.68), "sessions": (1.0, 1.0), "areas": (0.89, 0.71), "posts": (0.97, 0.97),
                     "agreements": (1.0, 0.87), "events": (0.96, 0.61)}),
    "heldout4": (10, {"overall": (0.93, 0.7), "areas": (0.96, 0.73), "events": (0.94, 0.57), "posts": (0.98, 0.95),
                      "sessions": (0.81, 0.75), "agreements": (1.0, 0.95), "mechanism": (1.0, 0.83)}),
    "heldout5": (8, {"overall": (0.98, 0.9), "sessions": (1.0, 0.97), "mechanism": (1.0, 1.0), "posts": (1.0, 0.98),
                     "agreements": (0.94, 0.94)}),
    "heldout6": (8, {"overall": (0.95, 0.7), "posts": (1.0, 0.89), "sessions": (0.93, 0.75), "events": (0.92, 0.58)}),
    "heldout7": (8, {"overall": (0.93, 0.88), "sessions": (1.0, 0.98), "posts": (1.0, 0.97), "mechanism": (0.88, 1.0),
                     "agreements": (1.0, 1.0)}),
    "heldout8": (8, {"overall": (0.96, 0.67), "posts": (1.0, 0.93), "sessions": (0.94, 0.86), "events": (0.93, 0.45),
                     "mechanism": (1.0, 0.7)}),
    "heldout9": (8, {"overall": (0.9, 0.68), "sessions": (0.93, 0.7), "areas": (1.0, 0.71), "mechanism": (1.0, 0.64)}),
    "heldout10": (8, {"overall": (0.95, 0.73), "events": (0.93, 0.66), "posts": (0.97, 0.92), "mechanism": (1.0, 1.0)}),
    "heldout11": (8, {"overall": (0.9, 0.69), "sessions": (0.95, 0.53)}),
    "heldout12": (8, {"overall": (0.9, 0.6), "posts": (0.96, 0.81)}),
    "heldout13": (8, {"overall": (0.93, 0.75), "sessions": (0.93, 0.91), "mechanism": (0.9, 0.81), "posts": (0.96, 0.81)}),
    "heldout14": (8, {"overall": (0.91, 0.57), "events": (0.82, 0.32), "posts": (0.98, 0.87), "areas": (0.91, 0.63)}),
    "heldout15": (8, {"overall": (0.96, 0.74), "sessions": (0.99, 0.86), "posts": (0.98, 0.9), "events": (0.93, 0.6),
                      "mechanism": (1.0, 1.0)}),
    "heldout16": (8, {"overall": (0.89, 0.5), "events": (0.74, 0.25), "posts": (0.93, 0.73)}),
    "heldout17": (8, {"overall": (0.92, 0.78), "sessions": (0.97, 1.0), "posts": (1.0, 0.97), "events": (0.9, 0.65),
                      "mechanism": (1.0, 1.0)}),
    "heldout18": (8, {"overall": (0.95, 0.76), "sessions": (1.0, 0.83), "posts": (1.0, 0.94), "events": (0.92, 0.52),
                      "mechanism": (1.0, 0.93), "agreements": (0.94, 0.94)}),
    "heldout19": (8, {"overall": (0.91, 0.73), "sessions": (1.0, 0.98), "posts": (1.0, 0.98), "events": (0.86, 0.54)}),
    "heldout20": (8, {"overall": (0.94, 0.68), "sessions": (1.0, 0.73), "posts": (0.98, 0.82), "events": (0.91, 0.58)}),
    "heldout21": (8, {"overall": (0.9, 0.66), "sessions": (1.0, 0.82), "posts": (0.98, 0.88), "events": (0.81, 0.47),
                      "areas": (1.0, 0.94)}),
    "heldout22": (8, {"overall": (0.93, 0.67), "sessions": (0.94, 0.71), "posts": (0.98, 0.9), "events": (0.87, 0.49),
                      "areas": (1.0, 0.96)}),
    "heldout23": (8, {"overall": (0.93, 0.63), "sessions": (0.97, 0.71), "posts": (1.0, 0.72), "events": (0.85, 0.44),
                      "areas": (0.97, 0.97)}),
    "heldout24": (8, {"overall": (0.91, 0.55), "sessions": (1.0, 0.43), "posts": (0.95, 0.73), "events": (0.82, 0.45),
                      "areas": (1.0, 0.79)}),
    "heldout25": (8, {"overall": (0.89, 0.66), "sessions": (1.0, 0.87), "posts": (0.96, 0.8), "events": (0.81, 0.48)}),
    "heldout26": (8, {"overall": (0.9, 0.67), "sessions": (0.88, 0.8), "posts": (0.98, 0.9), "events": (0.87, 0.56)}),
    "heldout27": (8, {"overall": (0.84, 0.62), "sessions": (0.93, 1.0), "posts": (0.95, 0.72), "events": (0.78, 0.5)}),
    "heldout28": (8, {"overall": (0.93, 0.63), "sessions": (1.0, 0.97), "posts": (0.98, 0.84), "events": (0.9, 0.43)}),
    "heldout29": (8, {"overall": (0.91, 0.78), "sessions": (1.0, 0.92), "posts": (0.96, 0.86), "events": (0.87, 0.7)}),
    "heldout30": (8, {"overall": (0.95, 0.66), "sessions": (0.97, 0.88), "posts": (0.95, 0.82), "events": (0.96, 0.53)}),
    "heldout31": (8, {"overall": (0.92, 0.73), "sessions": (1.0, 0.84), "posts": (0.91, 0.84), "events": (0.89, 0.58)}),
    "heldout32": (8, {"overall": (0.9, 0.7), "sessions": (0.97, 0.84), "posts": (1.0, 0.94), "events": (0.81, 0.43)}),
    "heldout33": (8, {"overall": (0.93, 0.7), "sessions": (0.98, 0.73), "posts": (0.98, 0.91), "events": (0.82, 0.5)}),
    "heldout34": (8, {"overall": (0.9, 0.56), "sessions": (0.96, 0.77), "posts": (0.86, 0.64), "events": (0.87, 0.33)}),
    "heldout35": (8, {"overall": (0.88, 0.73), "sessions": (0.94, 0.71), "posts": (1.0, 0.94), "events": (0.75, 0.55)}),
    "heldout36": (8, {"overall": (0.92, 0.56), "sessions": (0.95, 0.54), "posts": (0.98, 0.72), "events": (0.83, 0.4)}),
    "heldout37": (8, {"overall": (0.74, 0.52), "sessions": (0.97, 0.57), "posts": (0.82, 0.6), "events": (0.58, 0.35)}),
    "heldout38": (8, {"overall": (0.85, 0.44), "sessions": (0.87, 0.51), "posts": (1.0, 0.8), "events": (0.69, 0.24)}),
    "heldout39": (8, {"overall": (0.91, 0.65), "sessions": (1.0, 0.75), "posts": (0.91, 0.88), "events": (0.94, 0.43)}),
    "heldout40": (8, {"overall": (0.87, 0.71), "sessions": (1.0, 0.62), "posts": (0.95, 0.83), "events": (0.8, 0.62)}),
    "heldout41": (8, {"overall": (0.88, 0.55), "sessions": (1.0, 0.48), "posts": (0.94, 0.73), "events": (0.83, 0.36)}),
    "heldout42": (8, {"overall": (0.83, 0.64), "sessions": (1.0, 0.86), "posts": (0.82, 0.69), "events": (0.83, 0.61)}),
    "heldout43": (8, {"overall": (0.87, 0.59), "sessions": (0.97, 0.64), "posts": (0.92, 0.79), "events": (0.8, 0.43)}),
    "heldout44": (8, {"overall": (0.83, 0.54), "sessions": (0.92, 0.52), "posts": (0.98, 0.84), "events": (0.72, 0.37)}),
    "heldout45": (8, {"overall": (0.9, 0.64), "sessions": (0.98, 0.87), "posts": (0.98, 0.92), "events": (0.77, 0.39), "areas": (0.93, 0.75)}),
    "heldout46": (8, {"overall": (0.84, 0.69), "sessions": (1.0, 0.97), "posts": (0.83, 0.8), "events": (0.81, 0.58)}),
    "heldout47": (8, {"overall": (0.72, 0.63), "sessions": (0.78, 0.86), "posts": (0.96, 0.75), "events": (0.58, 0.49)}),
    "heldout48": (8, {"overall": (0.84, 0.52), "sessions": (0.92, 0.85), "posts": (0.94, 0.67), "events": (0.76, 0.37)}),
    "heldout49": (8, {"overall": (0.85, 0.63), "sessions": (0.93, 0.56), "posts": (0.83, 0.72), "events": (0.81, 0.47)}),
    "heldout50": (8, {"overall": (0.86, 0.43), "sessions": (0.92, 0.56), "posts": (0.96, 0.41), "events": (0.59, 0.18)}),
    "heldout51": (8, {"overall": (0.86, 0.66), "sessions": (0.86, 0.78), "posts": (0.95, 0.81), "events": (0.85, 0.58)}),
    "heldout52": (8, {"overall": (0.85, 0.45), "sessions": (0.94, 0.59), "posts": (0.83, 0.53), "events": (0.78, 0.3)}),
    "precision31": (8, {"overall": (0.69, 0.56), "events": (0.55, 0.42)}),
    "precision33": (8, {"overall": (0.96, 0.79), "events": (0.94, 0.71)}),
    "shapes33": (8, {"overall": (0.86, 0.78), "events": (0.82, 0.65), "sessions": (1.0, 0.82)}),
}


@pytest.fixture(scope="module")
def heldout_results():
    """Each held-out set evaluated once for all its floors."""
    cache: dict[str, dict] = {}
    return lambda name: cache.setdefault(name, evaluate(GOLD / name))


@pytest.mark.parametrize("name, kind", [(n, k) for n, (_, floor) in HELDOUT_FLOORS.items() for k in sorted(floor)])
def test_heldout_does_not_fall_below_the_figures_reached(heldout_results, name, kind):
    documents, floor = HELDOUT_FLOORS[name]
    assert_floor(heldout_results(name), documents, kind, floor[kind])
