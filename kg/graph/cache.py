"""The conversion cache: a document whose bytes, converter code, reference data and shapes are unchanged
is not converted (nor checked, nor validated) again; its graph is read back as sorted N-Triples text.

The key hashes everything that can change a document's output: the whole ``kg`` package's source (not a
hand-kept list of the modules that seem to matter: an edit to the export's escape table once kept the old
key), the SPARQL checks, the ontology and shapes, the reference data, the base IRI, and the versions of the
packages that read text and write RDF. So a cache cannot serve stale output, and nobody has to remember to
bump a version. Curation is applied after the cache, so a new decision never needs a reconversion.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from kg import __version__
from kg.graph.dataset import ONTOLOGY, QUERIES, ROOT

CACHE = ROOT / ".cache" / "graphs"  # unless $KG_CACHE names another folder
PACKAGE = Path(__file__).resolve().parent.parent
INPUTS = [QUERIES / "checks", ONTOLOGY.parent]
WRITERS = ("rdflib", "pyoxigraph", "oxrdflib", "pyshacl", "shacl", "ftfy", "markdown-it-py", "pysbd", "python-dateutil", "rapidfuzz",
           "PyYAML", "langcodes", "pebble")


def _files(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(path.rglob("*")) if path.is_dir() else [path]
    return [p for p in found if p.is_file() and p.suffix in (".py", ".yaml", ".json", ".rq", ".ttl")
            and "__pycache__" not in p.parts]


@lru_cache(maxsize=1)
def _versions() -> str:
    """The writers' versions (those this process imported: read once)."""
    found = []
    for name in WRITERS:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} absent")
    return "\n".join(found)


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def code_key(reference_dir: Path, package: Path = PACKAGE) -> str:
    """A digest of the package's source, the checks, ontology and shapes, the reference data and the
    versions of the packages that write the output. Read afresh at each call (about 20 ms): a process that
    builds twice sees an edit to the reference data made in between."""
    digest = hashlib.sha256(f"{__version__}\n{_versions()}\n".encode())
    for root in (Path(package), *INPUTS, Path(reference_dir)):
        for path in _files([root]):
            content = path.read_bytes()
            digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\n{len(content)}\n".encode())
            digest.update(content)
    return digest.hexdigest()


class ConversionCache:
    """Document graphs as N-Triples files, named by a digest of everything that made them."""

    def __init__(self, folder: Path | None = None, *, reference_dir: Path, base: str):
        self.folder = Path(folder or os.environ.get("KG_CACHE") or CACHE)
        self.prefix = hashlib.sha256(f"{code_key(Path(reference_dir))}\n{base}".encode()).hexdigest()
        self.hits = self.misses = 0
        self._paths: dict[Path, Path] = {}
        self._digests: dict[Path, str] = {}

    def know(self, digests: dict[Path, str]) -> None:
        """Take the documents' digests (:func:`file_digest`) that the build has already taken, so that it
        reads and hashes each document once."""
        self._digests.update(digests)

    def _path(self, document: Path) -> Path:
        """Where the document's graph lies, from the digest of its bytes (a build asks ``contains`` and then
        ``get``: the digest is taken once, or given by :meth:`know`)."""
        if document not in self._paths:
            content = self._digests.pop(document, None) or file_digest(document)
            digest = hashlib.sha256(f"{self.prefix}\n{document.name}\n{content}".encode()).hexdigest()
            self._paths[document] = self.folder / digest[:2] / f"{digest}.nt"
        return self._paths[document]

    def contains(self, document: Path) -> bool:
        """Whether the document's graph is cached (a miss is counted here: it will be converted)."""
        found = self._path(document).is_file()
        self.misses += not found
        return found

    def get(self, document: Path) -> str | None:
        """The document's N-Triples as last converted, or None."""
        path = self._path(document)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.misses += 1
            return None
        self.hits += 1
        return text

    def put(self, document: Path, text: str) -> None:
        path = self._path(document)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
