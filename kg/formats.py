"""Every format the project reads, writes or serves, in one table: pyoxigraph's format objects carry the
media type, the file extension and the name; the rest (rdflib's name for it, and the other media types
clients send for it) is added here once.

An ``Offer`` is a list of these formats that one kind of answer can take; the server negotiates a request's
``Accept`` header (or ``?format=`` extension) against an offer, once, in :mod:`kg.serve.protocol`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from pathlib import Path

import pyoxigraph as ox


@dataclass(frozen=True)
class Page:
    """A format that is not RDF nor SPARQL results (a page, plain JSON), with the attributes of Oxigraph's."""

    name: str
    media_type: str
    file_extension: str


class Format(Enum):
    """A serialisation: its Oxigraph format object (or :class:`Page`), rdflib's name for it, and the other
    media types that name it in an ``Accept`` header (in the order they are matched)."""

    TURTLE = (ox.RdfFormat.TURTLE, "turtle", ("application/x-turtle",))
    TRIG = (ox.RdfFormat.TRIG, "trig", ())
    NTRIPLES = (ox.RdfFormat.N_TRIPLES, "nt", ("text/plain",))
    NQUADS = (ox.RdfFormat.N_QUADS, "nquads", ())
    JSONLD = (ox.RdfFormat.JSON_LD, "json-ld", ())
    RDFXML = (ox.RdfFormat.RDF_XML, "xml", ("application/xml",))
    RESULTS_JSON = (ox.QueryResultsFormat.JSON, "json", ("application/json",))
    RESULTS_XML = (ox.QueryResultsFormat.XML, "xml", ("application/xml", "text/xml"))
    CSV = (ox.QueryResultsFormat.CSV, "csv", ())
    TSV = (ox.QueryResultsFormat.TSV, "tsv", ())
    HTML = (Page("HTML", "text/html", "html"), "html", ())
    JSON = (Page("JSON", "application/json", "json"), "json", ())

    def __init__(self, native: ox.RdfFormat | ox.QueryResultsFormat | Page, rdflib: str, aliases: tuple[str, ...]):
        self.native, self.rdflib, self.aliases = native, rdflib, aliases

    @property
    def media_type(self) -> str:
        """The media type without parameters (Oxigraph adds ``charset`` to CSV's and TSV's).

        >>> Format.CSV.media_type
        'text/csv'
        """
        return self.native.media_type.split(";")[0]

    @property
    def extension(self) -> str:
        """The file extension, without its dot; also the name ``?format=`` gives the format by."""
        return self.native.file_extension

    @property
    def suffix(self) -> str:
        return "." + self.extension

    @property
    def iri(self) -> str:
        """The format's IRI in the W3C's registry (https://www.w3.org/ns/formats/), as a service
        description names it; pyoxigraph 0.5 gives JSON-LD's under ``/ns/formats/data/``, which is not there.

        >>> Format.JSONLD.iri, Format.CSV.iri
        ('http://www.w3.org/ns/formats/JSON-LD', 'http://www.w3.org/ns/formats/SPARQL_Results_CSV')
        """
        return self.native.iri.replace("https://www.w3.org/ns/formats/data/", "http://www.w3.org/ns/formats/")

    @classmethod
    def for_path(cls, path: Path) -> Format | None:
        """The RDF format a file's suffix names (``.json`` is JSON-LD), or None.

        >>> Format.for_path(Path("dist/hksh.trig")), Format.for_path(Path("notes.txt"))
        (<Format.TRIG: TriG>, None)
        """
        suffix = path.suffix.lower()
        return next((f for f in RDF_FORMATS if suffix in (f.suffix, ".json" if f is cls.JSONLD else f.suffix)), None)

    @property
    def rdf(self) -> ox.RdfFormat:
        """Oxigraph's RDF format object (an error for a results format or a page)."""
        if not isinstance(self.native, ox.RdfFormat):
            raise TypeError(f"{self.name} is not an RDF format")
        return self.native

    def __reduce_ex__(self, protocol: object) -> tuple:
        return getattr, (Format, self.name)  # by name: a job's negotiated format travels to a worker by pipe

    def __repr__(self) -> str:
        return f"<Format.{self.name}: {self.native.name}>"


RDF_FORMATS = (Format.TURTLE, Format.TRIG, Format.NTRIPLES, Format.NQUADS, Format.JSONLD, Format.RDFXML)  # files
DUMP_FORMATS = (Format.TRIG, Format.NQUADS, Format.TURTLE, Format.NTRIPLES, Format.JSONLD)  # what kg build writes


class Offer:
    """The formats one kind of answer can take, the first the default: each under its media type, then its
    aliases (all of them, or those named in ``aliases``), in that order, which a wildcard (``text/*``)
    follows after the default.

    >>> list(Offer(Format.TURTLE, Format.HTML).media_types)
    ['text/turtle', 'application/x-turtle', 'text/html']
    >>> list(Offer(Format.TURTLE, Format.HTML, aliases=()).media_types)
    ['text/turtle', 'text/html']
    """

    def __init__(self, *formats: Format, aliases: tuple[str, ...] | None = None):
        self.formats = formats
        self.default = formats[0]
        self.media_types: dict[str, Format] = {}
        for fmt in formats:
            for media_type in (fmt.media_type, *(a for a in fmt.aliases if aliases is None or a in aliases)):
                self.media_types.setdefault(media_type, fmt)

    def by_extension(self, extension: str) -> Format | None:
        """The format ``?format=EXTENSION`` names, among those offered."""
        return next((f for f in self.formats if f.extension == extension), None)

    @property
    def extensions(self) -> list[str]:
        return [f.extension for f in self.formats]


RESULTS = Offer(Format.RESULTS_JSON, Format.RESULTS_XML, Format.CSV, Format.TSV)  # SELECT and ASK
GRAPHS = Offer(Format.TURTLE, Format.NTRIPLES, Format.JSONLD, Format.RDFXML, Format.NQUADS, Format.TRIG)
RESOURCES = Offer(Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.RDFXML, Format.HTML, aliases=())  # /id/
DESCRIPTIONS = Offer(Format.TURTLE, Format.RDFXML, Format.JSONLD, Format.NTRIPLES,  # service description, VoID
                     aliases=("application/xml",))
SERVICE = Offer(Format.TURTLE, Format.HTML, Format.RDFXML, Format.JSONLD, Format.NTRIPLES,  # GET /sparql, no query
                aliases=("application/xml",))
SEARCH = Offer(Format.HTML, Format.JSON)
