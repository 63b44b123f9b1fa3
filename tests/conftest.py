"""Shared fixtures and helpers: one build of the seed documents and one of the unseen ones per test session,
one `kg serve` over the seed build, and a guard that no test writes into the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from rdflib import URIRef

from kg.graph.build import build
from kg.graph.dataset import load_dataset
from kg.reference import load_reference
from kg.serve.app import load_served

from server import running_server

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "documents"
UNSEEN = ROOT / "tests" / "data" / "unseen"
ID = "https://w3id.org/hksh/id/"
DOC = URIRef(ID + "doc/test")

# Hypothesis keeps no example database, and what else it keeps (Unicode tables, constants of the code under
# test) goes to a temporary folder, not to ``.hypothesis/`` in the checkout.
settings.register_profile("hksh", database=None)
settings.load_profile("hksh")
HYPOTHESIS_HOME = Path(tempfile.mkdtemp(prefix="hksh-hypothesis-"))
set_hypothesis_home_dir(HYPOTHESIS_HOME)

# Written by set-up (setup.sh, pip) and by pytest itself, not by the tests.
NOT_OURS = (".venv/", "vendor/", "hksh_kg.egg-info/", ".pytest_cache/")


def checkout_files(root: Path = ROOT) -> dict[str, tuple[int, int] | None] | None:
    """Every file of the checkout that git tracks or sees (ignored ones too), with its size and modification
    time (None: gone); None when this is not a git checkout or git is missing."""
    listings = (["--cached", "--others", "--exclude-standard"], ["--others", "--ignored", "--exclude-standard"])
    try:
        names = {name for options in listings
                 for name in subprocess.run(["git", "ls-files", "-z", *options, "--", ".",
                                             *(f":(exclude){p}" for p in NOT_OURS)],
                                            cwd=root, capture_output=True, check=True).stdout.decode().split("\0")}
    except (OSError, subprocess.CalledProcessError):
        return None
    found: dict[str, tuple[int, int] | None] = {}
    for name in sorted(names - {""}):
        if "__pycache__/" in name:
            continue
        try:
            stat = (root / name).lstat()
            found[name] = (stat.st_size, stat.st_mtime_ns)
        except FileNotFoundError:
            found[name] = None
    return found


BEFORE = checkout_files()  # taken as this module is imported, before any test module is


@pytest.fixture(scope="session", autouse=True)
def checkout_untouched(tmp_path_factory):
    """No test writes into the checkout: the conversion cache goes to a temporary folder (``KG_CACHE``,
    which subprocesses inherit), so does Hypothesis's, and every file of the checkout is as it was when
    the session ends."""
    previous = os.environ.get("KG_CACHE")
    os.environ["KG_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    shutil.rmtree(HYPOTHESIS_HOME, ignore_errors=True)
    if previous is None:
        del os.environ["KG_CACHE"]
    else:
        os.environ["KG_CACHE"] = previous
    after = checkout_files()
    if BEFORE is not None and after is not None:
        changed = sorted(name for name in BEFORE.keys() | after.keys() if BEFORE.get(name) != after.get(name))
        assert not changed, f"the tests wrote into the checkout: {', '.join(changed[:20])}"


@pytest.fixture(scope="session")
def reference():
    return load_reference()


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "dist"
    build(documents=SEEDS, out=out)
    return out


@pytest.fixture(scope="session")
def dataset(built):
    """The dataset as ``kg serve`` opens it: the build's Oxigraph store, read-only."""
    return load_served(built)


@pytest.fixture(scope="session")
def server(built) -> str:
    """The URL of a real `kg serve` over the seed build, with the default options (read-only)."""
    with running_server(built) as (url, _):
        yield url


@pytest.fixture(scope="session")
def unseen(tmp_path_factory):
    out = tmp_path_factory.mktemp("unseen") / "dist"
    build(documents=UNSEEN, out=out)
    return load_dataset(out / "hksh.trig")


@pytest.fixture
def documents_copy(tmp_path) -> Path:
    target = tmp_path / "documents"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="module")
