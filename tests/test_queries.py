"""The named queries: each runs over the seed build and answers its question."""

import pytest

from kg.queries import QueryError, ResultFormat, format_result, named_queries, resolve, run


def rows(dataset, name):
    _, text = resolve(name)
    result = run(dataset, text)
    return [{str(v): (str(row[v]) if row[v] is not None else None) for v in result.vars} for row in result]


def test_every_query_file_states_its_question():
    for name, path in named_queries().items():
        assert "# Question:" in path.read_text(), name


def test_sessions(dataset):
    got = {(r["number"], r["date"], r["place"]) for r in rows(dataset, "sessions")}
    assert got == {("3", "2015-04-10", "Shanghai"), ("4", "2018-08-24", "Hong Kong"), ("5", "2021-08", None),
                   ("6", "2024-04", "Hong Kong")}


def test_posts_name_their_source(dataset):
    got = {(r["name"], r["title"], r["document"].rsplit("/", 1)[-1]) for r in rows(dataset, "posts")}
    assert ("Laura Aron", "Director of the Hong Kong Economic and Trade Office in Shanghai", "004-794770668342d17e") in got
    assert ("Gong Zheng", "Mayor of Shanghai", "002-81ec4a361fd5f7e7") in got
    assert ("John Lee Ka-chiu", "Chief Executive of the Hong Kong Special Administrative Region", "003-c6760400fc2f6fb6") in got


def test_person_names(dataset):
    """Language tags compare without regard to case (RDF 1.1); Oxigraph reports them in lower case."""
    names = {(r["name"], r["language"].lower()) for r in rows(dataset, "person-names")
             if r["person"].endswith("/laura-aron")}
    assert names == {("Laura Aron", "en"), ("Cai Liang", "zh-latn-pinyin"), ("蔡亮", "zh-hant")}


def test_areas_named_by_sessions(dataset):
    named = {(r["label"], r["namedByLabel"]) for r in rows(dataset, "areas")}
    assert ("Finance", "5th Plenary Session of the Hong Kong/Shanghai Co-operation Conference") in named


def test_person_events_in_date_order(dataset):
    events = [r for r in rows(dataset, "person-events") if r["name"] == "Chan Kwok-ki"]
    visit = next(r for r in events if r["eventLabel"] == "Visit of Chan Kwok-ki to Shanghai")
    assert (visit["start"], visit["end"], visit["place"]) == ("2024-06-25", "2024-06-26", "Shanghai")


def test_person_mentions_by_any_spelling(dataset):
    found = rows(dataset, "person-mentions")
    assert {r["person"].rsplit("/", 1)[-1] for r in found} == {"john-lee-ka-chiu"}
    sentences = " ".join(r["sentence"] for r in found)
    assert "Lee Ka Chiu" in sentences and "Li Jiachao" in sentences


def test_timeline(dataset):
    got = [(r["date"], r["what"]) for r in rows(dataset, "timeline")]
    assert got[0] == ("2003-10", "founded")
    assert ("2003", "founded") not in got  # a seed says "20 years ago": the finer date of another stands for it
    assert ("2015", "renamed") in got and ("2021-08", "plenary session") in got and got[-1] == ("2024-04", "plenary session")


def test_formats(dataset):
    _, text = resolve("sessions")
    assert format_result(run(dataset, text), ResultFormat.CSV).splitlines()[0] == "session,number,date,place"
    assert '"bindings"' in format_result(run(dataset, text), ResultFormat.JSON)
    assert format_result(run(dataset, text)).rstrip().endswith("(4 rows)")


def test_a_malformed_query_is_one_line(dataset):
    with pytest.raises(QueryError) as error:
        run(dataset, "SELECT * WHERE { ?s ?p }", source="bad.rq")
    assert "bad.rq: malformed query" in str(error.value) and "\n" not in str(error.value)


# Named queries that may answer nothing on the shipped build: none (session-agreements answers since a
# signing ceremony "held after the meeting" takes the session's day).
EMPTY_ON_SHIPPED_DATA: set[str] = set()


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_native_json_results_are_oxigraphs_own(dataset, name):
    """JSON results are written straight from Oxigraph's terms; they must say what Oxigraph's own results
    writer (the bare server's) says for the same query."""
    import json

    import pyoxigraph as ox

    from kg.graph.store import native_store
    from kg.namespaces import PREFIX_IRIS
    from kg.serve.execute import Job, execute

    text = named_queries()[name].read_text(encoding="utf-8")
    ours = json.loads(execute(dataset, Job(text, accept="application/sparql-results+json")).body)
    solutions = native_store(dataset).query(text, prefixes=PREFIX_IRIS)
    theirs = json.loads(solutions.serialize(format=ox.QueryResultsFormat.JSON))
    assert ours["head"] == theirs["head"]
    key = lambda row: json.dumps(row, sort_keys=True)  # noqa: E731
    assert sorted(map(key, ours["results"]["bindings"])) == sorted(map(key, theirs["results"]["bindings"]))
    assert ours["results"]["bindings"] or name in EMPTY_ON_SHIPPED_DATA


@pytest.mark.parametrize("text", [
    "SELECT ?s WHERE { ?s a ?type } ORDER BY ?s",
    "SELECT ?s WHERE { ?s a ?type } ORDER BY ?s LIMIT 7",
    "SELECT ?s WHERE { ?s a ?type } ORDER BY ?s # a comment at the very end",
    "SELECT ?s WHERE { ?s a ?type } ORDER BY ?s OFFSET 3",
    "SELECT ?s ?type WHERE { ?s a ?type } ORDER BY ?s VALUES ?type { schema:Person }",
    "select ?s where { ?s a ?type } order by ?s",
])
def test_the_row_cap_gives_the_first_rows_of_the_whole_answer(dataset, text):
    """A SELECT is asked of Oxigraph with a LIMIT one past the cap where its syntax allows (and as it is
    where it has a LIMIT or VALUES of its own): either way the rows are the whole answer's first."""
    import json

    import pyoxigraph as ox

    from kg.graph.store import native_store
    from kg.namespaces import PREFIX_IRIS
    from kg.serve.execute import Job, execute

    whole = json.loads(native_store(dataset).query(text, prefixes=PREFIX_IRIS).serialize(format=ox.QueryResultsFormat.JSON))
    rows = whole["results"]["bindings"]
    assert len(rows) > 5
    for cap in (5, len(rows), 10_000):
        answer = execute(dataset, Job(text, accept="application/sparql-results+json", max_rows=cap))
        assert answer.status == 200 and answer.media_type == "application/sparql-results+json"
        assert json.loads(answer.body) == {"head": whole["head"], "results": {"bindings": rows[:cap]}}
        assert ("X-Result-Truncated" in answer.headers) == (len(rows) > cap)


def test_the_query_check_reads_logical_and():
    """``&&`` is one of SPARQL's tokens: a FILTER with it must not be refused as malformed (it was: no
    terminal was tried at a lone ``&``)."""
    from kg.serve.query_check import vet

    assert vet("SELECT * WHERE { ?s ?p ?o FILTER (isIRI(?s) && isIRI(?p)) }").text.count("&&") == 1
