"""Posts and who holds them, read from how officials are introduced.

"Title [of Org], [Mr] Name", "[Place|Org] Title Name", "Name, [the] Title [of Org] [and Title]".
A title resolves to a post of the catalogue by (title, organisation), or alone where the catalogue
says the title is unambiguous; a title with a known organisation that the catalogue lacks makes a new
post "<Title> of <Organisation>". An acting holder does not hold the post.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.orgnames import abbreviates_inner
from kg.extract.paired_titles import deputy_body, paired, plural_ranks, plural_titles, shared_body, unpaired_list
from kg.extract.resolve import resolve_org
from kg.extract.gazetteer import unmask
from kg.extract.patterns import (ABBREVIATION, ON_JOIN, AFTER_BODY, APPOSED, HONORIFIC, LOWER_TITLE, NAME_TOKEN, ORG_HEADED, ORG_HEADS, ORG_PHRASE,
                                  POSSESSED, POST_NOMINALS, THE_LOWER, TITLE, fronted_object, normalise_title)
from kg.namespaces import OPENGOV, slug
from kg.reference import Entity

HEADS = ORG_HEADS
_ESC = str.maketrans({"{": "{{", "}": "}}"})
# "of the <organisation>", "at <organisation>" ("chief economist at Harbour Bank"), or "of the university"
# (the one named before).
_AT = r"at\s+(?=(?:the\s+)?(?:⟦org:\d+⟧|" + ORG_HEADED.translate(_ESC) + "))"
OF = (r"(?:\s+(?:of|" + _AT + r")\s*(?:the\s+)?(?:(?P<of{n}>⟦(?:org|place):\d+⟧)|(?P<neworg{n}>" + ORG_PHRASE.translate(_ESC)
      + r")|(?<=the\s)(?P<ref{n}>(?-i:" + ORG_HEADS.lower() + r")\b))(?!\s+(?:delegation|team|side|group|mission)\b))?"
      r"(?:\s*\((?P<abbr{n}>" + ABBREVIATION.translate(_ESC) + r")\)|\s*\(⟦(?:org|place):\d+⟧\))?")
PERSON = rf"(?:{HONORIFIC}\s+)?⟦person:(?P<p{{n}}>\d+)⟧"
# "Vice Mayors A and B": both hold the title, unless one has a title of his own after him ("... and B,
# director of ...").
MORE = r"(?P<more>(?:,?\s+and\s+(?:" + HONORIFIC + r"\s+)?⟦person:\d+⟧(?!\s*,\s+(?:the\s+)?(?i:[a-z-]+\s+)*?(?:" + \
    r"director|secretary|mayor|chairman|chairperson|president|minister|commissioner|head|chief|governor)\b))*)"
# What stands before a title: a place or organisation found ("Shanghai Mayor", "Shanghai's Deputy Mayor"),
# an organisation's name ("Zhejiang Liaison Unit Director"), an organisation's abbreviation, one named
# before ("its Director", "the centre's Director"), or an unknown place ("Hangzhou Vice Mayor").
# an abbreviation the text defined or the reference knows ("HTC Chairman").
QUALIFIER = (rf"(?=[⟦A-Z\dit])(?:(?P<q>⟦(?:org|place):\d+⟧)|(?P<qorg>{ORG_HEADED})|(?P<qabbr>(?-i:[A-Z]{{2,}}[A-Z&]*))"
             rf"|(?P<qref>(?-i:[Ii]ts|[Tt]he\s+(?P<qhead>{ORG_HEADS.lower()})(?=['’]s)))|(?P<qplace>{NAME_TOKEN}))(?:['’]s)?\s+")
# A bureau's branch after its title: "Permanent Secretary for Commerce and Economic Development (Commerce, Industry
# and Tourism)".
BRANCH = r"(?:\s*\((?P<branch{n}>(?-i:[A-Z][a-z]+(?:(?:,\s+|,?\s+and\s+|\s+&\s+)[A-Z][a-z]+)*))\))?"
STATUS = re.compile(r"(?i)acting|ag|atg|designate|retired|ret|former|interim|elect")  # a holder's status, no branch
SECOND = rf"(?:\s+and\s+(?P<art2>the\s+)?(?=[A-Z])(?i:{TITLE.replace('title', 'title2')}){OF.format(n=2)})?"

# A title in lower case ("Shanghai mayor Han Zheng", "then chief executive Tung Chee-hwa") is read only
# after a place or body, or after "then"/"former": "said chief executive Bo Lander" may be a company's.
THEN = r"(?:(?<=\bthen\s)|(?<=\bThen\s)|(?<=\bformer\s)|(?<=\bFormer\s))"
BEFORE = re.compile(
    rf"(?:{QUALIFIER}(?:{POSSESSED}|(?=[A-Z]|{LOWER_TITLE}|{AFTER_BODY}))|{THEN}(?={LOWER_TITLE})|\b(?=[A-Z])|{THE_LOWER})"
    rf"(?i:{TITLE.replace('title', 'title1')}){BRANCH.format(n=1)}"
    rf"{OF.format(n=1)}{SECOND}"
    rf",?\s+{PERSON.format(n=1)}{MORE}"
)
AFTER = re.compile(
    rf"{PERSON.format(n=1)}{POST_NOMINALS}*(?:\s*\((?:[a-z]+[ ,]*){{1,4}}\))?{APPOSED}(?:the\s+(?:then\s+)?|an?\s+)?(?:{QUALIFIER})?"
    rf"(?i:{TITLE.replace('title', 'title1')}){BRANCH.format(n=1)}{OF.format(n=1)}"
    rf"(?:\s+and\s+(?P<art2>the\s+)?(?:(?P<q2>⟦place:\d+⟧)\s+)?(?i:{TITLE.replace('title', 'title2')}){OF.format(n=2)})?"
    rf"(?=\s*[,.;)]|(?!{ON_JOIN}[A-Z⟦])\s+(?!(?:of|for|and|the|&)\b)[a-z]|\s*$)"
)
# "Secretary-General Li Zheng of the Shanghai Municipal People's Government", "executive vice mayor Wu Qing
# of Shanghai": the body or place after the name is the title's.
NAME_OF = re.compile(
    rf"(?:\b(?=[A-Z])(?P<title1>(?i:{TITLE.replace('(?P<title>', '(?:')}))|(?<![\w-])(?P<lower1>{LOWER_TITLE}))"
    rf"\s+{PERSON.format(n=1)}(?=\s+of\s){OF.format(n=1)}(?=\s*[,.;:)]|\s+(?!of\b)[a-z]|\s*$)"
)
# A title in brackets after the name, as tables and captions give it: "Tung Chee-hwa (Chief Executive)",
# "Ada Quell (Vice Mayor of Riverton)".
PAREN = re.compile(
    rf"{PERSON.format(n=1)}\s*\((?:the\s+)?(?:{QUALIFIER})?(?i:{TITLE.replace('title', 'title1')}){BRANCH.format(n=1)}"
    rf"{OF.format(n=1)}\s*\)"
)
# Titles that a place alone qualifies: "Hangzhou Vice Mayor", "Zhejiang Vice Governor".
PLACE_TITLES = re.compile(r"(?:(?:vice|deputy|executive)\s+)?(?:mayor|governor|party secretary)")


def _org_for(ctx: DocContext, view: View, placeholder: str | None, new_label: str | None, sentence, *,
             at: int = 0) -> tuple[URIRef | None, str | None, Entity | None]:
    """The organisation a qualifier or "of ..." names: an org, or the government of a place."""
    if new_label:
        bare = re.sub(r"^the\s+", "", new_label, flags=re.I)
        new_label = ctx.short_names.get(bare, new_label)
        if re.fullmatch(ORG_HEADS, bare):
            return _named_before(ctx, view, bare, at)
        known = resolve_org(new_label, ctx.reference)
        iri = ctx.org(new_label, sentence) if known is None else ctx.entity_iri(known)
        return iri, re.sub(r"^the\s+", "", new_label), known
    if not placeholder:
        return None, None, None
    mention = view.mention(re.search(r"\d+", placeholder).group(0))
    entity = mention.entity
    if mention.kind == "place" and entity is not None:
        entity = ctx.reference.government_of(entity.id)
        if entity is None:
            return None, mention.surface, None
    if entity is None or mention.kind not in ("org", "place"):
        return None, None, None
    return ctx.entity_iri(entity), entity.name, entity


def _abbreviated(ctx: DocContext, abbr: str) -> str | None:
    """The organisation an abbreviation names, where the text defined it or the reference knows it."""
    known = resolve_org(abbr, ctx.reference)
    return known.name if known is not None else ctx.short_names.get(abbr)


NAMED_ORG = re.compile(rf"⟦org:(?P<known>\d+)⟧|(?<![\w⟧])(?P<name>{ORG_HEADED})")


def _named_before(ctx: DocContext, view: View, head: str | None, at: int) -> tuple[URIRef | None, str | None, Entity | None]:
    """"the Director of the Office", "the centre's general manager", "its Secretary-General": the
    organisation (with that head word) the text last named, in this sentence or the few before; none
    where there is none ("Office" is no organisation's name)."""
    wanted = re.compile(r"\bcent(?:re|er)\b" if head and head.lower() in ("centre", "center") else rf"\b{head}\b",
                        re.I) if head else None
    recent = [v for _, v, _ in reversed(ctx.views[-(3 if head else 1):])]
    for seen, text in [(view, view.masked[:at])] + [(v, v.masked) for v in recent]:
        for match in reversed(list(NAMED_ORG.finditer(text))):
            if match.group("known"):
                entity = seen.mention(match.group("known")).entity
                if entity is not None and entity.kind == "org" and (wanted is None or wanted.search(entity.name)):
                    return ctx.entity_iri(entity), entity.name, entity
                continue
            name = re.sub(r"^[Tt]he\s+", "", unmask(match.group("name"), seen.mentions))
            if wanted is None or wanted.search(name.rsplit(" ", 1)[-1]):
                known = resolve_org(name, ctx.reference)
                return (ctx.entity_iri(known), known.name, known) if known else (ctx.org(name, view.sentence), name, None)
    return None, None, None


def _place_of(view: View, placeholder: str | None) -> str | None:
    if not placeholder:
        return None
    mention = view.mention(re.search(r"\d+", placeholder).group(0))
    return mention.entity.id if mention.kind == "place" and mention.entity else None


def resolve_post(ctx: DocContext, title: str, org: Entity | None, org_iri: URIRef | None, org_label: str | None,
                 qualifier_place: str | None, sentence=None) -> tuple[URIRef, str, URIRef] | None:
    """(post IRI, label, organisation IRI) for a title as introduced, or None when it is unclear."""
    key = normalise_title(title)
    if key.startswith("acting "):
        return None
    posts = ctx.reference.posts
    if org_iri is not None and org is not None:
        for post in posts:
            if post.org == org.id and key in map(normalise_title, post.titles):
                return ctx.iri("post", post.id), post.label, org_iri
        placed = resolve_post(ctx, title, None, None, None, place) if (place := org.data.get("jurisdiction")) else None
        if placed is not None and not qualifier_place:
            return placed  # "Party Secretary of Shanghai": the place's post, not one of its government
    if org_iri is None or qualifier_place:
        wanted = [key] + ([f"{qualifier_place} {key}"] if qualifier_place else [])
        matches = [p for p in posts if any(w in map(normalise_title, p.bare_titles) for w in wanted)]
        if qualifier_place:
            matches = [p for p in matches if ctx.reference.governs(p.org, qualifier_place)]
        if len(matches) == 1:
            post = matches[0]
            return ctx.iri("post", post.id), post.label, ctx.iri("org", post.org)
    for entity in ctx.reference.orgs:
        for pattern in entity.data.get("title_patterns", []):
            if (org_iri is None or org is entity) and re.fullmatch(pattern, key):
                label = _title_case(title)
                return ctx.iri("post", slug(label)), label, ctx.entity_iri(entity)
    if qualifier_place and org is None and sentence is not None and PLACE_TITLES.fullmatch(key):
        place = ctx.reference.get("place", qualifier_place)
        name = place.name if place is not None else qualifier_place
        government = ctx.reference.government_of(qualifier_place) if place is not None else None
        org_iri = ctx.entity_iri(government) if government is not None else ctx.org(f"Government of {name}", sentence)
        label = f"{_title_case(title)} of {name}"
        return ctx.iri("post", slug(label)), label, org_iri
    if org_iri is not None and org_label and not qualifier_place:
        label = f"{_title_case(title)} of {_with_article(org_label)}"
        return ctx.iri("post", slug(label)), label, org_iri
    return None


def _title_case(title: str) -> str:
    words = re.split(r"(\s+|-)", re.sub(r"\s+", " ", title.strip()))
    small = {"for", "of", "and", "the", "&"}
    return "".join(w if w in small or not w.strip() or w == "-" else w[0].upper() + w[1:] for w in words)


def _with_article(label: str) -> str:
    """Office-like names take "the" after "of" ("Director of the SHETO"); proper names do not."""
    needs = " of " in label or re.search(r"\b(?:Committee|Group|Commission|Council|Board) on\b", label) or re.search(r"(Office|Bureau|Department|Committee|Commission|Council|Government|Association|Authority|Agency|Unit|Pavilion|Chamber|Institute|Centre|Center|Network|Alliance|Board|Federation)$", label)
    return f"the {label}" if needs and not label.lower().startswith("the ") else label


def holds(ctx: DocContext, view: View, person: URIRef, post: tuple[URIRef, str, URIRef]) -> None:
    post_iri, label, org_iri = post
    f, s = ctx.findings, view.sentence
    f.add(post_iri, RDF.type, ORG.Post, s)
    f.add(post_iri, RDFS.label, Literal(label, lang="en"), s)
    f.add(post_iri, ORG.postIn, org_iri, s)
    f.add(person, ORG.holds, post_iri, s)
    membership = URIRef(f"{f.doc}/membership/{person.rsplit('/', 1)[-1]}--{post_iri.rsplit('/', 1)[-1]}")
    f.add(membership, RDF.type, ORG.Membership, s)
    f.add(membership, ORG.member, person, s)
    f.add(membership, ORG.organization, org_iri, s)
    f.add(membership, OPENGOV.post, post_iri, s)
    f.add(membership, PROV.wasDerivedFrom, f.doc, s)


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


def _short_titles(ctx: DocContext, view: View) -> None:
    """"FS Mr Paul Chan (third right)": a post's short title (the catalogue's upper-case bare title) right
    before a person names that person's post."""
    if not re.search(r"\b[A-Z]{2,5}\s+(?:" + HONORIFIC + r"\s+)?⟦person", view.masked):
        return
    for post in ctx.reference.posts:
        for title in (t for t in post.bare_titles if t.isupper()):
            for match in re.finditer(rf"\b{title}\s+(?:{HONORIFIC}\s+)?⟦person:(\d+)⟧", view.masked):
                person = view.mention(match.group(1)).ref
                if person is not None:
                    holds(ctx, view, person, (ctx.iri("post", post.id), post.label, ctx.iri("org", post.org)))


def extract_posts(ctx: DocContext, view: View) -> None:
    """Record every post a sentence says someone holds."""
    remember_full_names(ctx, view)
    _short_titles(ctx, view)
    introduced: set[str] = set()
    named_of: set[int] = set()
    for pattern in (NAME_OF, BEFORE, AFTER, PAREN):
        for match in pattern.finditer(view.masked):
            g = match.groupdict()
            if pattern is NAME_OF:
                if not (g.get("of1") or g.get("neworg1")):
                    continue
                if (g.get("of1") or "").startswith("⟦place") and not PLACE_TITLES.fullmatch(normalise_title(g["title1"] or g["lower1"])):
                    continue  # "Secretary A of Shanghai": a place says whose mayor, not whose secretary
                g["title1"] = g["title1"] or g["lower1"]
                named_of.add(match.start())
            if pattern is BEFORE and (match.start("title1") in named_of or fronted_object(view.masked, match.start(), match.end())):
                continue  # "After meeting the chief secretary, Ada Quell told ...": the clause's object
            if pattern in (NAME_OF, BEFORE):
                introduced.add(g["p1"])
            elif g["p1"] in introduced and g.get("title1") and not g.get("title2"):
                continue
            people = [view.mention(g["p1"]).ref]
            # "Vice Mayors A and B" share the title; "Chief Executive A and Mr B" does not give it to a B the
            # text named before (by family name alone)
            people += [m.ref for m in map(view.mention, re.findall(r"⟦person:(\d+)⟧", g.get("more") or ""))
                       if len(re.sub(rf"^{HONORIFIC}\s+", "", m.surface).split()) > 1]
            pairs = paired(view, match, g, pattern is BEFORE) if pattern in (BEFORE, AFTER) else None
            if pattern is BEFORE and pairs is None and unpaired_list(view.masked, match.end()):
                continue  # "the A, the B and the C, Mr X, Ms Y and Mr Z respectively": which is whose is not read
            for n in ("1", "2"):
                if n == "1" and pattern is BEFORE and g.get("art2") and pairs is None:
                    continue  # "the Chief Executive and the Mayor of Shanghai, Mr Yang": two people, his is the second
                if pattern is AFTER and re.search(r",\s+then\s", match.group(0)) and \
                        not re.match(r"\s*(?:[,.;)]|$)", view.masked[match.end():]):
                    continue  # "toured it with B, then the Director of X hosted a lunch": "then" is the narrative's
                post = _title_post(ctx, view, match, g, n, pattern is BEFORE)
                for person in (people if pairs is None else [p for m, p in pairs if m == n]) if post is not None else ():
                    if person is not None:
                        holds(ctx, view, person, post)
    bare = {normalise_title(t) for post in ctx.reference.posts for t in post.bare_titles} if "Secretaries" in view.masked else set()
    for person, title in plural_titles(view, lambda t: normalise_title(t) in bare):
        if (post := resolve_post(ctx, title, None, None, None, None)) is not None:
            holds(ctx, view, person, post)
    for match, title, people in plural_ranks(view) if "s " in view.masked else ():
        for person in people if (post := post_of(ctx, view, match, match.groupdict(), "1", title)) else ():
            holds(ctx, view, person, post)


def _title_post(ctx: DocContext, view: View, match: re.Match, g: dict, n: str, before: bool) -> tuple | None:
    """The post of a match's first or second title: with its own body, else (the first) with the second's body
    ("Chairman and Chief Executive of X") or the body of the delegation its holder leads."""
    title = g.get(f"title{n}")
    if not title:
        return None
    branch = g.get("branch1") if n == "1" else None
    if branch and STATUS.fullmatch(branch):
        return None  # "Commissioner for X (Acting), Mr A": not yet, or not in his own right
    if branch and len(branch) > 3 and re.search(r"\sfor\s", title, re.I):
        title = f"{title} ({branch})"
    post = post_of(ctx, view, match, g, n, title)
    if post is None and n == "1" and (shared := shared_body(g)) is not g:
        post = post_of(ctx, view, match, shared, n, title)
    if post is None and n == "1" and before and (told := deputy_body(BEFORE, view.masked, match, title)):
        post = post_of(ctx, view, match, {**g, **told}, n, title)  # "the Director of X, Ms A, and the Deputy Director, Mr B"
    if post is None and n == "1" and before and (led := _led_body(view, match.start())):
        post = post_of(ctx, view, match, {**g, **led}, n, title)
    return post


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


def post_of(ctx: DocContext, view: View, match: re.Match, g: dict, n: str, title: str) -> tuple | None:
    """The post a title names, with the organisation its qualifier, "of ..." or a body named before gives."""
    of, new_org, abbr = g.get(f"of{n}"), g.get(f"neworg{n}"), g.get(f"abbr{n}")
    first = n == "1"  # a qualifier ("Shanghai's") goes with the first title, before or after the name
    qualifier = g.get("q") if first else g.get("q2")
    if first and not (of or new_org) and g.get("qorg"):
        new_org = re.sub(r"^The\s+", "", g["qorg"])
    if first and not (of or new_org) and g.get("qabbr"):
        new_org = _abbreviated(ctx, g["qabbr"])
    if new_org:  # the sentence's full stop is not the name's ("... of the Riverton Affairs Office.")
        new_org = re.sub(r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)\.$", "", unmask(new_org, view.mentions))
    ref = g.get(f"ref{n}") or (g.get("qhead") or g.get("qref") if first and not (of or new_org) else None)
    if ref and ref.lower() == "its" and PLACE_TITLES.fullmatch(normalise_title(title)):
        return None  # "... visited Eastport. Its mayor, Mr X": the city's, which "its" cannot tell from a body
    if new_org and re.search(r"['’]s$", new_org):
        return None  # "Director of the X Office's predecessor": some other body
    if ref:
        org_iri, org_label, org = _named_before(ctx, view, None if ref.lower() == "its" else ref, match.start())
        if org_iri is None:
            return None
    else:
        org_iri, org_label, org = _org_for(ctx, view, of or qualifier, new_org, view.sentence, at=match.start())
    if org is None and org_label and org_label.lower() in ctx.full_names:
        org_label = ctx.full_names[org_label.lower()]
    if new_org and abbr and org is None and not abbreviates_inner(new_org, abbr):
        ctx.findings.add(org_iri, SKOS.altLabel, Literal(abbr, lang="en"), view.sentence)
        ctx.short_names.setdefault(abbr, org_label)
    place = _place_of(view, qualifier) or (_place_of(view, of) if org is None else None)
    if first and g.get("qplace") and not (of or new_org):
        place = g["qplace"]
    return resolve_post(ctx, title, org, org_iri, org_label, place if org is None or qualifier else None, view.sentence)


TITLE_REFERENCE = re.compile(rf"\b[Tt]he\s+(?=[A-Z])(?P<title>(?i:{TITLE.replace('(?P<title>', '(?:')}))\b(?!\s+of\b|\s*,\s*(?:{HONORIFIC}\s+)?⟦person|\s+(?:{HONORIFIC}\s+)?⟦person)")


def _holders_titled(ctx: DocContext, title: str) -> set:
    """The people this document says hold a post whose label begins with a title ("Secretary" of
    "Secretary for Commerce and Economic Development"); deputies and under secretaries are others."""
    key = normalise_title(title)
    labels = {s: normalise_title(str(o)) for s, o in ctx.findings.pairs(RDFS.label) if "/post/" in str(s)}
    return {person for person, post in ctx.findings.pairs(ORG.holds)
            if re.match(rf"{re.escape(key)}\b(?!\s*-)", labels.get(post, ""))}


def title_references(ctx: DocContext, view: View) -> View:
    """"The Chief Executive said ...": a title alone refers back to the person this document says
    holds that post; the view is masked again with those references as people."""
    from kg.extract.gazetteer import Mention, mask

    extra = []
    for match in TITLE_REFERENCE.finditer(view.sentence.text):
        post = resolve_post(ctx, match.group("title"), None, None, None, None)
        if post is not None:
            holders = set(ctx.findings.subjects(ORG.holds, post[0]))
        else:  # "The Secretary will return ...": the one Secretary the document has named
            holders = _holders_titled(ctx, match.group("title"))
        start, end = match.span()
        if len(holders) == 1 and all(end <= m.start or m.end <= start for m in view.mentions):
            person = holders.pop()
            extra.append(Mention("person", start, end, match.group(0), ref=person))
            ctx.findings.mention(person, view.sentence)
            ctx.subjects.setdefault(view.sentence.index, person)
    if not extra:
        return view
    mentions = sorted(view.mentions + extra, key=lambda m: m.start)
    return View(view.sentence, mentions, mask(view.sentence.text, mentions))
