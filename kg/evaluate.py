"""Measuring the converter against hand-written gold facts: precision, recall and F1 per fact type.

Both sides become tuples of resolved IRIs and normalised strings. Names in the gold files resolve through
the reference data (so an alias is the same entity); events and agreements are paired by the closest
label (rapidfuzz), since one event can be named in several ways.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, RDFS, SDO, SKOS

from kg.convert import convert
from kg.extract.context import canonical_name
from kg.extract.document import matchers
from kg.extract.gazetteer import name_pattern
from kg.extract.posts import HEADS
from kg.resources import WORK as ROOT  # the checkout, or the folder kg runs in
from kg.namespaces import DEFAULT_BASE, HKSH, OA, slug
from kg.rdf.document_graph import quotes
from kg.reference import Reference, load_reference

GOLD = ROOT / "tests" / "gold"
# A public service's own head words: a gold "Riverton Observatory" with other names is an organisation.
SERVICE_HEADS = "Museum|Observatory|Service|Library|Archives"
TYPES = ("posts", "sessions", "events", "areas", "agreements", "names", "mechanism")
LABEL_MATCH = 75
FACT_WEIGHT = 10
EVENT_FACTS = {"start": SDO.startDate, "end": SDO.endDate, "place": SDO.location, "organiser": SDO.organizer,
               "attendee": SDO.attendee}


# An unquoted comma in a flow mapping ({post: Secretary for Culture, Sports and Tourism}) silently cuts the
# value and makes a key of the rest: so a gold item may carry only these keys.
ITEM_KEYS = {"posts": {"person", "post"}, "sessions": {"number", "date", "place", "attendees"},
             "events": {"label", "start", "end", "place", "organisers", "attendees"},
             "agreements": {"label"}, "names": {"entity", "names"}}


class GoldError(ValueError):
    """A gold file that cannot be read."""


@dataclass
class Score:
    gold: set = field(default_factory=set)
    found: set = field(default_factory=set)

    @property
    def hits(self) -> set:
        return self.gold & self.found

    @property
    def precision(self) -> float:
        return len(self.hits) / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return len(self.hits) / len(self.gold) if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "gold": len(self.gold), "found": len(self.found), "correct": len(self.hits),
                "missed": sorted(map(_show, self.gold - self.found)),
                "spurious": sorted(map(_show, self.found - self.gold))}


def _show(fact: tuple) -> str:
    return " | ".join(str(x).replace(DEFAULT_BASE, "") for x in fact)


def _norm(text: str) -> str:
    text = re.sub(r"\s*&\s*", " and ", str(text).lower())
    text = re.sub(r"\bco-operat", "cooperat", text)
    text = re.sub(r"[\"'’“”]", "", text)
    text = re.sub(r"\bthe\b", " ", text)
    return re.sub(r"[^\w]+", " ", text).strip()


class Resolver:
    """Gold names to IRIs, the way the converter resolves text."""

    def __init__(self, reference: Reference, base: str = DEFAULT_BASE):
        self.reference, self.base = reference, base
        self.gazetteer, self.areas = matchers(reference)

    def entity(self, name: str, kind: str) -> str:
        for mention in self.gazetteer.find(name):
            if mention.start == 0 and mention.end == len(name) and mention.entity is not None:
                return mention.entity.iri(self.base)
        key = canonical_name(name) if kind == "person" else re.sub(r"^the\s+", "", name, flags=re.I)
        return f"{self.base}{kind}/{slug(key)}"

    def area(self, name: str) -> str:
        for start, end, area in self.areas.find(name):
            if start == 0 and end == len(name):
                return area.iri(self.base)
        return f"{self.base}area/{slug(name)}"


def _listify(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def gold_facts(gold: dict, r: Resolver) -> dict[str, set]:
    facts: dict[str, set] = defaultdict(set)
    for post in gold.get("posts") or []:
        facts["posts"].add((r.entity(post["person"], "person"), _norm(post["post"])))
    for session in gold.get("sessions") or []:
        n = int(session["number"])
        facts["sessions"].add(("session", n))
        if session.get("date"):
            facts["sessions"].add(("date", n, str(session["date"])))
        for place in _listify(session.get("place")):
            facts["sessions"].add(("place", n, r.entity(place, "place")))
        for person in _listify(session.get("attendees")):
            facts["sessions"].add(("attendee", n, r.entity(person, "person")))
    for event in gold.get("events") or []:
        facts["events"] |= _event_facts(_norm(event["label"]), event.get("start"), event.get("end"),
                                        [r.entity(p, "place") for p in _listify(event.get("place"))],
                                        [r.entity(o, "org") for o in _listify(event.get("organisers"))],
                                        [r.entity(p, "person") for p in _listify(event.get("attendees"))])
    for area in gold.get("areas") or []:
        facts["areas"].add((r.area(area),))
    for agreement in gold.get("agreements") or []:
        facts["agreements"].add((_norm(agreement["label"]),))
    for item in gold.get("names") or []:
        kind = "org" if re.search(rf"\b(?:Conference|{HEADS[3:-1]}|{SERVICE_HEADS})\b", item["entity"]) else "person"
        entity = r.entity(item["entity"], kind)
        for name in item["names"]:
            facts["names"].add((entity, _norm(name)))
    mechanism = gold.get("mechanism") or {}
    for key in ("created", "renamed"):
        if mechanism.get(key):
            facts["mechanism"].add((key, str(mechanism[key])))
    if mechanism.get("former_name"):
        facts["mechanism"].add(("former name", _norm(mechanism["former_name"])))
    return facts


def _event_facts(label, start, end, places, organisers, attendees) -> set:
    """An event's facts; a graph event with two start dates states both (one of them is then spurious)."""
    facts = {("event", label)}
    facts |= {("start", label, str(d)) for d in _listify(start) if d}
    facts |= {("end", label, str(d)) for d in _listify(end) if d}
    facts |= {("place", label, str(p)) for p in places}
    facts |= {("organiser", label, str(o)) for o in organisers}
    facts |= {("attendee", label, str(a)) for a in attendees}
    return facts


