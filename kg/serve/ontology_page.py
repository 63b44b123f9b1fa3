"""The ontology as a documentation page, as pyLODE or Widoco would write it, from ``ontology/hksh.ttl``.

Every class, property and named individual the ontology defines gets a section with an anchor of its local
name (so ``https://w3id.org/hksh/ontology#Visit`` lands on its section at ``/ontology#Visit``): its label,
comment, IRI, kind, super-classes or super-properties, domain, range, and the SHACL shapes of
``ontology/shapes.ttl`` that use it (target it, constrain it as a path, or require it as a class). Written
by our own template from the served ontology graph, so it says what the data says; no new dependency.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH

from kg.formats import Format
from kg.namespaces import HKSH, ONTOLOGY_GRAPH, PREFIXES

KINDS = [("Classes", (OWL.Class, RDFS.Class)), ("Object properties", (OWL.ObjectProperty,)),
         ("Datatype properties", (OWL.DatatypeProperty,)), ("Other terms", ())]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font-family:sans-serif;max-width:1000px;margin:1em auto;padding:0 1em;color:#222}}
section{{border-top:1px solid #ddd;padding:.4em 0}}dl{{display:grid;grid-template-columns:9em 1fr;gap:.2em .8em}}
dt{{color:#555}}dd{{margin:0}}code{{font-size:90%}}h3 small{{color:#777;font-weight:normal}}</style>
</head><body>
<nav><a href="/">Home</a> · <a href="/sparql">SPARQL</a> · <a href="/.well-known/void">Dataset description</a></nav>
<h1>{title}</h1>
<p><code>{iri}</code>{version}</p>
<p>{comment}</p>
<p>Also as <a href="?format=ttl">Turtle</a>, <a href="?format=jsonld">JSON-LD</a>, <a href="?format=nt">N-Triples</a>,
<a href="?format=rdf">RDF/XML</a>. Namespace <code>hksh:</code> = <code>{namespace}</code>.{license}</p>
<h2>Contents</h2>{contents}
{sections}
</body></html>"""


