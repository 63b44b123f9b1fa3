"""Answering one SPARQL query: refuse what is unsafe, select the dataset, evaluate, cap, serialise in
the format the request negotiated (:class:`kg.serve.protocol.Job`). Oxigraph evaluates a query over a
store it holds; rdflib, one over any other dataset.

Runs inside a worker process (see ``kg.serve.workers``), which cannot open a network connection. Nothing
here dereferences an IRI: rdflib's graph loading is switched off, so ``FROM``/``FROM NAMED`` and
``default-graph-uri`` select among the served graphs only, and ``SERVICE`` is refused before evaluation
(:mod:`kg.serve.query_check`), on the query's own tokens.
"""

from __future__ import annotations

import io
import json
from itertools import islice

import pyoxigraph as ox
import rdflib.plugins.sparql
from kg.terms import from_ox
from pyparsing import ParseException
from rdflib import Dataset, Graph, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from kg.formats import GRAPHS, RESULTS, Format
from kg.graph.store import native_store
from kg.namespaces import DEFAULT_BASE, PREFIX_IRIS, PREFIXES, plain
from kg.serve.echo import echo
from kg.serve.protocol import Answer, Job, error
from kg.serve.query_check import Refused, Vetted, vet
from kg.serve.tsv import tsv_term

rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


def walk(node):
    """Every node of a parsed query's algebra."""
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from walk(value)


def _prepared(query: str) -> Query | Answer:
    """rdflib's parse of a vetted query, or the Answer that refuses it (its algebra is asked about SERVICE
    too: a second opinion on the tokens' verdict)."""
    try:
        prepared = prepareQuery(query, initNs=dict(PREFIXES))
    except ParseException as problem:
        return error(400, f"Malformed query at line {problem.lineno}, column {problem.col}: {problem.msg}")
    except Exception as problem:
        return error(400, f"Malformed query: {' '.join(str(problem).split())[:300]}")
    if any(node.name == "ServiceGraphPattern" for node in walk(prepared.algebra)):
        return error(400, "SERVICE is not allowed: this endpoint never sends requests to other endpoints.")
    return prepared


def _vetted(job: Job) -> Vetted | Answer:
    try:
        return vet(job.query)
    except Refused as refusal:
        return error(refusal.status, str(refusal))


def _tsv(result: Result) -> bytes:
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result.bindings:
        lines.append("\t".join(tsv_term(row[v]) if row.get(v) is not None else "" for v in result.vars))
    return ("\n".join(lines) + "\n").encode()


def _select(job: Job, result: Result) -> Answer:
    if job.results is None:
        return error(406, f"Not acceptable: {echo(job.accept)}. Results are offered as {', '.join(RESULTS.media_types)}.")
    media_type, fmt = job.results
    headers = {}
    if result.type == "SELECT":
        rows = list(islice(iter(result.bindings), job.max_rows + 1))
        if len(rows) > job.max_rows:
            rows = rows[: job.max_rows]
            headers["X-Result-Truncated"] = f"only the first {job.max_rows} rows"
        capped = Result("SELECT")
        capped.vars = result.vars
        capped.bindings = rows
        result = capped
    if fmt is Format.TSV:
        if result.type == "ASK":
            return error(406, "Not acceptable: an ASK result has no TSV form; ask for JSON or XML.")
        body = _tsv(result)
    else:
        out = io.BytesIO()
        result.serialize(out, format=fmt.rdflib, encoding="utf-8")
        body = out.getvalue()
    charset = "; charset=utf-8" if media_type.startswith("text/") else ""
    return Answer(200, media_type + charset, body, headers)


def _graph(job: Job, result: Result) -> Answer:
    if job.graph is None:
        return error(406, f"Not acceptable: {echo(job.accept)}. Graphs are offered as {', '.join(GRAPHS.media_types)}.")
    media_type, fmt = job.graph
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in islice(result.graph, job.max_rows * 10):
        graph.add(triple)
    body = graph.serialize(format=fmt.rdflib, encoding="utf-8")
    charset = "; charset=utf-8" if media_type.startswith("text/") else ""
    return Answer(200, media_type + charset, body)


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        written = {"type": "literal", "value": term.value}
        if term.language:
            written["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            written["datatype"] = term.datatype.value
        return written
    return {"type": "triple", "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
                                       "object": _json_term(term.object)}}


