"""The import direction of docs/architecture.md: no module of kg/ imports from a later layer, and no
module-level imports run in a circle. Imports inside a function (the command line's, made lazily so that
``kg --help`` answers at once) are not the modules' structure and are not counted."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

# In the order of the data; "base" may be imported from anywhere.
LAYERS = {
    "base": ["kg", "kg.resources", "kg.defaults", "kg.namespaces", "kg.reference", "kg.links", "kg.timing",
             "kg.progress", "kg.formats", "kg.terms", "kg.prefixes"],
    "text": ["kg.text"],
    "extract": ["kg.extract"],
    "rdf": ["kg.rdf"],
    "convert": ["kg.convert", "kg.curation"],
    "graph": ["kg.graph", "kg.queries", "kg.review", "kg.push", "kg.evaluate"],
    "serve": ["kg.serve", "kg.params"],
    "cli": ["kg.cli", "kg.__main__"],
}
ORDER = list(LAYERS)


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def layer(module: str) -> str:
    """The layer of a module: the one that names it or its longest enclosing package."""
    best = max(((prefix, name) for name, prefixes in LAYERS.items() for prefix in prefixes
                if module == prefix or (prefix != "kg" and module.startswith(prefix + "."))),
               key=lambda found: len(found[0]), default=None)
    assert best is not None, f"{module}: in no layer of docs/architecture.md"
    return best[1]


def imported(path: Path, known: dict[str, Path]) -> set[str]:
    """The kg modules a module imports at its top level (``from kg.x import y`` counts kg.x.y when y is a
    module)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module.split(".")[0] == "kg":
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names if f"{node.module}.{alias.name}" in known}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "kg"}
    return {name for name in found if name in known}


def test_every_module_is_in_a_layer_and_imports_none_later():
    known = modules()
    assert len(known) > 60
    backwards = [f"{module} ({layer(module)}) imports {other} ({layer(other)})"
                 for module, path in known.items() for other in sorted(imported(path, known))
                 if ORDER.index(layer(other)) > ORDER.index(layer(module))]
    assert backwards == []


def test_no_import_cycle():
    known = modules()
    edges = {module: imported(path, known) - {module} for module, path in known.items()}
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        assert module not in trail, " -> ".join(trail[trail.index(module):] + [module])
        if module not in done:
            for other in sorted(edges[module]):
                visit(other, trail + [module])
            done.add(module)

    for module in sorted(edges):
        visit(module, [])


def test_the_layers_are_the_architecture_documents():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert "documents ──> text ──> extract ──> rdf ──> convert ──> graph ──> serve ──> cli" in text
    for prefixes in LAYERS.values():
        for prefix in prefixes:
            if prefix != "kg":
                assert prefix.replace('.', '/') in text, prefix


def test_no_function_over_60_lines_and_no_module_over_400():
    """Issue 16's bound on size: a reader takes in a function at once and a module in a sitting."""
    long_functions, long_modules = [], []
    for module, path in modules().items():
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > 400:
            long_modules.append(module)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > 60:
                long_functions.append(f"{module}.{node.name}")
    assert long_functions == [] and long_modules == []
