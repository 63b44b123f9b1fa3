"""Posts and who holds them, read from how officials are introduced.

"Title [of Org], [Mr] Name", "[Place|Org] Title Name", "Name, [the] Title [of Org] [and Title]".
A title resolves to a post of the catalogue by (title, organisation), or alone where the catalogue
says the title is unambiguous; a title with a known organisation that the catalogue lacks makes a new
post "<Title> of <Organisation>". An acting holder does not hold the post.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.paired_titles import OWN_BODY, deputy_body, joint_title, paired, plural_ranks, plural_titles, shared_body, unpaired_list
from kg.extract.party_posts import provincial_place
from kg.extract.resolve import resolve_org
from kg.extract.gazetteer import unmask
from kg.extract.patterns import HONORIFIC, ORG_HEADED, ORG_HEADS, fronted_object, normalise_title
from kg.extract.post_resolve import holds, post_of, resolve_post
from kg.extract.post_units import unit_at_parent
from kg.extract.post_shapes import (AFTER, BEFORE, BRANCH, COMMA_BODY, HEADS, NAME_OF, NOT_CAPTION, OF, PAREN,  # noqa: F401 (callers)
                                    PLACE_TITLES, STATUS)
from kg.extract.title_refs import title_references  # noqa: F401 (callers)
from kg.text.prefilter import Scan

SHAPES = Scan([NAME_OF, BEFORE, AFTER, PAREN, COMMA_BODY])


# "the Riverton Liaison Unit of the HKSAR Government": a new organisation's full name, under a known one.
FULL_NAME = re.compile(rf"(?<![\w⟧])(?P<short>{ORG_HEADED})\s+of\s+(?:the\s+)?(?P<parent>⟦org:\d+⟧)")


def remember_full_names(ctx: DocContext, view: View) -> None:
    """Remember "<Unit> of the <known organisation>", so that a later "<Unit> Director" holds a post
    named by the unit's full name, as the text gave it first."""
    for match in FULL_NAME.finditer(view.masked):
        short = re.sub(r"^The\s+", "", unmask(match.group("short"), view.mentions))
        parent = view.mention(re.search(r"\d+", match.group("parent")).group(0))
        if parent.entity is None or resolve_org(short, ctx.reference) is not None:
            continue
        ctx.full_names.setdefault(short.lower(), f"{short} of the {re.sub(r'^[Tt]he ', '', parent.surface)}")


# "FS Mr Paul Chan", "CE, Mr Tung", "Mr Tung (CE)": an upper-case short title right before a name or in brackets after it.
SHORT_CUE = re.compile(r"\b[A-Z]{2,5},?\s+(?:" + HONORIFIC + r"\s+)?⟦person|⟦person:\d+⟧\s*\([A-Z]{2,5}\)")


def _short_titles(ctx: DocContext, view: View) -> None:
    """"FS Mr Paul Chan (third right)", "CE, Mr Tung", "Mr Tung (CE)": a post's short title (the catalogue's
    upper-case bare title) right before a person, or alone in brackets after him, names that person's post."""
    if not SHORT_CUE.search(view.masked):
        return
    for post in ctx.reference.posts:
        for title in (t for t in post.bare_titles if t.isupper() and t in view.masked):
            shape = rf"\b{title},?\s+(?:{HONORIFIC}\s+)?⟦person:(\d+)⟧|⟦person:(\d+)⟧\s*\({title}\)"
            for match in re.finditer(shape, view.masked):
                person = view.mention(match.group(1) or match.group(2)).ref
                if person is not None:
                    holds(ctx, view, person, (ctx.iri("post", post.id), post.label, ctx.iri("org", post.org)))


