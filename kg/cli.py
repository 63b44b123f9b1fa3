"""The ``kg`` command: thin click commands that parse options and call one library function each."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg import __version__
from kg.defaults import CURATION, DEFAULT_BASE, DIST, DOCUMENTS, ENGINES, TIME_LIMIT


def fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


def documents_option(f):
    return click.option("--documents", type=click.Path(path_type=Path), default=DOCUMENTS, show_default=True,
                        help="Folder of documents (*.txt, *.md, *.html) to convert.")(f)


def dist_option(name: str = "--out", help_text: str = "Folder the build writes to."):
    def decorate(f):
        return click.option(name, "dist", type=click.Path(path_type=Path), default=DIST, show_default=True,
                            help=help_text)(f)
    return decorate


def base_option(f):
    return click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of instance IRIs.")(f)


def engine_option(f):
    return click.option("--engine", type=click.Choice(list(ENGINES)), default=ENGINES[0],
                        show_default=True, help="SHACL engine: shacl (native, fast) or pyshacl (the reference).")(f)


def time_limit_option(f):
    return click.option("--time-limit", type=click.FloatRange(min=0.1), default=TIME_LIMIT, show_default=True,
                        metavar="SECONDS", help="Seconds one document may take to convert; past them its process "
                        "is killed and the build fails, naming the file.")(f)


def reports_errors(f):
    """Turn the library's bad-input errors into one line on stderr and exit status 1."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        from kg.graph.dataset import RDFFileError
        from kg.queries import QueryError
        from kg.evaluate import GoldError
        from kg.reference import ReferenceError
        from kg.push import PushError
        from kg.text.document import DocumentError

        try:
            return f(*args, **kwargs)
        except (DocumentError, RDFFileError, QueryError, ReferenceError, GoldError, PushError) as error:
            fail(f"kg {click.get_current_context().info_name}: {error}")
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build, validate, query and serve the Hong Kong/Shanghai Co-operation Conference knowledge graph."""


@main.command()
@documents_option
@dist_option()
@click.option("--reference", "reference_dir", type=click.Path(path_type=Path, file_okay=False),
              default=None, help="Folder of reference data  [default: data/reference]")
@click.option("--curation", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Curation decisions to apply  [default: data/curation.yaml]")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse the graphs of documents unchanged since the last build (in .cache/, or $KG_CACHE).")
@click.option("--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes converting documents (0: one per core).")
@time_limit_option
@engine_option
@base_option
@reports_errors
def build(documents: Path, dist: Path, reference_dir: Path | None, curation: Path | None, cache: bool, jobs: int,
          time_limit: float, engine: str, base: str) -> None:
    """Convert the documents, validate the graph, and write the exports to --out.

    On any error nothing is written and the last good output stays in place.
    """
    from kg.graph.build import BuildError, BuildInputs, run
    from kg.graph.cache import ConversionCache
    from kg.graph.validate import Engine
    from kg.progress import bar
    from kg.reference import REFERENCE_DIR

    reference_dir = reference_dir or REFERENCE_DIR
    inputs = BuildInputs(documents=documents, reference=reference_dir, curation=curation or CURATION,
                         out=dist, jobs=jobs, engine=Engine(engine), base=base, time_limit=time_limit,
                         cache=ConversionCache(reference_dir=reference_dir, base=base) if cache else None)
    try:
        result = run(inputs, progress=bar)
    except BuildError as error:
        fail("kg build: failed; the previous output is unchanged.\n" + "\n".join(error.lines))
    reused = f" ({result.reused} unchanged, read from the cache)" if result.reused else ""
    if result.patched is not None:
        reused = (f" ({result.patched} changed since the last build, patched into it)" if result.patched
                  else " (none changed since the last build)")
    warned = (f", {len(result.report.warnings)} warning(s) (documents that disagree: {result.out}/shacl-report.txt)"
              if result.report.warnings else "")
    click.echo(f"kg build: {result.documents} documents{reused}, {result.triples} triples, valid{warned}; "
               f"wrote {result.out}/")


@main.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
@engine_option
@reports_errors
def validate(file: Path | None, engine: str) -> None:
    """Validate an RDF file (default: the built dataset) against the shapes and checks."""
    from rdflib import Dataset

    from kg.formats import Format
    from kg.graph.dataset import format_for, load_dataset, load_graph
    from kg.graph.export import union_graph
    from kg.graph.validate import Engine, validate_dataset

    file = file or DIST / "hksh.trig"
    if format_for(file) in (Format.TRIG, Format.NQUADS):
        dataset = load_dataset(file)
    else:
        dataset = Dataset(default_union=True)
        for triple in load_graph(file):
            dataset.add(triple)
    report = validate_dataset(dataset, union_graph(dataset), engine=Engine(engine))
    click.echo(report.text(), nl=False)
    if not report.conforms:
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@base_option
@reports_errors
def convert(file: Path, base: str) -> None:
    """Convert one document and print its graph as Turtle (to see what the converter reads)."""
    from kg.convert import convert as run_convert
    from kg.graph.export import turtle

    click.echo(turtle(run_convert(file, base=base)), nl=False)


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@dist_option("--data", "Folder of the built dataset to query.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter of the query (its VALUES ?NAME clause), e.g. name=\"John Lee\"; "
                   "<...> is an IRI, anything else a string. Repeatable.")
@reports_errors
def query(query: str, fmt: str, dist: Path, params: tuple[str, ...]) -> None:
    """Run a named query of queries/ (e.g. sessions) or a .rq file over the built dataset."""
    from kg.params import bind, parse_assignments
    from kg.queries import ResultFormat, format_result, resolve, run
    from kg.serve.app import load_served

    name, text = resolve(query)
    text = bind(text, parse_assignments(params))
    result = run(load_served(dist), text, source=name)
    click.echo(format_result(result, ResultFormat(fmt)), nl=False)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@dist_option("--data", "Folder of the built dataset to serve.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run before it is stopped (503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1), help="Rows a result may have.")
@click.option("--max-request-bytes", default=1_000_000, show_default=True, type=click.IntRange(1),
              help="Largest request body accepted (413 above).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Query worker processes.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update from clients that send the token in $KG_UPDATE_TOKEN (LOAD never).")
@click.option("--update-memory", default=1024, show_default=True, type=click.IntRange(16),
              help="MiB an update may add to its process (it is stopped above).")
@click.option("--query-memory", default=2048, show_default=True, type=click.IntRange(16),
              help="MiB a query worker may add to its process (the query is stopped above).")
@base_option
@reports_errors
def serve(host: str, port: int, dist: Path, timeout: float, max_rows: int, max_request_bytes: int, workers: int,
          allow_update: bool, update_memory: int, query_memory: int, base: str) -> None:
    """Serve the built dataset read-only: SPARQL at /sparql, the home page with the timeline and YASGUI at /,
    every instance IRI at /id/..., VoID at /.well-known/void, the exports at /dump/..., /health."""
    from kg.serve.app import dataset_path, load_served, serve as run_serve
    from kg.serve.protocol import Limits

    import os

    from kg.serve import sandbox
    from kg.serve.update import TOKEN_VARIABLE

    if not dataset_path(dist).exists():
        fail(f"kg serve: {dataset_path(dist)}: no built dataset; run `kg build` first")
    token = os.environ.get(TOKEN_VARIABLE, "").strip() if allow_update else None
    if allow_update and len(token) < 16:
        fail(f"kg serve: --allow-update needs a token of at least 16 characters in ${TOKEN_VARIABLE}")
    try:  # the worker pool checks, once, before it forks a worker
        run_serve(load_served(dist, writable=allow_update), host=host, port=port, timeout=timeout, workers=workers,
                  limits=Limits(max_request_bytes=max_request_bytes, max_rows=max_rows), dist=dist, base=base,
                  update_token=token, update_memory=update_memory * 2**20, query_memory=query_memory * 2**20)
    except sandbox.SandboxError as problem:
        fail(f"kg serve: cannot keep query workers off the network here, so it will not serve: {problem}")


@main.command()
@click.option("--store", "store_url", required=True, metavar="URL",
              help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph).")
@dist_option("--data", "Folder of the built dataset to push.")
@click.option("--auth", type=click.Choice(["none", "basic", "digest", "bearer"]), default="none", show_default=True,
              help="basic, digest: $KG_PUSH_USER and $KG_PUSH_PASSWORD; bearer: $KG_PUSH_TOKEN.")
@click.option("--union/--no-union", default=False, show_default=True,
              help="Also put the union into the store's default graph (for stores with no union-default-graph setting).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64), help="Requests in flight at once.")
@reports_errors
def push(store_url: str, dist: Path, auth: str, union: bool, threads: int) -> None:
    """Put the built dataset into a triple store, one named graph per document (PUT replaces: idempotent)."""
    from kg.progress import bar
    from kg.push import Auth, push as run_push

    result = run_push(dist, store_url, auth=Auth(auth), union=union, threads=threads, progress=bar)
    click.echo(f"kg push: {result.graphs} graphs, {result.triples} triples put into {store_url}")


@main.command()
@click.argument("gold_dir", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores, missed and spurious facts as JSON.")
@reports_errors
def evaluate(gold_dir: Path | None, as_json: bool) -> None:
    """Score the converter against gold facts (default: tests/gold): precision, recall, F1 per fact type."""
    import json

    from kg.evaluate import GOLD, evaluate as run_evaluate, report

    result = run_evaluate(gold_dir or GOLD)
    click.echo(json.dumps(result, indent=1, ensure_ascii=False) if as_json else report(result).rstrip())


@main.command()
@dist_option("--data", "Folder of the built dataset to review.")
@base_option
@reports_errors
def review(dist: Path, base: str) -> None:
    """List what is new or uncertain (entities not in the reference data, new spellings) with sentences, and
    where documents disagree."""
    from kg.rdf.reference_graph import reference_graph_iri
    from kg.review import disagreements, format_items, review_items
    from kg.serve.app import load_served

    click.echo(format_items(review_items(load_served(dist), str(reference_graph_iri(base)))), nl=False)
    report = dist / "shacl-report.txt"
    click.echo(disagreements(report.read_text(encoding="utf-8") if report.exists() else ""), nl=False)


@main.command(name="queries")
def list_queries() -> None:
    """List the named queries, the question each answers and the parameters it takes."""
    from kg.params import parameters
    from kg.queries import named_queries, question

    for name, path in named_queries().items():
        taken = parameters(path.read_text(encoding="utf-8"))
        given = "".join(f"\n{'':18}   --param {p}=... (default {default})" for p, default in taken.items())
        click.echo(f"{name:18} {question(path)}{given}")


if __name__ == "__main__":
    main()