def _json(job: Job, answer: ox.QueryBoolean | ox.QuerySolutions) -> Answer:
    """SPARQL JSON results written straight from Oxigraph's terms: the common case, and the one where
    going through rdflib's terms and serialiser cost more than the query itself."""
    media_type = job.results.media_type
    if isinstance(answer, ox.QueryBoolean):
        return Answer(200, media_type, json.dumps({"head": {}, "boolean": bool(answer)}).encode())
    names = [v.value for v in answer.variables]
    rows = [{name: _json_term(value) for name, value in zip(names, row) if value is not None}
            for row in islice(answer, job.max_rows + 1)]
    headers = {}
    if len(rows) > job.max_rows:
        rows = rows[: job.max_rows]
        headers["X-Result-Truncated"] = f"only the first {job.max_rows} rows"
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}, ensure_ascii=False)
    return Answer(200, media_type, body.encode("utf-8"), headers)


def _native_json(job: Job, answer: ox.QuerySolutions) -> Answer:
    """Oxigraph's own JSON writer, for a SELECT that Oxigraph was asked to stop one row past the cap: it
    is faster than any writer in Python. Only when the cap cut something are the rows written again."""
    body = answer.serialize(format=ox.QueryResultsFormat.JSON)
    if len(body) >= 3 * (job.max_rows + 1):  # below that, it cannot hold more rows than the cap ("{}," each)
        if sum(1 for _ in ox.parse_query_results(body, ox.QueryResultsFormat.JSON)) > job.max_rows:
            return _json(job, ox.parse_query_results(body, ox.QueryResultsFormat.JSON))
    return Answer(200, job.results.media_type, body)


def _native(store: ox.Store, job: Job) -> Answer:
    vetted = _vetted(job)
    if isinstance(vetted, Answer):
        return vetted
    query, select = vetted.text, vetted.form == "SELECT"
    as_json = job.results is not None and job.results.format is Format.RESULTS_JSON
    options: dict = {"prefixes": PREFIX_IRIS, "base_iri": DEFAULT_BASE}  # relative IRIs: against the instance base
    try:
        if job.default_graphs or job.named_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        answer, capped = None, select and as_json
        if capped:
            try:
                answer = store.query(f"{query}\nLIMIT {job.max_rows + 1}", **options)
            except SyntaxError:  # a LIMIT or trailing VALUES of its own (or malformed): asked as it is
                capped = False
        if answer is None:
            answer = store.query(query, **options)
    except SyntaxError as problem:
        return error(400, f"Malformed query: {' '.join(str(problem).split())[:300]}")
    except (ValueError, OSError) as problem:
        return error(400, f"Query failed: {' '.join(str(problem).split())[:300]}")
    try:
        if capped and isinstance(answer, ox.QuerySolutions):
            return _native_json(job, answer)
        if as_json and isinstance(answer, (ox.QueryBoolean, ox.QuerySolutions)):
            return _json(job, answer)
        if isinstance(answer, ox.QueryBoolean):
            result = Result("ASK")
            result.askAnswer = bool(answer)
        elif isinstance(answer, ox.QuerySolutions):
            result = Result("SELECT")
            result.vars = [Variable(v.value) for v in answer.variables]
            result.bindings = ({v: plain(from_ox(value)) for v, value in zip(result.vars, row) if value is not None}
                               for row in answer)
        else:
            result = Result("CONSTRUCT")
            result.graph = Graph()
            for triple in islice(answer, job.max_rows * 10):
                result.graph.add(tuple(map(plain, from_ox(triple))))
            return _graph(job, result)
        return _select(job, result)
    except (ValueError, OSError) as problem:
        return error(400, f"Query failed: {' '.join(str(problem).split())[:300]}")


def execute(dataset: Dataset, job: Job) -> Answer:
    """The answer to a query over a dataset whose default graph is the union of its graphs."""
    store = native_store(dataset)
    if store is not None:
        return _native(store, job)
    vetted = _vetted(job)
    if isinstance(vetted, Answer):
        return vetted
    prepared = _prepared(vetted.text)
    if isinstance(prepared, Answer):
        return prepared
    if job.default_graphs or job.named_graphs:
        prepared.algebra["datasetClause"] = (
            [CompValue("DatasetClause", default=URIRef(g)) for g in job.default_graphs]
            + [CompValue("DatasetClause", named=URIRef(g)) for g in job.named_graphs])
    try:
        result = dataset.query(prepared)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return _graph(job, result)
        return _select(job, result)
    except Exception as problem:  # evaluation errors are the query's fault, never a 500 with a trace
        return error(400, f"Query failed: {' '.join(str(problem).split())[:300]}")