def extract_posts(ctx: DocContext, view: View) -> None:
    """Record every post a sentence says someone holds."""
    remember_full_names(ctx, view)
    _short_titles(ctx, view)
    introduced: set[str] = set()
    named_of: set[int] = set()
    present = SHAPES.present(view.masked)
    for pattern in (NAME_OF, BEFORE, AFTER, PAREN) + ((COMMA_BODY,) if ", " in view.masked else ()):
        for match in SHAPES.finditer(pattern, view.masked, present):
            g = unit_at_parent(view.masked, match.end(), joint_title(match.groupdict()), view.mentions)
            if pattern is NAME_OF:
                if not (g.get("of1") or g.get("neworg1")):
                    continue
                if (g.get("of1") or "").startswith("⟦place") and not PLACE_TITLES.fullmatch(normalise_title(g["title1"] or g["lower1"])):
                    continue  # "Secretary A of Shanghai": a place says whose mayor, not whose secretary
                g["title1"] = g["title1"] or g["lower1"]
                named_of.add(match.start())
            if pattern is BEFORE and (match.start("title1") in named_of or fronted_object(view.masked, match.start(), match.end())
                                      or _apposed_before(view.masked, match)):
                continue  # "After meeting the chief secretary, Ada Quell told ...": the clause's object
            if pattern in (NAME_OF, BEFORE):
                introduced.add(g["p1"])
            elif g["p1"] in introduced and g.get("title1") and not g.get("title2") or _next_caption_item(view.masked, match):
                continue
            people = [view.mention(g["p1"]).ref] + _sharing(view, g)
            pairs = paired(view, match, g, pattern is BEFORE) if pattern in (BEFORE, AFTER) else None
            if pattern is BEFORE and pairs is None and unpaired_list(view.masked, match.end()):
                continue  # "the A, the B and the C, Mr X, Ms Y and Mr Z respectively": which is whose is not read
            for n in ("1", "2"):
                if n == "1" and pattern is BEFORE and g.get("art2") and pairs is None:
                    continue  # "the Chief Executive and the Mayor of Shanghai, Mr Yang": two people, his is the second
                if n == "1" and pattern is BEFORE and pairs is None and _two_holders(ctx, view, match, g):
                    continue  # "the Chief Executive and Mayor Gong co-chaired": the first title is someone else's
                if pattern is AFTER and re.search(r",\s+then\s", match.group(0)) and \
                        not re.match(r"\s*(?:[,.;)]|$)", view.masked[match.end():]):
                    continue  # "toured it with B, then the Director of X hosted a lunch": "then" is the narrative's
                post = _title_post(ctx, view, match, g, n, pattern is BEFORE)
                past = _past(view.masked, match, n) if post is not None else None
                for person in (people if pairs is None else [p for m, p in pairs if m == n]) if post is not None else ():
                    if person is not None:
                        holds(ctx, view, person, post, past=past)
    bare = {normalise_title(t) for post in ctx.reference.posts for t in post.bare_titles} if "Secretaries" in view.masked else set()
    for person, title in plural_titles(view, lambda t: normalise_title(t) in bare):
        if (post := resolve_post(ctx, title, None, None, None, None)) is not None:
            holds(ctx, view, person, post)
    for match, title, people in plural_ranks(view) if "s " in view.masked else ():
        for person in people if (post := post_of(ctx, view, match, match.groupdict(), "1", title)) else ():
            holds(ctx, view, person, post)


def _two_holders(ctx: DocContext, view: View, match: re.Match, g: dict) -> bool:
    """Whether "Title1 and Title2 Name" names two people: the first title alone is a whole post of the catalogue
    and the second another, both posts of governments ("the Chief Executive and Mayor Gong Zheng", "the Chief
    Secretary and Secretary for Justice Paul Lam"), which no one holds together. One official's two titles share a
    body ("Vice Chairman and Secretary-General Li of X") or one is not a government's ("the Financial Secretary and
    Chairman of the X Board", "Politburo Member and Party Secretary")."""
    if not g.get("title2") or any(g.get(k) for k in (*OWN_BODY, "field1")):
        return False
    first = resolve_post(ctx, g["title1"], None, None, None, None)
    second = _title_post(ctx, view, match, g, "2", True)
    if first is None or second is None or first[0] == second[0]:
        return False
    return all(_government_post(ctx, post) for post in (first, second))


def _government_post(ctx: DocContext, post: tuple) -> bool:
    known = ctx.reference.posts_by_id.get(post[0].rsplit("/", 1)[-1])
    org = ctx.reference.get("org", known.org) if known is not None else None
    return org is not None and bool(org.data.get("jurisdiction"))


# "A (B), Chief Secretary, C (D), Financial Secretary": a title after a name and its other name in brackets is that
# name's, though a comma and another name follow it (a caption's "A (third left), the Director of X, Ms C" is C's).
APPOSED_TITLE = re.compile(rf"⟦person:\d+⟧\s*\((?:(?:[^()⟦]*\s)?⟦person:\d+⟧|{NOT_CAPTION}(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){{1,3}}))\),\s+(?:the\s+)?$")


def _apposed_before(masked: str, match: re.Match) -> bool:
    """Whether a BEFORE match's title, parted from its name by a comma, follows another name as its apposition."""
    return "," in masked[match.end("title1"):match.start("p1")] and APPOSED_TITLE.search(masked, 0, match.start()) is not None