def graph_facts(graph: Graph, gold_labels: dict[str, list[str]], reference: Reference, base: str) -> dict[str, set]:
    """The same kinds of fact, read from a document's graph."""
    facts: dict[str, set] = defaultdict(set)
    for person, post in graph.subject_objects(ORG.holds):
        label = min(graph.objects(post, RDFS.label), default=None) or post.rsplit("/", 1)[-1]
        facts["posts"].add((str(person), _norm(label)))
    sessions = set(graph.subjects(RDF.type, HKSH.PlenarySession))
    for session in sessions:
        n = int(graph.value(session, HKSH.sessionNumber))
        facts["sessions"].add(("session", n))
        facts["sessions"] |= {("date", n, str(d)) for d in graph.objects(session, SDO.startDate)}
        facts["sessions"] |= {("place", n, str(p)) for p in graph.objects(session, SDO.location)}
        facts["sessions"] |= {("attendee", n, str(a)) for a in graph.objects(session, SDO.attendee)}
    events = set(graph.subjects(RDF.type, SDO.Event)) - sessions
    events -= set(graph.subjects(RDF.type, HKSH.Renaming))
    details = {e: {(k, str(v)) for k, p in EVENT_FACTS.items() for v in graph.objects(e, p)} for e in events}
    labels = pair_labels({e: _norm(min(graph.objects(e, RDFS.label), default=e)) for e in events}, gold_labels["events"],
                         found_facts=details, gold_facts=gold_labels.get("event_facts"))
    for event in events:
        label = labels[event]
        facts["events"] |= _event_facts(label, sorted(graph.objects(event, SDO.startDate)), sorted(graph.objects(event, SDO.endDate)),
                                        graph.objects(event, SDO.location), graph.objects(event, SDO.organizer),
                                        graph.objects(event, SDO.attendee))
    areas = set(graph.subjects(RDF.type, SKOS.Concept)) | set(graph.objects(None, DCTERMS.subject))
    areas |= {b for b in graph.objects(None, OA.hasBody) if "/area/" in str(b)}
    facts["areas"] = {(str(a),) for a in areas}
    agreements = set(graph.subjects(RDF.type, HKSH.Agreement))
    labels = pair_labels({a: _norm(min(graph.objects(a, RDFS.label), default=a)) for a in agreements}, gold_labels["agreements"])
    facts["agreements"] = {(label,) for label in labels.values()}
    facts["names"] = _names(graph, reference, base)
    conf = URIRef(reference.conference.iri(base))
    facts["mechanism"] |= {("created", str(d)) for d in graph.objects(conf, DCTERMS.created)}
    for renaming in graph.subjects(RDF.type, HKSH.Renaming):
        facts["mechanism"] |= {("renamed", str(d)) for d in graph.objects(renaming, SDO.startDate)}
        facts["mechanism"] |= {("former name", _norm(n)) for n in graph.objects(renaming, HKSH.formerName)}
    return facts


