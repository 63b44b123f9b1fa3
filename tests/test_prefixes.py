"""The prefixes as plain IRIs (``kg.prefixes``) name what ``kg.namespaces`` names, and the exports' own process
starts without rdflib."""

from __future__ import annotations

import subprocess
import sys

from kg.namespaces import PREFIXES
from kg.prefixes import PREFIX_IRIS


def test_plain_prefixes_are_the_namespaces():
    assert PREFIX_IRIS == {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    assert list(PREFIX_IRIS) == list(PREFIXES)


def test_the_derived_exports_process_imports_no_rdflib():
    probe = "import sys; from kg.graph.chunks import derive_job; print(sorted(m for m in sys.modules if m.startswith('rdflib')))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