# A caption's list: "A (third left), the Director of X, Ms B (second left), ...": a title between one name's place
# in the picture and the next name is the next one's.
PLACED = re.compile(r"⟧\s*\([a-z]+(?:[ ,]+[a-z]+){0,3}\),\s+the\s")
NEXT_NAME = re.compile(rf",\s+(?:{HONORIFIC}\s+)?⟦person")


def _next_caption_item(masked: str, match: re.Match) -> bool:
    """Whether an AFTER match's title stands between a pictured name and the next name."""
    return "(" in match.group(0) and PLACED.search(match.group(0)) is not None and NEXT_NAME.match(masked, match.end()) is not None


PAST = re.compile(r"(?i)\b(then|former|ex)[\s-]+$")


def _past(masked: str, match: re.Match, n: str) -> str | None:
    """"then" or "former" when the word right before the title says so ("the then Secretary", "former mayor")."""
    group = f"title{n}" if match.group(f"title{n}") else "lower1" if n == "1" and match.groupdict().get("lower1") else None
    if group is None:
        return None
    start = match.start(group)
    past = PAST.search(masked, max(0, start - 12), start)
    return None if past is None else "then" if past.group(1).lower() == "then" else "former"


# A title more than one person holds at once: "the Deputy Directors of X" are several
SHARED_RANK = re.compile(r"(?i)(?:deputy|vice|assistant|associate)\b")


def _sharing(view: View, g: dict) -> list:
    """Those named after the first holder who share a deputy's title: "the Deputy Director of X, A and B"; "the
    Director of X, Mr A and Mr B" has one director. A name the text gave before by family name alone ("Chief
    Executive A and Mr B") is another person's."""
    if not g.get("more") or not SHARED_RANK.match(g.get("title1") or ""):
        return []
    return [m.ref for m in map(view.mention, re.findall(r"⟦person:(\d+)⟧", g["more"]))
            if len(re.sub(rf"^{HONORIFIC}\s+", "", m.surface).split()) > 1]


def _place_id(view: View):
    def place_of(number: str) -> str | None:
        mention = view.mention(number)
        return mention.entity.id if mention.kind == "place" and mention.entity is not None else None
    return place_of


def _title_post(ctx: DocContext, view: View, match: re.Match, g: dict, n: str, before: bool) -> tuple | None:
    """The post of a match's first or second title: with its own body, else (the first) with the second's body
    ("Chairman and Chief Executive of X") or the body of the delegation its holder leads."""
    title = g.get(f"title{n}")
    if not title:
        return None
    if n == "1" and g.get("field1"):
        title, g = f"{title} of {g['field1']}", {**g, "qabbr": g.get("atabbr1") or g.get("qabbr")}
    branch = g.get("branch1") if n == "1" else None
    if branch and STATUS.fullmatch(branch):
        return None  # "Commissioner for X (Acting), Mr A": not yet, or not in his own right
    if branch and len(branch) > 3 and (re.search(r"\s(?:for|of)\s", title, re.I) or g.get(f"of{n}") or g.get(f"neworg{n}")
                                       or n == "1" and (g.get("q") or g.get("qorg") or g.get("qabbr"))):
        title = f"{title} ({branch})"
    if n == "1" and before and not any(g.get(k) for k in ("q", "qplace", "qorg", "qabbr", "of1", "neworg1")):
        province = provincial_place(view.masked, match.start("title1"), _place_id(view))
        if province == "":
            return None  # "provincial Party Secretary A": some province's, which the sentence does not name
        g = {**g, "qplace": province} if province else g
    shared = shared_body(g) if n == "1" else g
    if shared is not g and PLACE_TITLES.fullmatch(normalise_title(title)):
        return _place_title_post(ctx, view, match, g, shared, title)
    post = post_of(ctx, view, match, g, n, title)
    if post is not None and _other_body_after(ctx, view, match, g, n, post):
        return None  # "Mr A, Deputy Commissioner of Police, Royal Malaysia Police": that force's, not Hong Kong's
    if post is None and shared is not g:
        post = post_of(ctx, view, match, shared, n, title)
    if post is None and n == "1" and before and (told := deputy_body(BEFORE, view.masked, match, title)):
        post = post_of(ctx, view, match, {**g, **told}, n, title)  # "the Director of X, Ms A, and the Deputy Director, Mr B"
    if post is None and n == "1" and before and (led := _led_body(view, match.start())):
        post = post_of(ctx, view, match, {**g, **led}, n, title)
    if post is None and n == "1" and before and (where := WHERE_BODY.search(view.masked, 0, match.start())):
        post = post_of(ctx, view, match, {**g, **{k: v for k, v in where.groupdict().items() if v}}, n, title)
    return post


