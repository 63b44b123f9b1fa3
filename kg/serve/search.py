"""Search by name: every person, organisation, place, session, event, agreement and area, by any name the
served graph gives it (``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel``, ``skos:hiddenLabel``).

The index is read from the served dataset (one fixed query) when the server starts and again after an
update, so it cannot drift from the graph and nothing is written to disk. A query is matched in memory:
exact and prefix matches first, then word-order-free matches (every word of the query starts a word of the
name), then rapidfuzz's similarity for misspellings; results are grouped by resource and ranked.
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

import pyoxigraph as ox
from rapidfuzz import fuzz, process
from rdflib import Dataset
from rdflib.namespace import RDFS, SKOS

from kg.graph.store import native_store
from kg.namespaces import PREFIX_IRIS

MAX_QUERY = 200
LIMIT = 20
SCORED = 1000
KINDS = {"person": "person", "org": "organisation", "place": "place", "session": "session", "event": "event",
         "agreement": "agreement", "area": "area"}
ORDER = {kind: n for n, kind in enumerate(("session", "person", "organisation", "area", "agreement", "place", "event"))}
LABELS = [str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.hiddenLabel)]
NAMES = """SELECT ?s ?p ?name WHERE {
  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel skos:hiddenLabel }
  ?s ?p ?name FILTER (isIRI(?s) && isLiteral(?name))
}"""
ORDINALS = dict(zip("first second third fourth fifth sixth seventh eighth ninth tenth".split(),
                    "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split()))
_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def normalise(text: str) -> str:
    """A name as it is compared: compatibility forms folded (full-width letters), case and accents dropped,
    punctuation and hyphens as spaces, so "Lee Ka-chiu" and "lee  ka chiu" are one.

    >>> normalise("Lee Ka-Chiu,  JOHN")
    'lee ka chiu john'
    >>> normalise("Ｓｈａｎｇｈａｉ Café, the Fourth")
    'shanghai cafe the 4th'
    """
    if text.isascii():
        text = text.casefold()
    else:
        text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(ORDINALS.get(word, word) for word in _PUNCTUATION.sub(" ", text).split())


@dataclass(frozen=True)
class Hit:
    """One resource found: what to show and why it matched."""

    iri: str
    kind: str
    label: str
    matched: str
    score: float

    def as_json(self, href: str | None) -> dict:
        return {"iri": self.iri, "href": href, "label": self.label, "kind": self.kind,
                "matched": self.matched, "score": round(self.score, 1)}


def _names(dataset: Dataset) -> Iterator[tuple[str, str, str, str]]:
    """(subject, predicate, name, language tag) for every name in the dataset (its default graph, the union);
    read from Oxigraph's indexes when the dataset is in it: no query to plan, no rdflib terms to make
    (half the time of the same query: docs/benchmarks.md)."""
    store = native_store(dataset)
    if store is None:
        for subject, predicate, name in dataset.query(NAMES, initNs=PREFIX_IRIS):
            yield str(subject), str(predicate), str(name), getattr(name, "language", None) or ""
        return
    for predicate in LABELS:
        for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph()):
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal):
                yield quad.subject.value, predicate, quad.object.value, quad.object.language or ""


class SearchIndex:
    """The names of the searchable resources, normalised, with an index from each word to the names that
    hold it; immutable once built."""

    def __init__(self, names: list[tuple[str, str, str, str]]):
        """``names``: (iri, kind, name, display label) rows; a resource has one row per name."""
        normalised = {name: normalise(name) for _, _, name, _ in names}
        self.rows = sorted(set(row for row in names if normalised[row[2]]))
        self.keys = [normalised[name] for _, _, name, _ in self.rows]
        self.words = [key.split() for key in self.keys]
        self.by_squashed: dict[str, list[int]] = {}
        postings: dict[str, set[int]] = {}
        for row, key in enumerate(self.keys):
            self.by_squashed.setdefault(key.replace(" ", ""), []).append(row)
            for word in self.words[row]:
                postings.setdefault(word, set()).add(row)
        self.vocabulary = sorted(postings)
        self.sorted_keys = sorted((key, row) for row, key in enumerate(self.keys))
        self.lengths = [len(words) for words in self.words]
        self.postings = postings
        self.cjk = [row for row, key in enumerate(self.keys) if _CJK.search(key)]
        self.resources = len({iri for iri, *_ in self.rows})

    @classmethod
    def from_dataset(cls, dataset: Dataset, base: str) -> SearchIndex:
        """Every name of every resource under one of the searchable kinds of IRI (``base`` + ``person/``...)."""
        labels: dict[str, dict[str, str]] = {}
        found: list[tuple[str, str, str]] = []
        for iri, predicate, name, language in _names(dataset):
            kind = KINDS.get(iri[len(base):].split("/", 1)[0]) if iri.startswith(base) else None
            if kind is None:
                continue
            found.append((iri, kind, name))
            if predicate.endswith(("#label", "#prefLabel")):
                known = labels.setdefault(iri, {})
                known[language] = min(known.get(language, name), name)

        def shown(iri: str) -> str:
            known = labels.get(iri, {})
            english = [v for k, v in known.items() if k.lower().startswith("en")]
            return min(english) if english else min(known.values()) if known else iri.rsplit("/", 1)[-1]
        return cls([(iri, kind, name, shown(iri)) for iri, kind, name in found])

    def _similar(self, word: str, last: bool) -> dict[str, float]:
        """The words of the vocabulary a query word may stand for, with how well: itself 1, a word it
        starts 0.95 (only for the word being typed, or one of 3 letters or more), a near spelling below 0.85."""
        found = {word: 1.0} if word in self.postings else {}
        if last or len(word) >= 3:
            at = bisect.bisect_left(self.vocabulary, word)
            while at < len(self.vocabulary) and self.vocabulary[at].startswith(word):
                found.setdefault(self.vocabulary[at], 0.95)
                at += 1
        if len(word) >= 4:
            cutoff = 72.0 if len(word) >= 6 else 75.0
            for other, ratio, _ in process.extract(word, self.vocabulary, scorer=fuzz.ratio, processor=None,
                                                   limit=30, score_cutoff=cutoff):
                found.setdefault(other, 0.85 * ratio / 100)
        return found

    def search(self, text: str, limit: int = LIMIT) -> list[Hit]:
        """The best resources for a query, best first; ties go to sessions, then people, and so on, then
        by label, so the order is the same on every run."""
        query = normalise(text[:MAX_QUERY])
        if not query:
            return []
        words = query.split()[:12]
        similar = [self._similar(word, n == len(words) - 1) for n, word in enumerate(words)]
        candidates: set[int] | None = None
        for found in sorted(similar, key=lambda f: sum(len(self.postings[w]) for w in f)):
            rows = set().union(*(self.postings[w] for w in found))
            candidates = rows if candidates is None else candidates & rows
            if not candidates:
                break
        candidates = set(candidates or ())
        if len(candidates) > SCORED:
            candidates = self._fewer(candidates, query, limit)
        candidates.update(self.by_squashed.get(query.replace(" ", ""), ()))
        if _CJK.search(query):
            squashed = query.replace(" ", "")
            candidates.update(row for row in self.cjk if squashed in self.keys[row].replace(" ", ""))
        best: dict[str, tuple[float, int]] = {}
        for row in candidates:
            score = self._score(query, similar, row)
            iri = self.rows[row][0]
            if score > best.get(iri, (0.0, -1))[0]:
                best[iri] = (score, row)
        ranked = sorted(best.items(), key=lambda item: (-round(item[1][0], 3), ORDER[self.rows[item[1][1]][1]],
                                                        self.rows[item[1][1]][3], item[0]))
        return [Hit(iri, self.rows[row][1], self.rows[row][3], self.rows[row][2], score)
                for iri, (score, row) in ranked[:limit]]

    def _fewer(self, candidates: set[int], query: str, limit: int) -> set[int]:
        """The candidates worth scoring when a few letters match thousands of names: the names that start
        with the query, shortest first, and the names of fewest words (the score favours both)."""
        at, starting = bisect.bisect_left(self.sorted_keys, (query, -1)), []
        while at < len(self.sorted_keys) and self.sorted_keys[at][0].startswith(query):
            starting.append(self.sorted_keys[at][1])
            at += 1
        fewer = set(heapq.nsmallest(SCORED, candidates, key=self.lengths.__getitem__))
        return fewer.union(heapq.nsmallest(limit * 5, starting, key=lambda row: len(self.keys[row])))

    def _score(self, query: str, similar: list[dict[str, float]], row: int) -> float:
        """100 for the name itself (spaces aside); 96-99 for a name it starts; else 75-95 by how well each
        query word matches a word of the name, and how much of the name the query covers."""
        key = self.keys[row]
        if key == query or key.replace(" ", "") == query.replace(" ", ""):
            return 100.0
        if key.startswith(query):
            return 96.0 + 3.0 * len(query) / len(key)
        mine = self.words[row]
        if _CJK.search(query) and query.replace(" ", "") in key.replace(" ", ""):
            return 90.0 + 5.0 * len(query) / len(key)
        quality = [max((found.get(word, 0.0) for word in mine), default=0.0) for found in similar]
        if not all(quality):
            return 0.0
        return 75.0 + 15.0 * sum(quality) / len(quality) + 5.0 * min(1.0, len(similar) / len(mine))


class LiveIndex:
    """The index of the dataset as it is served now: built in a thread at start-up (so the server answers
    its first query at once) and rebuilt after an update; a search waits for the first build."""

    def __init__(self, dataset: Dataset, base: str):
        self.dataset, self.base = dataset, base
        self._ready = threading.Event()
        self._index: SearchIndex | None = None
        self.refresh()

    def refresh(self) -> None:
        def build() -> None:
            self._index = SearchIndex.from_dataset(self.dataset, self.base)
            self._ready.set()
        threading.Thread(target=build, name="kg-search-index", daemon=True).start()

    def get(self, timeout: float = 60.0) -> SearchIndex | None:
        self._ready.wait(timeout)
        return self._index


SEARCH_BOX = """<form class="search" role="search" action="/search" method="get"><input type="search" name="q" value="{value}"
 placeholder="Search people, sessions, places, areas…" aria-label="Search by name" maxlength="200" autocomplete="off">
