"""Where the files the package reads at run time are, in a checkout and in an installed wheel alike.

The reference data, the ontology and shapes, and the named queries (with the checks) are package data
under ``kg/_data/``, found through :mod:`importlib.resources`. In the repository ``kg/_data/reference``,
``ontology`` and ``queries`` are symbolic links to ``data/reference/``, ``ontology/`` and ``queries/``, the
one editable copy; building the wheel copies what they point to (``pyproject.toml``'s package data).

What a user works on (the documents, ``dist/``, the cache, the curation file, ``vendor/``) lies under the
checkout when the package runs from one, and else under the folder ``kg`` is run in.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def packaged(*parts: str) -> Path:
    """A file or folder of the package data (the package is installed unzipped, as pip does)."""
    return Path(str(files("kg").joinpath("_data", *parts))).resolve()  # in a checkout: the linked source


def _checkout() -> Path | None:
    root = PACKAGE.parent
    return root if (root / "pyproject.toml").is_file() and (root / "kg" / "_data").is_dir() \
        and (root / "data" / "reference").is_dir() else None


CHECKOUT = _checkout()
WORK = CHECKOUT or Path.cwd()