# "called on the Riverton Commission of Commerce, where Deputy Director Mr A received us": a bare title in the clause
# after a body is that body's.
WHERE_BODY = re.compile(rf"(?:(?P<of1>⟦org:\d+⟧)|(?P<neworg1>{ORG_HEADED})),\s+where\s+$")


# ", Royal Malaysia Police", "(Management), the Eastport Police Force": a body named right after a title.
BODY_AFTER = re.compile(rf"\)?\s*(?:\([^()⟦]{{1,60}}\)\s*)?,\s+(?:the\s+)?(?P<body>⟦org:\d+⟧"
                        rf"|(?:(?:[A-Z][\w'’-]*|⟦place:\d+⟧)\s+){{1,6}}(?-i:Police|Force|{ORG_HEADS})\b)")

def _other_body_after(ctx: DocContext, view: View, match: re.Match, g: dict, n: str, post: tuple) -> bool:
    """Whether a post a title pattern made (a title with no body, the HKSAR Government's by its words) is that of
    a body outside Hong Kong named right after the title instead."""
    if any(g.get(k) for k in (f"of{n}", f"neworg{n}", f"ref{n}", f"nabbr{n}", "q", "qorg", "qabbr", "qhead")):
        return False
    if " of " not in post[1].split(" (")[0] or f"title{n}" not in match.re.groupindex:
        return False  # a bureau's "Secretary for ..." is the HKSAR Government's, whatever unit follows
    if post[0].rsplit("/", 1)[-1] in ctx.reference.posts_by_id:
        return False
    ends = [match.end(k) for k in (f"title{n}", f"branch{n}") if k in match.re.groupindex and match.group(k)]
    after = BODY_AFTER.match(view.masked, max(ends)) if ends else None
    if after is None:
        return False
    body = after.group("body")
    if body.startswith("⟦org:"):
        return view.mention(re.search(r"\d+", body).group(0)).entity is None
    return not re.search(r"Hong\s+Kong|HKSAR", unmask(body, view.mentions))


def _place_title_post(ctx: DocContext, view: View, match: re.Match, g: dict, shared: dict, title: str) -> tuple | None:
    """A mayor's or governor's title joined to the next title's body: that body's where it is a government ("the
    Vice Mayor and Secretary-General of the Eastport Government"); the bare title's where the body names its
    place ("Vice Mayor and Director of the Shanghai Public Security Bureau"); else none ("Vice Mayor and
    President of the Eastport University": no university has a mayor)."""
    body = shared.get("of1") or shared.get("neworg1") or ""
    mentioned = view.mention(re.search(r"\d+", body).group(0)) if body.startswith("⟦") else None
    if (mentioned is not None and (mentioned.kind == "place" or mentioned.entity is not None
                                   and mentioned.entity.data.get("jurisdiction"))) or re.search(r"Government$", body) \
            or mentioned is None and not re.search(rf"\b(?-i:{ORG_HEADS})\b", body):  # a place: "of Eastport"
        return post_of(ctx, view, match, shared, "1", title)
    bare = post_of(ctx, view, match, g, "1", title)
    named = unmask(body, view.mentions) if body else ""
    return bare if bare is not None and named and bare[1].rsplit(" of ", 1)[-1] in named else None


# "a delegation of the Riverton Chamber headed by Chairman Ada Quell", "the Riverton Council delegation, led by
# President Bo Kettle": a bare title is the one the leader holds in the body whose delegation it is.
LED_BODY = re.compile(rf"(?:\bdelegation\s+(?:of|from)\s+(?:the\s+)?(?:(?P<of1>⟦org:\d+⟧)|(?P<neworg1>{ORG_HEADED}))"
                      rf"|(?:(?P<q>⟦org:\d+⟧)|(?P<qorg>{ORG_HEADED}))(?:['’]s)?\s+delegation)"
                      r"(?:\s*\([^)]*\))?,?\s+(?:headed|led)\s+by\s+$")


def _led_body(view: View, at: int) -> dict | None:
    """The body whose delegation the title's holder leads, as the groups of a title's organisation."""
    if "delegation" not in view.masked[:at]:
        return None
    found = LED_BODY.search(view.masked[max(0, at - 200):at])
    if found is None:
        return None
    groups = {k: v for k, v in found.groupdict().items() if v}
    body = groups.get("of1") or groups.get("q")
    entity = view.mention(re.search(r"\d+", body).group(0)).entity if body else None
    if entity is not None and entity.data.get("jurisdiction") or re.search(r"Government$", groups.get("neworg1") or groups.get("qorg") or ""):
        return None  # "a delegation from the Shanghai Municipal Government headed by Director X": X directs a part of it
    return groups
