"""Linked data: what the server says about one IRI (as RDF or as a page), the home page's timeline,
and the dataset's own description (VoID and DCAT). Everything is read from the served dataset by
direct triple lookups, never by running a user's query."""

from __future__ import annotations

from html import escape

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SDO, SKOS, XSD

from kg import __version__
from kg.formats import DUMP_FORMATS, RESOURCES, Format
from kg.links import is_web_url
from kg.namespaces import DCAT, HKSH, OA, ONTOLOGY_GRAPH, PREFIXES, VOID, bind_prefixes, plain, slug
from kg.rdf.document_graph import quotes
from kg.serve.citations import Citations, citation_html
from kg.serve.diagrams import Edge, Mark, neighbourhood_svg, timeline_svg
from kg.serve.named import queries_list
from kg.serve.search import SEARCH_STYLE, search_box

MAX_TRIPLES = 5000
DUMPS = {f"hksh{fmt.suffix}": fmt for fmt in DUMP_FORMATS}  # the files kg build writes, as /dump/NAME
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font-family:sans-serif;max-width:1000px;margin:1em auto;padding:0 1em;color:#222}}
table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ddd;padding:4px;text-align:left;vertical-align:top}}
blockquote{{margin:.3em 0 .8em 1em;color:#444;border-left:3px solid #ccc;padding-left:.6em}}code{{font-size:90%}}{search_style}</style>
{head}</head><body>
<nav><a href="{root}">Home</a> · <a href="{root}sparql">SPARQL</a> · <a href="{root}.well-known/void">Dataset description</a>{search}</nav>
{body}</body></html>"""


ALSO_AS = ", ".join(f"<a href='?format={f.extension}'>{f.native.name}</a>"
                    for f in (Format.TURTLE, Format.JSONLD, Format.NTRIPLES))


def page(title: str, body: str, *, head: str = "", query: str = "", root: str = "/") -> str:
    """A page of the site: the navigation with the search box (holding ``query``), then the body."""
    return PAGE.format(title=escape(title), head=head, body=body, root=root, search=search_box(query),
                       search_style=SEARCH_STYLE)


def local_path(iri: str, base: str, root: str = "/") -> str | None:
    """The server path where an instance IRI or an ontology term answers, or None for an IRI from elsewhere.

    >>> local_path("https://w3id.org/hksh/ontology#Visit", "https://w3id.org/hksh/id/")
    '/ontology#Visit'
    """
    if iri == ONTOLOGY_GRAPH or iri.startswith(ONTOLOGY_GRAPH + "#"):
        return f"{root}ontology{iri[len(ONTOLOGY_GRAPH):]}"
    return f"{root}id/{iri[len(base):]}" if iri.startswith(base) else None


def href(iri: str, base: str, root: str = "/") -> str | None:
    """Where a page may link for an IRI: its path here, or the IRI itself when it is an http(s) URL.
    Anything else (``javascript:``, ``data:``, a URL with a quote in it) gets no link, only its text."""
    return local_path(iri, base, root) or (iri if is_web_url(iri) else None)


def describe(dataset: Dataset, iri: URIRef) -> Graph:
    """Every triple with the IRI as subject or object, from every graph, bounded."""
    graph = Graph()
    bind_prefixes(graph)
    for n, (subject, predicate, value) in enumerate(dataset.triples((iri, None, None))):
        if n >= MAX_TRIPLES:
            break
        graph.add((subject, predicate, plain(value)))
    for n, triple in enumerate(dataset.triples((None, None, iri))):
        if n >= MAX_TRIPLES:
            break
        graph.add(triple)
    return graph


def named_graph(dataset: Dataset, iri: URIRef) -> Graph | None:
    """The named graph an IRI names (a document's, the reference data's, the ontology's), bounded, or None:
    a graph's IRI is the first thing a consumer of the dumps dereferences."""
    graph = Graph()
    bind_prefixes(graph)
    for n, (subject, predicate, value) in enumerate(Graph(store=dataset.store, identifier=iri).triples((None, None, None))):
        if n >= MAX_TRIPLES:
            break
        graph.add((subject, predicate, plain(value)))
    return graph if len(graph) else None


def graph_page(graph: Graph, iri: URIRef) -> str:
    """A named graph as a page: its Turtle, and where to get it in other formats."""
    title = escape(str(iri))
    formats = " · ".join(f'<a href="?format={name}">{name}</a>' for name in RESOURCES.extensions if name != "html")
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><h1>Graph {title}</h1><p>{len(graph)} triples. Also as {formats}.</p>"
            f"<pre>{escape(graph.serialize(format=Format.TURTLE.rdflib))}</pre></body></html>")


def label(dataset: Dataset, node) -> str:
    if isinstance(node, Literal):
        return str(node)
    for predicate in (RDFS.label, SKOS.prefLabel, SDO.headline):
        values = list(dataset.objects(node, predicate))
        english = [v for v in values if isinstance(v, Literal) and (v.language or "").startswith("en")]
        if english or values:
            return str((english or values)[0])
    return _curie(str(node))


def _curie(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


def _link(dataset: Dataset, node, base: str) -> str:
    if isinstance(node, Literal):
        suffix = f' <small>@{node.language}</small>' if node.language else ""
        return escape(str(node)) + suffix
    target, text = href(str(node), base), escape(label(dataset, node))
    return f'<a href="{escape(target)}">{text}</a>' if target else text


def _term(iri, base: str) -> str:
    """A property or class by its prefixed name, linked to its documentation where it is ours."""
    target = local_path(str(iri), base)
    text = escape(_curie(str(iri)))
    return f'<a href="{escape(target)}">{text}</a>' if target else text


def resource_page(dataset: Dataset, iri: URIRef, base: str, *, shaped: str = "") -> str:
    """The HTML page of a resource: labels, types, facts with links and their sources, a diagram, its
    sources; ``shaped``, the tables a page shaped for its kind shows first (they list the sources then)."""
    skip = {OA.hasBody}
    outgoing = sorted((p, o) for p, o in dataset.predicate_objects(iri) if p not in skip)
    incoming = sorted((s, p) for s, p in dataset.subject_predicates(iri)
                      if p not in skip and (s, RDF.type, OA.Annotation) not in dataset)
    cited = Citations(dataset, base)
    cite = lambda p, o: citation_html(cited.cite(iri, p, o), lambda doc: _link(dataset, doc, base))  # noqa: E731
    rows = "".join(f"<tr><td>{_term(p, base)}</td><td>{_link(dataset, o, base)}</td><td>{cite(p, o)}</td></tr>"
                   for p, o in outgoing)
    back = "".join(f"<tr><td>{_link(dataset, s, base)}</td><td>{_term(p, base)}</td></tr>" for s, p in incoming[:200])
    edges = [Edge(_curie(str(p)).split(":")[-1], label(dataset, o), local_path(str(o), base), True)
             for p, o in outgoing if isinstance(o, URIRef) and p != RDF.type]
    edges += [Edge(_curie(str(p)).split(":")[-1], label(dataset, s), local_path(str(s), base), False) for s, p in incoming]
    quoted = "" if shaped else "".join(f'<li>{_link(dataset, doc, base)}<blockquote>{escape(sentence)}</blockquote></li>'
                     for doc, sentence in quotes(dataset, iri)[:100])
    types = ", ".join(_term(t, base) for t in sorted(dataset.objects(iri, RDF.type)))
    body = (f"<h1>{escape(label(dataset, iri))}</h1><p><code>{escape(str(iri))}</code><br>{types}</p>"
            f"<p>Also as {ALSO_AS}.</p>"
            + shaped
            + f"<h2>Neighbourhood</h2>{neighbourhood_svg(label(dataset, iri), edges)}"
            f"<h2>{'All facts' if shaped else 'Facts'}</h2><table>{rows}</table>"
            + (f"<h2>Links to it</h2><table>{back}</table>" if back else "")
            + (f"<h2>Sources</h2><ul>{quoted}</ul>" if quoted and not shaped else ""))
    return page(label(dataset, iri), body)


TIMELINE = f"""PREFIX dcterms: <{DCTERMS}> PREFIX hksh: <{HKSH}> PREFIX rdfs: <{RDFS}> PREFIX schema: <{SDO}>
SELECT ?kind ?node ?when WHERE {{
  {{ ?node a hksh:CooperationConference ; dcterms:created ?when . BIND("founded" AS ?kind) }}
  UNION {{ ?node a hksh:Renaming ; schema:startDate ?when . BIND("renamed" AS ?kind) }}
  UNION {{ ?node a hksh:PlenarySession ; schema:startDate ?when . BIND("plenary session" AS ?kind) }}
  UNION {{ ?node a schema:Event ; schema:startDate ?when ; rdfs:label ?name .
          FILTER(CONTAINS(LCASE(STR(?name)), "anniversary")) BIND("anniversary" AS ?kind) }}
  FILTER(isLiteral(?when))
}}"""


def timeline_marks(dataset: Dataset, base: str) -> list[Mark]:
    """Founding, renaming, plenary sessions and anniversaries, each with its most precise date.

    One query finds them, so the home page costs the same whatever the number of other events."""
    when: dict[tuple[str, URIRef], str] = {}
    for kind, node, date in dataset.query(TIMELINE):
        key = (str(kind), node)
        when[key] = max(when.get(key, ""), str(date), key=lambda d: (len(d), d))
    marks = []
    for (kind, node), date in sorted(when.items()):
        link = href(str(node), base)
        text = label(dataset, node)
        if kind == "plenary session":
            marks.append(Mark(date, text.split(" of the ")[0], kind, link))
        elif kind == "anniversary":
            if "anniversary" in text.lower():
                marks.append(Mark(date, text, kind, link))
        else:
            marks.append(Mark(date, kind, kind, link))
    return marks


def home_page(dataset: Dataset, base: str, yasgui_head: str, yasgui_body: str) -> str:
    body = ("<h1>The Hong Kong/Shanghai Co-operation Conference</h1>"
            "<p>A knowledge graph of the mechanism, its plenary sessions, officials and posts, events, "
            "agreements and co-operation areas; every fact keeps the sentence it was read from.</p>"
            f"<h2>Timeline</h2>{timeline_svg(timeline_marks(dataset, base))}"
            f"<h2>Query</h2>{yasgui_body}"
            "<h2>Named queries</h2><p>Each answers one question; on its page, a field for each parameter it "
            f"takes, and the answer as a table, CSV or JSON.</p>{queries_list()}")
    return page("Hong Kong/Shanghai Co-operation Conference knowledge graph", body, head=yasgui_head)


GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def void_graph(dataset: Dataset, root_url: str, base: str) -> Graph:
    """VoID and DCAT: title, licence, counts, the named graphs, the endpoint and the dumps."""
    graph = Graph()
    bind_prefixes(graph)
    ds = URIRef(root_url + ".well-known/void#dataset")
    graph.add((ds, RDF.type, VOID.Dataset))
    graph.add((ds, RDF.type, DCAT.Dataset))
    graph.add((ds, DCTERMS.title, Literal("Hong Kong/Shanghai Co-operation Conference knowledge graph", lang="en")))
    graph.add((ds, DCTERMS.description, Literal("The mechanism, its plenary sessions, officials and posts, events, "
                                                "agreements and co-operation areas, each fact traced to its sentence.", lang="en")))
    graph.add((ds, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    graph.add((ds, DCTERMS.hasVersion, Literal(__version__)))
    graph.add((ds, VOID.sparqlEndpoint, URIRef(root_url + "sparql")))
    graph.add((ds, VOID.uriSpace, Literal(base)))
    triples = next(iter(dataset.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0]
    graph.add((ds, VOID.triples, Literal(int(triples), datatype=XSD.integer)))
    graph.add((ds, VOID.vocabulary, URIRef(str(HKSH))))
    for name, fmt in DUMPS.items():
        dump = URIRef(root_url + "dump/" + name)
        graph.add((ds, VOID.dataDump, dump))
        distribution = URIRef(root_url + ".well-known/void#" + name)
        graph.add((ds, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.downloadURL, dump))
        graph.add((distribution, DCAT.mediaType, Literal(fmt.media_type)))
    for name, size in dataset.query(GRAPH_SIZES):
        subset = URIRef(f"{root_url}.well-known/void#graph/{slug(str(name).removeprefix(base))}")
        graph.add((ds, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, SDO.name, name))
        graph.add((subset, VOID.triples, Literal(int(size), datatype=XSD.integer)))
    return graph