<button type="submit">Search</button><ul class="suggestions" hidden></ul></form>"""
SEARCH_STYLE = (".search{display:inline-block;position:relative;margin-left:1em}.search input{width:22em}"
                ".suggestions{position:absolute;z-index:9;background:#fff;border:1px solid #ccc;margin:0;padding:0;"
                "list-style:none;width:30em}.suggestions li{padding:3px 6px}.suggestions small,.kind{color:#666}")
SEARCH_SCRIPT = """<script>
(() => {
  for (const form of document.querySelectorAll("form.search")) {
    const input = form.querySelector("input"), list = form.querySelector(".suggestions");
    let asked = 0;
    form.addEventListener("submit", event => {
      event.preventDefault();
      window.location.assign("/search?q=" + encodeURIComponent(input.value));
    });
    input.addEventListener("input", async () => {
      const mine = ++asked, q = input.value.trim();
      if (q.length < 2) { list.hidden = true; return; }
      const answer = await fetch("/search?format=json&q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}});
      if (mine !== asked || !answer.ok) return;
      const found = (await answer.json()).results.slice(0, 8);
      list.replaceChildren(...found.filter(hit => hit.href).map(hit => {
        const item = document.createElement("li"), link = document.createElement("a"), kind = document.createElement("small");
        link.href = hit.href; link.textContent = hit.label; kind.textContent = " " + hit.kind;
        item.append(link, kind);
        return item;
      }));
      list.hidden = found.length === 0;
    });
  }
})();
</script>"""


def search_box(value: str = "") -> str:
    """The search form with its script; the page's policy must allow the script's hash and ``connect-src 'self'``."""
    return SEARCH_BOX.format(value=escape(value)) + SEARCH_SCRIPT


def results_body(query: str, hits: list[tuple[Hit, str | None]], *, too_long: bool = False) -> str:
    """The body of the results page: each hit links to its page, with its kind and the name that matched."""
    shown = escape(query)
    if too_long:
        return f"<h1>Search</h1><p>A search is at most {MAX_QUERY} characters.</p>"
    if not query.strip():
        return "<h1>Search</h1><p>Type a name: a person, an organisation, a place, a session, an area…</p>"
    if not hits:
        return f"<h1>Search</h1><p>Nothing is named like “{shown}”.</p>"
    items = []
    for hit, link in hits:
        name = f'<a href="{escape(link)}">{escape(hit.label)}</a>' if link else escape(hit.label)
        also = f" <small>(as “{escape(hit.matched)}”)</small>" if hit.matched != hit.label else ""
        items.append(f'<li>{name} <span class="kind">{escape(hit.kind)}</span>{also}</li>')
    return f"<h1>Search: “{shown}”</h1><ol class=\"results\">{''.join(items)}</ol>"
