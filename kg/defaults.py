"""The defaults the command line shows, kept free of heavy imports so that ``kg --help`` answers at once.

The modules that use them (``kg.graph.build``, ``kg.graph.documents``, ``kg.graph.validate``, ``kg.curation``,
``kg.namespaces``) take them from here, so each lives in one place.
"""

from __future__ import annotations

from kg.resources import WORK

DEFAULT_BASE = "https://w3id.org/hksh/id/"
DOCUMENTS = WORK / "data" / "documents"
DIST = WORK / "dist"
CURATION = WORK / "data" / "curation.yaml"
TIME_LIMIT = 120.0  # seconds per document; the largest accepted (2 MB of text on one line) takes about 50 s
ENGINES = ("shacl", "pyshacl")  # kg.graph.validate.Engine's values; the first is the default
