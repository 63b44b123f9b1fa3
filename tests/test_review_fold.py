"""kg review folds new spellings of one entity that differ only in case or punctuation into one item."""

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.namespace import SDO

from kg.namespaces import OA
from kg.review import review_items

from conftest import ID

REFERENCE = URIRef(ID + "graph/reference")


def test_case_and_punctuation_variants_are_one_item():
    data = Dataset(default_union=True)
    person, doc = URIRef(ID + "person/lee-ka-chiu"), URIRef(ID + "doc/d")
    data.graph(REFERENCE).add((person, RDFS.label, Literal("John Lee Ka-chiu", lang="en")))
    graph = data.graph(doc)
    graph.add((doc, RDF.type, SDO.NewsArticle))
    for n, name in enumerate(["Lee Ka-chiu", "LEE KA CHIU", "Lee Ka Chiu.", "Li Jiachao"]):
        graph.add((person, SKOS.altLabel, Literal(name, lang="en")))
        annotation = URIRef(f"{doc}/annotation/{n}")
        graph.add((annotation, OA.hasBody, person))
        graph.add((annotation, OA.hasTarget, URIRef(f"{annotation}-t")))
        graph.add((URIRef(f"{annotation}-t"), OA.hasSource, doc))
        graph.add((URIRef(f"{annotation}-t"), OA.hasSelector, URIRef(f"{annotation}-s")))
        graph.add((URIRef(f"{annotation}-s"), OA.exact, Literal(f"Said by {name} today.")))
    items = [i for i in review_items(data, str(REFERENCE)) if i.kind == "new spelling"]
    assert sorted(i.label for i in items) == ["LEE KA CHIU / Lee Ka Chiu. / Lee Ka-chiu", "Li Jiachao"]
    folded = next(i for i in items if "/" in i.label)
    assert len(folded.sentences) == 3 and "case or punctuation" in folded.why
