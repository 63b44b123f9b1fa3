"""Events of kinds of text the ev19 rules read: a post's list of coming dates under its heading, (invented
sentences, none from a document of the repository, each with a near miss)."""

from rdflib.namespace import SDO

from conftest import tail


def converted(tmp_path, body: str, published: str = "2036-03-20"):
    """The graph of a document converted from a file as the build does."""
    from kg.convert import convert
    path = tmp_path / "page.txt"
    path.write_text(f'---\ntitle: "Riverton news"\npublished: {published}\nlanguage: en\n---\n{body}')
    return convert(path)


def starts(graph) -> dict[str, set[str]]:
    return {tail(s): {str(o) for o in graph.objects(s, SDO.startDate)} for s in set(graph.subjects(SDO.startDate, None))}


def ends(graph) -> dict[str, set[str]]:
    return {tail(s): {str(o) for o in graph.objects(s, SDO.endDate)} for s in set(graph.subjects(SDO.endDate, None))}


def test_dates_under_an_upcoming_heading_are_ahead(tmp_path):
    body = ("Upcoming events\n\nNovember 3: Riverton Youth Forum, at the Riverton Park\n"
            "December 5: Riverton Trade Fair, at the Riverton Exhibition Hall\n")
    found = starts(converted(tmp_path, body))
    assert any("2036-11-03" in days for name, days in found.items() if "youth-forum" in name), found


def test_dates_under_another_heading_stay_past(tmp_path):
    body = ("Looking back\n\nNovember 3: Riverton Youth Forum, at the Riverton Park\n"
            "December 5: Riverton Trade Fair, at the Riverton Exhibition Hall\n")
    found = starts(converted(tmp_path, body))
    assert any("2035-11-03" in days for name, days in found.items() if "youth-forum" in name), found
