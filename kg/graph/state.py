"""What a build keeps for the next one (``build-state.json`` beside its exports): a digest of everything
but the documents, each document's digest, and where each chunk of each export lies, so that the next
build can tell what changed and patch only that (:mod:`kg.graph.incremental`)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kg import __version__
from kg.graph.cache import code_key, file_digest
from kg.graph.chunks import ChunkIndex
from kg.graph.store import STORE

STATE = "build-state.json"


@dataclass(frozen=True)
class BuildState:
    """What the next build needs to know of this one."""

    inputs: str  # a digest of everything but the documents
    documents: dict[str, str]  # file name: digest of its bytes
    chunks: ChunkIndex

    def save(self, folder: Path) -> None:
        data = {"inputs": self.inputs, "documents": self.documents, "chunks": self.chunks.to_json()}
        (folder / STATE).write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "BuildState | None":
        """The state of the build in ``folder``, or None when there is none to trust."""
        try:
            data = json.loads((folder / STATE).read_text(encoding="utf-8"))
            state = cls(data["inputs"], dict(data["documents"]), ChunkIndex.from_json(data["chunks"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return state if (folder / STORE).is_dir() and (folder / "manifest.json").is_file() else None


def inputs_digest(*, reference: Path, curation: Path, base: str) -> str:
    """Everything besides the documents that shapes a build's output: the code, the reference data, the
    checks and shapes (:func:`kg.graph.cache.code_key`), the curation file and the base IRI."""
    digest = hashlib.sha256(f"{__version__}\n{base}\n{code_key(Path(reference))}\n".encode())
    curation = Path(curation)
    digest.update(curation.name.encode())
    digest.update(curation.read_bytes() if curation.is_file() else b"")
    return digest.hexdigest()


def document_digests(paths: list[Path] | tuple[Path, ...]) -> dict[str, str]:
    return {path.name: file_digest(path) for path in paths}
