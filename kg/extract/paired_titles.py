"""Titles paired with names in order, as releases introduce two officials at once.

"The Director and Deputy Director of the Riverton Office, Mr A and Ms B": the first title is A's, the second
B's, and the first shares the body of the second (no article repeats before it); "the Chief Executive and the
Mayor of Shanghai, Mr A and Mr B": each title its own. "Mr A and Ms B, Chairman and Vice Chairman of X
respectively": the same after the names. "The Secretaries for Justice and for Education, Mr A and Ms B,
respectively": a plural title split into its fields, one for each name. "The Director of X, Ms A, and the
Deputy Director, Mr B": a deputy's title with no body is of the body its principal's title was told with.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import URIRef

from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, NAME_TOKEN, PLURAL_RANK, PLURAL_RANKS, normalise_title

# What names a first title's own body: "of ...", a qualifier before it, a body named before.
OWN_BODY = ("of1", "neworg1", "ref1", "abbr1", "q", "qorg", "qabbr", "qref", "qplace")
PERSON = rf"(?:{HONORIFIC}\s+)?⟦person:(\d+)⟧"
# A person right before the one a title after the names begins with: "Mr A and Ms B, Director and ..."
BEFORE_AND = re.compile(rf"{PERSON},?\s+and\s+(?:{HONORIFIC}\s+)?$")
RESPECTIVELY = re.compile(r",?\s+respectively\b")
# More names before "respectively" than the titles matched: "the A, the B and the C, Mr X, Ms Y and Mr Z respectively"
MORE_RESPECTIVELY = re.compile(rf"(?:,?\s+(?:and\s+)?{PERSON})*,?\s+respectively\b")
PLURAL = re.compile(rf"\b(?P<rank>(?:(?:Permanent|Under|Deputy)\s+)?)Secretaries\s+for\s+(?P<fields>[^⟦;.()]{{3,160}}?),?\s+"
                    rf"(?P<who>{PERSON}(?:,\s+{PERSON})*,?\s+and\s+{PERSON})")
REPEATED_FOR = re.compile(r",?\s+and\s+for\s+|,\s+for\s+")


def shared_body(g: dict) -> dict:
    """The groups of two titles, the first given the second's body where it names none of its own and no
    article stands before the second ("Chairman and Chief Executive of X"; not "the Chief Executive and the
    Mayor of Shanghai")."""
    if not g.get("title2") or g.get("art2") or any(g.get(key) for key in OWN_BODY):
        return g
    if not (g.get("of2") or g.get("neworg2") or g.get("ref2")):
        return g
    return {**g, "of1": g.get("of2"), "neworg1": g.get("neworg2"), "ref1": g.get("ref2"), "abbr1": g.get("abbr2")}


# Two titles that name one office: "Vice-Chancellor and President of X" heads a university as one post.
JOINT = frozenset({"vice chancellor and president", "president and vice chancellor"})


def joint_title(g: dict) -> dict:
    """The groups of two titles that name one post, as one title with the second's body (not where the first
    names a body of its own: "Vice-Chancellor of X and President of Y" are two posts)."""
    own_body = any(g.get(k) for k in ("of1", "neworg1", "ref1", "abbr1"))
    if not g.get("title2") or g.get("art2") or own_body or normalise_title(f"{g['title1']} and {g['title2']}") not in JOINT:
        return g
    return {**shared_body(g), "title1": f"{g['title1']} and {g['title2']}", "title2": None}


def paired(view: View, match: re.Match, g: dict, before: bool) -> list[tuple[str, URIRef]] | None:
    """(title number, person) for two titles and two names paired in order, or None where the titles are one
    person's. Before the names the pairing is the only reading; after them, "respectively" or a shared body
    must say so ("A and B, Deputy Secretary of X and Mayor" may be B's two posts)."""
    if not g.get("title2"):
        return None
    if before:
        ids = [g["p1"]] + re.findall(r"⟦person:(\d+)⟧", g.get("more") or "")
    else:
        prior = BEFORE_AND.search(view.masked, 0, match.start())
        respectively = RESPECTIVELY.match(view.masked, match.end())
        if prior is None or not (respectively or shared_body(g) is not g):
            return None
        ids = [prior.group(1), g["p1"]]
    if len(ids) != 2:
        return None
    people = [view.mention(i).ref for i in ids]
    return [(n, person) for n, person in zip(("1", "2"), people) if person is not None]


def plural_titles(view: View, known: Callable[[str], bool]) -> list[tuple[URIRef, str]]:
    """(person, title) for "the (Under) Secretaries for A and for B, Mr X and Ms Y": the fields split where "for"
    is repeated, or else at the one "and" that leaves two bureaux whose Secretaries the catalogue knows."""
    if "Secretaries" not in view.masked:
        return []
    out = []
    for match in PLURAL.finditer(view.masked):
        people = [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", match.group("who"))]
        fields = match.group("fields")
        parts = REPEATED_FOR.split(fields)
        if len(parts) != len(people):
            splits = [(fields[:m.start()], fields[m.end():]) for m in re.finditer(r",?\s+and\s+", fields)]
            fits = [list(s) for s in splits if all(known(f"Secretary for {f}") for f in s)]  # the bureaux
            parts = fits[0] if len(fits) == 1 else []
        if len(parts) == len(people):
            out += [(p, f"{match.group('rank')}Secretary for {f.strip()}") for p, f in zip(people, parts) if p is not None]
    return out


DEPUTY = re.compile(r"(?i)(?:deputy|assistant|associate|vice|under)[\s-]+(?P<base>.+)")


# A body said after the deputy's name: "the Deputy Director, Mr B, of the Y Bureau" is Y's
BODY_AFTER = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?(?:⟦(?:org|place):\d+⟧|[A-Z])")


def deputy_body(pattern: re.Pattern, masked: str, match: re.Match, title: str) -> dict | None:
    """The body of "the Deputy Director, Mr B" after "the Director of X, Ms A" in the sentence: the last
    title before it that is its own title without the "Deputy", told with its body; none where a body is said
    after the name."""
    deputy, start = DEPUTY.fullmatch(title), match.start("title1")
    if deputy is None or not re.search(r"(?:^|\s)[Tt]he\s+$", masked[max(0, start - 5):start]) \
            or BODY_AFTER.match(masked, match.end()):
        return None
    base = re.sub(r"[\s-]+", " ", deputy.group("base").lower())
    told = [m for m in pattern.finditer(masked, 0, start)
            if re.sub(r"[\s-]+", " ", m.group("title1").lower()) == base and (m.group("of1") or m.group("neworg1"))]
    return {"of1": told[-1].group("of1"), "neworg1": told[-1].group("neworg1"), "abbr1": told[-1].group("abbr1")} if told else None


# "Vice Mayors A and B", "Shanghai's Deputy Secretaries-General A and B (of X)": each name holds the title (a plain
# "Mayors A and B" may be two cities')
PLURAL_BEFORE = re.compile(rf"(?:(?P<q>⟦place:\d+⟧)(?:['’]s)?\s+|(?P<qplace>{NAME_TOKEN})\s+)?{PLURAL_RANK}\s+"
                           rf"(?P<who>{PERSON}(?:,\s+{PERSON})*,?\s+and\s+{PERSON})(?:\s+of\s+(?:the\s+)?(?P<of1>⟦(?:org|place):\d+⟧))?")


def plural_ranks(view: View) -> list[tuple[re.Match, str, list[URIRef]]]:
    """(match, singular title, people) for each deputy's title in the plural before names."""
    out = []
    for match in PLURAL_BEFORE.finditer(view.masked):
        title = match.group("rank") + PLURAL_RANKS[match.group("plural").lower()]
        people = [p for i in re.findall(r"⟦person:(\d+)⟧", match.group("who")) if (p := view.mention(i).ref) is not None]
        out.append((match, title, people))
    return out


def unpaired_list(masked: str, end: int) -> bool:
    """Whether names "respectively" go on after a title's name: a list of titles longer than the two read,
    whose first titles are not the first name's."""
    return "respectively" in masked[end:] and MORE_RESPECTIVELY.match(masked, end) is not None