def pair_labels(found: dict, gold: list[str], *, found_facts: dict | None = None,
                gold_facts: dict | None = None) -> dict:
    """Each graph node's label as scored: the gold label it is paired with, or a label of its own.

    A gold label pairs with one graph node at most, so an event split in two, or stated twice under two
    labels, leaves one of them unpaired and spurious. Pairs need a rapidfuzz token-set ratio of at
    least ``LABEL_MATCH``; among those, the closest go first, closeness being that ratio plus
    ``FACT_WEIGHT`` for each fact (day, place, attendee, organiser) the two sides share, so that a short
    label ("opening ceremony") pairs with the gold event it shares its day and people with, not with
    any gold label that happens to contain its words. Nodes left over keep their own label, made
    distinct when it collides with a taken one.
    """
    found_facts, gold_facts = found_facts or {}, gold_facts or {}
    candidates = []
    for node, label in found.items():
        for g in gold:
            ratio = fuzz.token_set_ratio(label, g)
            if ratio >= LABEL_MATCH:
                shared = len(found_facts.get(node, set()) & gold_facts.get(g, set()))
                candidates.append((ratio + FACT_WEIGHT * shared, g, str(node)))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    paired: dict = {}
    taken: set[str] = set()
    by_key = {str(node): node for node in found}
    for score, g, key in candidates:
        if g not in taken and by_key[key] not in paired:
            paired[by_key[key]] = g
            taken.add(g)
    for node in sorted(found, key=str):
        if node not in paired:
            label, n = found[node], 1
            while label in taken:
                n += 1
                label = f"{found[node]} (#{n})"
            paired[node] = label
            taken.add(label)
    return paired


def _names(graph: Graph, reference: Reference, base: str) -> set:
    """Other names of an entity that its annotated sentences use, as written there.

    Known entities: any of their reference names but the preferred one; organisations the reference data
    does not know: the other names (such as an abbreviation) the document gave them.
    """
    names: set = set()
    known = {e.iri(base): e for e in [reference.conference, *reference.people, *reference.orgs]}
    for body in set(graph.objects(None, OA.hasBody)):
        entity = known.get(str(body))
        candidates = {str(x) for x in graph.objects(body, SKOS.altLabel)}
        preferred = {_norm(x) for x in graph.objects(body, RDFS.label)}
        if entity is not None:
            candidates |= entity.all_names()
            preferred.add(_norm(entity.name))
        elif (body, RDF.type, ORG.Organization) not in graph:
            continue
        for _, sentence in quotes(graph, body):
            spans = set()
            for name in candidates:
                pattern = r"(?<!\w)" + name_pattern(name) + r"(?!\w)"
                spans |= {m.span() for m in re.finditer(pattern, sentence, re.I)}
            for start, end in spans:
                name = _norm(sentence[start:end])
                if name not in preferred and not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans):
                    names.add((str(body), name))
    return names


def load_gold(path: Path) -> dict:
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GoldError(f"{path}: {str(error).splitlines()[0]}") from None
    if not isinstance(gold, dict) or "document" not in gold:
        raise GoldError(f"{path}: a gold file is a mapping with a `document` key")
    for kind, keys in ITEM_KEYS.items():
        for item in gold.get(kind) or []:
            if isinstance(item, dict) and (unknown := sorted(map(str, set(item) - keys))):
                raise GoldError(f"{path}: {kind} item {item!r} has an unknown key {unknown[0]!r}"
                                " (a comma in an unquoted flow value? quote the value)")
    return gold


def evaluate(gold_dir: Path = GOLD, *, reference: Reference | None = None, base: str = DEFAULT_BASE) -> dict:
    """Scores per fact type and overall for every gold file directly in a folder."""
    reference = reference or load_reference()
    resolver = Resolver(reference, base)
    scores = {t: Score() for t in TYPES}
    documents = []
    files = sorted(Path(gold_dir).glob("*.yaml"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.yaml)")
    for path in files:
        gold = load_gold(path)
        expected = gold_facts(gold, resolver)
        event_facts: dict[str, set] = defaultdict(set)
        for f in expected["events"]:
            if f[0] != "event":
                event_facts[f[1]].add((f[0], f[2]))
        labels = {"events": sorted({f[1] for f in expected["events"] if f[0] == "event"}), "event_facts": event_facts,
                  "agreements": sorted({f[0] for f in expected["agreements"]})}
        graph = convert(ROOT / gold["document"], reference=reference, base=base)
        found = graph_facts(graph, labels, reference, base)
        name = Path(gold["document"]).stem
        documents.append(name)
        for t in TYPES:
            scores[t].gold |= {(name, *f) for f in expected.get(t, set())}
            scores[t].found |= {(name, *f) for f in found.get(t, set())}
    overall = Score(gold=set().union(*(s.gold for s in scores.values())),
                    found=set().union(*(s.found for s in scores.values())))
    return {"documents": documents, "types": {t: s.as_dict() for t, s in scores.items()},
            "overall": overall.as_dict()}


def report(result: dict, *, details: bool = True) -> str:
    """The scores as a table, then what was missed and what was spurious."""
    lines = [f"{'fact type':12} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>5} {'found':>6} {'correct':>8}"]
    for name, s in [*result["types"].items(), ("overall", result["overall"])]:
        lines.append(f"{name:12} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {s['gold']:5} {s['found']:6} {s['correct']:8}")
    if details:
        for name, s in result["types"].items():
            for kind in ("missed", "spurious"):
                for fact in s[kind]:
                    lines.append(f"{kind}: {name}: {fact}")
    return "\n".join(lines) + "\n"