def _curie(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


def _anchor(term: URIRef) -> str:
    return str(term)[len(str(HKSH)):]


def _ref(term) -> str:
    """A term as a link: to its section when it is ours, to its IRI when it is a web address."""
    if isinstance(term, Literal):
        return escape(str(term))
    if isinstance(term, BNode):
        return "(anonymous)"
    text = escape(_curie(str(term)))
    if str(term).startswith(str(HKSH)):
        return f'<a href="#{escape(_anchor(term))}">{text}</a>'
    if str(term).startswith(("http://", "https://")):
        return f'<a href="{escape(str(term))}">{text}</a>'
    return text


def _english(graph: Graph, node, predicate) -> str | None:
    values = list(graph.objects(node, predicate))
    english = [v for v in values if isinstance(v, Literal) and (v.language or "").startswith("en")]
    return str((english or values)[0]) if (english or values) else None


def shapes_using(shapes: Graph) -> dict[URIRef, set[URIRef]]:
    """For each term, the node shapes that use it: as target class, as a property's path, or as the
    class a value must have (directly or in a property shape of the node shape)."""
    used: dict[URIRef, set[URIRef]] = {}
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        if isinstance(shape, BNode):
            continue
        terms = set(shapes.objects(shape, SH.targetClass)) | set(shapes.objects(shape, SH["class"]))
        for prop in shapes.objects(shape, SH.property):
            terms |= set(shapes.objects(prop, SH.path)) | set(shapes.objects(prop, SH["class"]))
        for term in terms:
            if isinstance(term, URIRef):
                used.setdefault(term, set()).add(shape)
    return used


def _shape_name(shape: URIRef) -> str:
    return str(shape).rsplit("#", 1)[-1]


def _shape_ref(shape: URIRef) -> str:
    return f'<a href="#shape-{escape(_shape_name(shape))}">{escape(_shape_name(shape))}</a>'


def _shapes_section(shapes: Graph) -> str:
    """Each node shape: what it checks, in its own words, and what it targets."""
    items = []
    for shape in sorted(s for s in set(shapes.subjects(RDF.type, SH.NodeShape)) if isinstance(s, URIRef)):
        targets = ", ".join(_ref(t) for t in sorted(shapes.objects(shape, SH.targetClass)))
        items.append(f'<section id="shape-{escape(_shape_name(shape))}"><h3>{escape(_shape_name(shape))} '
                     f'<small>{escape(str(shape))}</small></h3><p>{escape(_english(shapes, shape, RDFS.comment) or "")}</p>'
                     + (f"<p>Targets {targets}.</p>" if targets else "") + "</section>")
    return "<h2>Shapes</h2><p>The SHACL shapes (<code>ontology/shapes.ttl</code>) every build is validated against.</p>" + "".join(items)


def _section(ontology: Graph, term: URIRef, used: dict[URIRef, set[URIRef]], shapes: Graph) -> str:
    label = _english(ontology, term, RDFS.label) or _anchor(term)
    rows = [("IRI", f"<code>{escape(str(term))}</code>"),
            ("Kind", ", ".join(_ref(t) for t in sorted(ontology.objects(term, RDF.type))))]
    for name, predicate in (("Sub-class of", RDFS.subClassOf), ("Sub-property of", RDFS.subPropertyOf),
                            ("Domain", RDFS.domain), ("Range", RDFS.range), ("In scheme", RDFS.isDefinedBy),
                            ("See also", RDFS.seeAlso)):
        values = sorted(ontology.objects(term, predicate))
        if values:
            rows.append((name, ", ".join(_ref(v) for v in values)))
    rows.append(("Used by shapes", ", ".join(_shape_ref(s) for s in sorted(used.get(term, ()))) or "none"))
    inherited = sorted({(parent, s) for parent in ontology.objects(term, RDFS.subClassOf) for s in used.get(parent, ())})
    if inherited:
        rows.append(("Shapes of its super-classes", ", ".join(f"{_shape_ref(s)} (via {_ref(parent)})"
                                                              for parent, s in inherited)))
    table = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    comment = escape(_english(ontology, term, RDFS.comment) or "")
    return (f'<section id="{escape(_anchor(term))}"><h3>{escape(label)} <small>{escape(_curie(str(term)))}</small></h3>'
            f"<p>{comment}</p><dl>{table}</dl></section>")


def ontology_page(ontology: Graph, shapes: Graph) -> str:
    """The documentation page of the ontology graph, with the shapes that use each term."""
    iri = URIRef(ONTOLOGY_GRAPH)
    ours = sorted({s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(HKSH))},
                  key=lambda t: (_anchor(t).lower(), str(t)))
    used = shapes_using(shapes)
    contents, sections, placed = [], [], set()
    for heading, types in KINDS:
        terms = [t for t in ours if t not in placed and (not types or any((t, RDF.type, k) in ontology for k in types))]
        placed.update(terms)
        if not terms:
            continue
        contents.append(f"<p><b>{heading}</b>: " + ", ".join(_ref(t) for t in terms) + "</p>")
        sections.append(f"<h2>{heading}</h2>" + "".join(_section(ontology, t, used, shapes) for t in terms))
    version = _english(ontology, iri, OWL.versionInfo)
    license = next(ontology.objects(iri, DCTERMS.license), None)
    return PAGE.format(title=escape(_english(ontology, iri, RDFS.label) or "Ontology"), iri=escape(str(iri)),
                       version=f" · version {escape(version)}" if version else "",
                       comment=escape(_english(ontology, iri, RDFS.comment) or ""), namespace=escape(str(HKSH)),
                       license=f" Licence: {_ref(license)}." if license is not None else "",
                       contents="".join(contents) + '<p><b><a href="#shapes">Shapes</a></b></p>',
                       sections="".join(sections) + f'<div id="shapes">{_shapes_section(shapes)}</div>')


@lru_cache(maxsize=4)
def shapes_graph(path: Path) -> Graph:
    """The shapes file, parsed once per server."""
    graph = Graph()
    graph.parse(path, format=Format.TURTLE.rdflib)
    return graph
