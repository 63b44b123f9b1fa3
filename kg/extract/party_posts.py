"""A province's or municipality's Party Secretary, named by the committee he or she leads.

"Party Secretary of Jiangsu", "Zhejiang Party Secretary Che Jun": the post is the secretaryship of the Communist
Party's provincial (or, for the four municipalities under the central government, municipal) committee, and is
written so ("Secretary of the CPC Jiangsu Provincial Committee"), as the Shanghai post is in the catalogue; not
"Party Secretary of Jiangsu", which would make a second post of one. A city inside a province has its own
committee under a name this rule does not guess. An autonomous region's committee is a "Regional Committee" and
bears the region's full name ("CPC Guangxi Zhuang Autonomous Regional Committee").
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.namespaces import slug
from kg.reference import Post
from kg.text.sentences import Sentence

PROVINCES = frozenset({
    "anhui", "fujian", "gansu", "guangdong", "guizhou", "hainan", "hebei", "heilongjiang", "henan", "hubei", "hunan",
    "jiangsu", "jiangxi", "jilin", "liaoning", "qinghai", "shaanxi", "shandong", "shanxi", "sichuan", "yunnan",
    "zhejiang"})
MUNICIPALITIES = frozenset({"beijing", "chongqing", "shanghai", "tianjin"})
# The five province-level autonomous regions, by the words their full names put before "Autonomous Region".
REGIONS = {"guangxi": "Guangxi Zhuang", "inner-mongolia": "Inner Mongolia", "ningxia": "Ningxia Hui", "tibet": "Tibet",
           "xinjiang": "Xinjiang Uygur"}
PROVINCE_LEVEL = PROVINCES | MUNICIPALITIES | frozenset(REGIONS)
# Words of the party's name that a title's qualifier may be read as: "provincial Communist Party secretary A".
PARTY_WORDS = frozenset({"communist", "provincial", "municipal", "party"})
# "provincial Party Secretary A": the province's committee, not Shanghai's, whatever the title alone would name
PROVINCIAL = re.compile(r"\b(?i:provincial|regional)\s+$")
PLACE_MARK = re.compile(r"⟦place:(\d+)⟧")
RANKS = {"party secretary": "Secretary", "deputy party secretary": "Deputy Secretary"}


def party_post(title: str, place: str, name: str) -> tuple[str, str] | None:
    """(post label, committee) for a normalised party title of a province-level place, else None.

    >>> party_post("party secretary", "jiangsu", "Jiangsu")
    ('Secretary of the CPC Jiangsu Provincial Committee', 'CPC Jiangsu Provincial Committee')
    >>> party_post("deputy party secretary", "tianjin", "Tianjin")[0]
    'Deputy Secretary of the CPC Tianjin Municipal Committee'
    >>> party_post("party secretary", "xinjiang", "Xinjiang")[1]
    'CPC Xinjiang Uygur Autonomous Regional Committee'
    >>> party_post("party secretary", "shenzhen", "Shenzhen") is None
    True
    """
    rank = RANKS.get(title)
    if rank is None or place not in PROVINCE_LEVEL:
        return None
    if place in REGIONS:
        committee = f"CPC {REGIONS[place]} Autonomous Regional Committee"
    else:
        committee = f"CPC {name} {'Municipal' if place in MUNICIPALITIES else 'Provincial'} Committee"
    return f"{rank} of the {committee}", committee


def placed_post(ctx: DocContext, title: str, key: str, qualifier: str,
                sentence: Sentence) -> tuple[URIRef, str, URIRef] | None:
    """The post a place's title names ("Jiangsu Party Secretary", "Riverton Mayor"): the party committee's for a
    province's party title, else "<Title> of <Place>" in the place's government; None for a party word."""
    place = ctx.reference.get("place", qualifier)
    name = place.name if place is not None else qualifier
    if place is None and name.lower() in PARTY_WORDS:
        return None
    if (party := party_post(key, qualifier, name)) is not None:
        return ctx.iri("post", slug(party[0])), party[0], ctx.org(party[1], sentence)
    government = ctx.reference.government_of(qualifier) if place is not None else None
    org_iri = ctx.entity_iri(government) if government is not None else ctx.org(f"Government of {name}", sentence)
    label = f"{title} of {name}"
    return ctx.iri("post", slug(label)), label, org_iri


def other_party_post(ctx: DocContext, post: Post, place: str, sentence: Sentence) -> tuple[URIRef, str, URIRef] | None:
    """The party secretaryship of another province-level place that a party committee's informal title names
    after that place ("Zhejiang's party chief", where the catalogue's "party chief" is Shanghai's); else None."""
    committee = ctx.reference.get("org", post.org)
    if committee is None or not committee.data.get("party_of") or place not in PROVINCE_LEVEL:
        return None
    return placed_post(ctx, "Party Secretary", "party secretary", place, sentence)


def provincial_place(masked: str, start: int, place_of) -> str | None:
    """For a title at ``start`` qualified "provincial" (or "regional"): the province-level place the sentence named
    last before it, or "" where it named none; None for a title with no such word. ``place_of`` gives a place
    mark's number its place's id."""
    if PROVINCIAL.search(masked, 0, start) is None:
        return None
    places = [place_of(m.group(1)) for m in PLACE_MARK.finditer(masked, 0, start)]
    return next((p for p in reversed(places) if p in PROVINCE_LEVEL), "")