def graphs(built) -> dict:
    """The seed build's named graphs, by IRI, as rdflib graphs."""
    from rdflib import Dataset, Graph

    dataset = Dataset()
    dataset.parse(built / "hksh.nq", format="nquads")
    return {str(g.identifier): Graph() + g for g in dataset.graphs() if len(g)}


def facts(reference, *paragraphs, title=None, published=None):
    """What the extractors find in some paragraphs (and a title) of an invented document."""
    from kg.extract.document import extract
    from kg.text.sentences import Sentence, split_sentences

    sentences = split_sentences(list(paragraphs))
    head = Sentence(index=len(sentences), paragraph=-1, text=title) if title else None
    return extract(sentences, title=head, published=published, doc=DOC, reference=reference)


def ask(data, query: str) -> bool:
    return bool(data.query("PREFIX schema: <https://schema.org/> PREFIX hksh: <https://w3id.org/hksh/ontology#> "
                           "PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                           "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                           "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                           "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX opengov: <http://www.w3.org/ns/opengov#> "
                           + query).askAnswer)


def snapshot(folder: Path, *, store: bool = False) -> dict:
    """The bytes of a build's exports; with ``store``, also the names of the store's files (its bytes are
    Oxigraph's own business and differ between builds of the same graph)."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    if store:
        files["store/"] = sorted(p.name for p in (folder / "store").iterdir())
    return files


def page_graph(tmp_path: Path, body: str, *, title: str, published: str = "2036-03-20"):
    """The graph of an invented page, converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "page.txt"
    path.write_text(f'---\ntitle: "{title}"\npublished: {published}\nlanguage: en\n---\n{body}')
    return convert(path)


def event_starts(graph) -> dict[str, set[str]]:
    """Each event's IRI tail with its start dates."""
    from rdflib.namespace import SDO
    return {tail(s): {str(o) for o in graph.objects(s, SDO.startDate)} for s in set(graph.subjects(SDO.startDate, None))}


def tail(x) -> str:
    return str(x).rsplit("/", 1)[-1]


def event_attendees(graph) -> dict[str, set[str]]:
    """Each event's label with its attendees (by IRI tail)."""
    from rdflib.namespace import RDFS, SDO
    return {str(o): {tail(p) for p in graph.objects(s, SDO.attendee)}
            for s, o in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def held_posts(graph) -> dict[str, set[str]]:
    """Each person's label with the posts they hold (by IRI tail)."""
    from rdflib.namespace import ORG, RDFS
    return {str(o): {tail(p) for p in graph.objects(s, ORG.holds)}
            for s, o in graph.subject_objects(RDFS.label) if "/person/" in str(s)}


def cleaned_events(reference, body: str, *, title: str, published=None) -> dict[str, dict]:
    """Each event's label with its organisers, attendees, places (by IRI tail) and start dates, in an invented
    document cleaned first (so that the shapes of its page count)."""
    from rdflib.namespace import RDFS, SDO

    from kg.extract.document import extract
    from kg.text.clean import clean
    from kg.text.sentences import split_sentences

    cleaned = clean(body, title=title)
    found = extract(split_sentences(cleaned.paragraphs), title=None, published=published, doc=DOC, reference=reference,
                    paragraph_dates=cleaned.paragraph_dates)
    return {str(o): {"organisers": {tail(a) for a in found.objects(s, SDO.organizer)},
                     "attendees": {tail(a) for a in found.objects(s, SDO.attendee)},
                     "start": sorted(str(d) for d in found.objects(s, SDO.startDate)),
                     "places": {tail(x) for x in found.objects(s, SDO.location)}}
            for s, p, o in found.triples if p == RDFS.label and "/event/" in str(s)}


def event_fields(graph) -> dict[str, dict]:
    """Each event's label with its start days, places, attendees and organisers (by IRI tail)."""
    from rdflib.namespace import RDFS, SDO
    out = {}
    for s, label in graph.subject_objects(RDFS.label):
        if "/event/" in str(s):
            out[str(label)] = {k: {tail(o) for o in graph.objects(s, p)} for k, p in
                               (("start", SDO.startDate), ("place", SDO.location), ("att", SDO.attendee), ("org", SDO.organizer))}
    return out
