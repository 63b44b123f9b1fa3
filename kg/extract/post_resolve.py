"""The post a title names: the organisation its qualifier, "of ..." or a body named before gives, the
catalogue's post for (title, organisation), or a new post "<Title> of <Organisation>"; and who holds it.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS

from kg.extract.context import DocContext
from kg.extract.department_heads import department_of
from kg.extract.firm_places import firm_after_place
from kg.extract.mentions import View
from kg.extract.party_posts import placed_post
from kg.extract.orgnames import abbreviates_inner, other_short, part_of_own_body, post_initials
from kg.extract.post_shapes import FIRM_NAME, PLACE_TITLES, STATUS
from kg.extract.resolve import resolve_org
from kg.extract.gazetteer import unmask
from kg.extract.patterns import ORG_HEADED, ORG_HEADS, TITLE, normalise_title
from kg.namespaces import OPENGOV, slug
from kg.reference import Entity


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


abbreviated = _abbreviated  # for the rules of other modules

# A body within another that the text named by its abbreviation: "the Board of the RCA", "Training Department of RSC".
_INNER_SHORT = re.compile(r"(?P<head>.*\S\s+of)\s+(?:the\s+)?(?P<abbr>(?:[A-Z][a-z]+\s+)?[A-Z][a-z&]{0,6}[A-Z][A-Za-z&]{0,8})")


def spelt_out(ctx: DocContext, label: str) -> str:
    """A body's name whose last part is an abbreviation the text defined, with that part's full name, so that
    "Director of the Training Department of the RSC" is the post of the body the text named in full."""
    inner = _INNER_SHORT.fullmatch(label) if " of " in label else None
    if inner is None or (full := ctx.short_names.get(inner.group("abbr"))) is None:
        return label
    return f"{inner.group('head')} {_with_article(re.sub(r'^[Tt]he ', '', full))}"


# A firm by its legal form after a comma is named too: "the Tamsin Logistics Co., Ltd. in Lingang, where its
# Chairman ..." (so that "its" is the firm's, not a body named in the sentence before).
NAMED_ORG = re.compile(rf"⟦org:(?P<known>\d+)⟧|(?<![\w⟧])(?P<name>{ORG_HEADED}"
                       r"|(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,6}\s+Co\.,?\s+Ltd)\b)")
# A holder's title the capitalised words began with: "the Deputy Director of the X Commission" names the commission.
TITLE_OF = re.compile(rf"^(?i:{TITLE.replace('(?P<title>', '(?:')})\s+of\s+(?:the\s+)?(?=[A-Z])")


# The field a body's name goes on with after its head word, up to a stop: "... Commission of Housing and Urban-Rural
# Development, Mr A" (a name of one field word is read whole by ORG_HEADED).
# A field after the head word of a body's name: "the Shanghai Municipal Bureau of Justice" is a bureau.
OF_FIELD = re.compile(r"(?<=\S)\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})$")
FIELD_TAIL = re.compile(r"\s+of\s+(?-i:[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){1,5})(?=\s*[,.;(]|\s*$|\s+[a-z])")


def _named_before(ctx: DocContext, view: View, head: str | None, at: int,
                  within: str | None = None) -> tuple[URIRef | None, str | None, Entity | None]:
    """"the Director of the Office", "the centre's general manager", "its Secretary-General": the
    organisation (with that head word, and the city's name ``within`` it where given) the text last named,
    in this sentence or the few before; none where there is none ("Office" is no organisation's name)."""
    wanted = re.compile(r"\bcent(?:re|er)\b" if head and head.lower() in ("centre", "center") else rf"\b{head}\b",
                        re.I) if head else None
    recent = [v for _, v, _ in reversed(ctx.views[-(3 if head else 1):])]
    for seen, text in [(view, view.masked[:at])] + [(v, v.masked) for v in recent]:
        for match in reversed(list(NAMED_ORG.finditer(text))):
            if match.group("known"):
                entity = seen.mention(match.group("known")).entity
                if entity is not None and entity.kind == "org" and (wanted is None or wanted.search(entity.name)) \
                        and (within is None or within in entity.name):
                    return ctx.entity_iri(entity), entity.name, entity
                continue
            name = TITLE_OF.sub("", re.sub(r"^[Tt]he\s+", "", unmask(match.group("name"), seen.mentions)))
            if wanted is not None:  # "the HCCC and the X Federation": the Federation is X's
                parts = re.split(r"\s+and\s+the\s+", name)
                name = next((p for p in reversed(parts) if within is None or within in p), parts[-1])
            if (wanted is None or wanted.search(OF_FIELD.sub("", name).rsplit(" ", 1)[-1])) and (within is None or within in name):
                if (tail := FIELD_TAIL.match(text, match.end())) is not None:
                    name += unmask(tail.group(0), seen.mentions)  # "the Commission of Housing and Urban-Rural Development"
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
    if qualifier_place in (None, "hong-kong") and (dept := _own_post(ctx, title, org, org_iri, org_label)):
        return dept
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
            if qualifier_place and not ctx.reference.governs(entity.id, qualifier_place):
                break  # "Singapore's Deputy Commissioner of Police": another place's, whatever its words
            if (org_iri is None or org is entity) and re.fullmatch(pattern, key):
                label = _title_case(title)
                return ctx.iri("post", slug(label)), label, ctx.entity_iri(entity)
    if qualifier_place and org is None and sentence is not None and PLACE_TITLES.fullmatch(key):
        return placed_post(ctx, _title_case(title), key, qualifier_place, sentence)
    if org is None and org_label and (own := part_of_own_body(ctx.reference, title, org_label)) is not None:
        return ctx.iri("post", own.id), own.label, ctx.iri("org", own.org)
    if org_iri is not None and org_label and not qualifier_place:
        label = f"{_title_case(title)} of {_with_article(org_label)}"
        return ctx.iri("post", slug(label)), label, org_iri
    return None


def _own_post(ctx: DocContext, title: str, org: Entity | None, org_iri: URIRef | None,
              org_label: str | None) -> tuple[URIRef, str, URIRef] | None:
    """The HKSAR post a title names whole, with no body or with the body it names itself: "Commissioner for
    Tourism, Tourism Commission" and "the bureau's deputy secretary for education" (the Education Bureau's)."""
    if org_iri is None or org is not None and org.data.get("fields"):
        post = _department_post(ctx, title)
        return post if post is not None and (org_iri is None or post[2] == org_iri) else None
    if org is not None or not org_label or not org_label.endswith(" Bureau") or " for " not in title.lower():
        return None
    field = normalise_title(title).split(" for ", 1)[1]
    government = ctx.reference.get("org", "hksar-government")
    if government is None or normalise_title(org_label[:-len(" Bureau")]) not in field or _elsewhere(ctx, org_label):
        return None
    for pattern in government.data.get("title_patterns", []):
        if re.fullmatch(pattern, normalise_title(title)):
            label = _title_case(title)
            return ctx.iri("post", slug(label)), label, ctx.entity_iri(government)
    return None


def _elsewhere(ctx: DocContext, label: str) -> bool:
    """Whether the text lately placed a body so named outside Hong Kong: "Macao's Education Bureau"."""
    name = re.escape(label)
    placed = re.compile(rf"⟦place:(\d+)⟧(?:['’]s)?\s+(?:the\s+)?{name}\b|\b{name}\s+(?:of|in)\s+(?:the\s+)?⟦place:(\d+)⟧")
    for _, seen, _ in ctx.views[-3:]:
        for match in placed.finditer(seen.masked):
            entity = seen.mention(match.group(1) or match.group(2)).entity
            if entity is None or entity.id != "hong-kong":
                return True
    return False


def _department_post(ctx: DocContext, title: str, field: str | None = None) -> tuple[URIRef, str, URIRef] | None:
    """A department head's post ("Director of Marine"), labelled as the HKSAR writes it, in its department."""
    department = department_of(ctx.reference, title, field)
    if department is None:
        return None
    field = re.sub(r"^the\s+", "", field or "", flags=re.I)
    label = _title_case(f"{title} of {field}" if field else title)
    return ctx.iri("post", slug(label)), label, ctx.entity_iri(department)


def _title_case(title: str) -> str:
    """A title as a post's label: capitalised, and "&" written "and", so that "Under Secretary for Commerce &
    Economic Development" and "... and ..." are one post with one label."""
    words = re.split(r"(\s+|-)", re.sub(r"\s*&\s*", " and ", re.sub(r"\s+", " ", title.strip())))
    small = {"for", "of", "and", "the", "&"}
    return "".join(w if w in small or not w.strip() or w == "-" else w[0].upper() + w[1:] for w in words)


def _with_article(label: str) -> str:
    """Office-like names take "the" after "of" ("Director of the SHETO"); proper names do not."""
    needs = " of " in label or re.search(r"\b(?:Committee|Group|Commission|Council|Board) on\b", label) or re.search(r"(Office|Bureau|Department|Committee|Commission|Council|Government|Association|Authority|Agency|Unit|Pavilion|Chamber|Institute|Centre|Center|Network|Alliance|Board|Federation|Foundation)$", label)
    return f"the {label}" if needs and not label.lower().startswith("the ") else label


def holders_of(ctx: DocContext, title: str) -> set[URIRef]:
    """Those the document says hold the post a title names ("Secretary for Justice"); none for no known post."""
    post = resolve_post(ctx, title, None, None, None, None)
    return set(ctx.findings.subjects(ORG.holds, post[0])) if post is not None else set()


def holds(ctx: DocContext, view: View, person: URIRef, post: tuple[URIRef, str, URIRef], *,
          past: str | None = None) -> None:
    """The person holds the post; ``past`` ("then", "former") when the title says it was held before.
    A post made from the text's words that is the reference's post by its IRI takes the reference's label
    and organisation, so that the document cannot contradict the reference data."""
    post_iri, label, org_iri = post
    key = post_iri.rsplit("/", 1)[-1]
    known = ctx.reference.posts_by_id.get(key)
    if known is not None and post_iri == ctx.iri("post", key):
        label, org_iri = known.label, ctx.iri("org", known.org)
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
    if past is not None and f.past.get(membership) != "former":
        f.past[membership] = past



# A field after a title, not a body: capitalised words with no body's head word ("Research", "Mainland Business").
FIELD = re.compile(rf"(?!.*\b{ORG_HEADS}\b)[A-Z][a-z]+(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+){{0,3}}")


def _field_of(ctx: DocContext, view: View, g: dict, words: str) -> bool:
    """Whether "of <words>" after a title a body's possessive qualifies names a field of that body's work."""
    body = g.get("q")
    if not (g.get("qabbr") or g.get("qorg") or body and view.mention(re.search(r"\d+", body).group(0)).kind == "org"):
        return False
    return FIELD.fullmatch(words) is not None and resolve_org(words, ctx.reference) is None


def post_of(ctx: DocContext, view: View, match: re.Match, g: dict, n: str, title: str) -> tuple | None:
    """The post a title names, with the organisation its qualifier, "of ..." or a body named before gives."""
    of, new_org, abbr = g.get(f"of{n}"), g.get(f"neworg{n}"), g.get(f"abbr{n}")
    if of and of.startswith("⟦place"):
        firm = firm_after_place(view.masked, end := _end(match, f"of{n}"))
        if firm is None and view.masked[end:end + 1] == "-":
            return None  # "chairman of Shanghai-based ...": some body the text does not name
        of, new_org = (None, firm) if firm else (of, new_org)  # "chairman of Hong Kong-based X": the firm's
        if firm is None and (noun := PLACE_NOUN.match(view.masked, end)) is not None:
            return _placed_noun(ctx, view, match, g, n, title, noun.group("head"))
    if of and g.get(f"ofin{n}") and view.mention(re.search(r"\d+", of).group(0)).surface.endswith("Office"):
        of, new_org = None, of + g[f"ofin{n}"]  # "the ⟦Economic and Trade Office⟧ in Wuhan": the office in that city
    first = n == "1"  # a qualifier ("Shanghai's") goes with the first title, before or after the name
    qualifier = g.get("q") if first else g.get("q2")
    if first and new_org and _field_of(ctx, view, g, new_org):
        title, new_org = f"{title} of {new_org}", None  # "the HKTDC's Director of Research": the council's
    if first and not (of or new_org) and g.get("qorg"):
        new_org = re.sub(r"^The\s+", "", g["qorg"])
    if first and not (of or new_org) and g.get("qabbr"):
        new_org = _abbreviated(ctx, g["qabbr"])
        if new_org is None and other_short(ctx.reference, g["qabbr"], title):
            return None  # "SFC chief executive A": the post of a body the text does not name, not the bare title's
    if g.get(f"nabbr{n}") and not (new_org := _abbreviated(ctx, g[f"nabbr{n}"])):
        return None  # "Mr A, Chairman, GBS": no body the text or the reference calls so
    if new_org and (named := _city_named(ctx, view, match, new_org)) is not None:
        return resolve_post(ctx, title, named[2], named[0], named[1], None, view.sentence)
    if new_org:  # the sentence's full stop is not the name's ("... of the Riverton Affairs Office.")
        new_org = spelt_out(ctx, re.sub(r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)\.$", "", unmask(new_org, view.mentions)))
    ref = g.get(f"ref{n}") or (g.get("qhead") or g.get("qref") if first and not (of or new_org) else None)
    if new_org and not ref and (dept := _department_here(ctx, view, match, n, title, new_org, qualifier)) is not None:
        return _branched(dept, abbr if abbr and _portfolio(abbr, new_org) else g.get(f"obranch{n}")) if dept else None
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
    branch = g.get(f"obranch{n}")
    if new_org and abbr and org is None and _portfolio(abbr, new_org):
        branch = abbr  # "Assistant Director of Marine (Planning)": a division, no name of the body
    elif new_org and abbr and org is None and not abbreviates_inner(new_org, abbr) and not post_initials(title, new_org, abbr):
        ctx.findings.add(org_iri, SKOS.altLabel, Literal(abbr, lang="en"), view.sentence)
        ctx.short_names.setdefault(abbr, org_label)
    place = _place_of(view, qualifier) or (_place_of(view, of) if org is None else None)
    if first and g.get("qplace") and not (of or new_org):
        place = g["qplace"]
    post = resolve_post(ctx, title, org, org_iri, org_label, place if org is None or qualifier else None, view.sentence)
    return _branched(post, branch)


# A city and a head word for the body named in full before: "the Director of the Shanghai Bureau, Mr A" after "the
# Shanghai Local Financial Supervision and Administration Bureau".
CITY_HEAD = re.compile(r"⟦place:(?P<place>\d+)⟧\s+(?P<head>Office|Bureau|Commission|Centre|Center|Council)")


def _city_named(ctx: DocContext, view: View, match: re.Match, new_org: str) -> tuple | None:
    """The body named before that a city and a head word stand for, or None."""
    said = CITY_HEAD.fullmatch(new_org)
    if said is None:
        return None
    named = _named_before(ctx, view, said.group("head"), match.start(), view.mention(said.group("place")).surface)
    return named if named[0] is not None and named[1] != unmask(new_org, view.mentions) else None


# A body told by its city and a common noun, named in full before: "the Chief Curator of the Shanghai museum".
PLACE_NOUN = re.compile(r"\s+(?P<head>museum|college|institute|university|theatre|company|court|school|academy|corps"
                        r"|authority|commission|bureau|association|council|hospital|group|centre|center)\b")


def _placed_noun(ctx: DocContext, view: View, match: re.Match, g: dict, n: str, title: str, head: str) -> tuple | None:
    """The post of a title in the body "the <city> <noun>" stands for: the last body so headed the text named; none
    where it named none (never the city's government)."""
    city = view.mention(re.search(r"\d+", g.get(f"of{n}") or "").group(0)).surface
    org_iri, org_label, org = _named_before(ctx, view, head, match.start(), city)
    if org_iri is None:
        org_iri, org_label, org = _named_before(ctx, view, head, match.start())
    if org_iri is None:
        return None
    return resolve_post(ctx, title, org, org_iri, org_label, None, view.sentence)


# What a department head's title goes on with when the body is another ("Director of Health, Macao SAR
# Government", "... at Tidewater Robotics", "... in Macao"): a body after a comma, a firm after "at", a place.
_OTHER_BODY = re.compile(rf"(?:,\s+(?:the\s+)?(?=⟦(?:org|place):|{ORG_HEADED}|{FIRM_NAME})|\s+at\s+(?:the\s+)?(?={FIRM_NAME})"
                         r"|\s+in\s+(?=⟦place:))(?P<mention>⟦(?:org|place):\d+⟧)?")


def _department_here(ctx: DocContext, view: View, match: re.Match, n: str, title: str, new_org: str,
                     qualifier: str | None) -> tuple[URIRef, str, URIRef] | bool | None:
    """The HKSAR department a head's title names by its field ("Director of Marine"); None for an acting head's,
    a qualifier's other place's or no department's; False where another body is named next ("Director of
    Health, Macao SAR Government"), whose post the field alone does not name."""
    if normalise_title(title).startswith("acting ") or _place_of(view, qualifier) not in (None, "hong-kong"):
        return None
    dept = _department_post(ctx, title, new_org)
    end = _end(match, f"neworg{n}")
    other = _OTHER_BODY.match(view.masked, end) if dept is not None and end >= 0 else None
    if other is None:
        return dept
    mention = other.group("mention")
    entity = view.mention(re.search(r"\d+", mention).group(0)).entity if mention else None
    return dept if entity is not None and (ctx.entity_iri(entity) == dept[2] or entity.id in ("hong-kong", "hksar-government")) else False


def _end(match: re.Match, group: str) -> int:
    try:
        return match.end(group)
    except IndexError:
        return -1


def _portfolio(word: str, body: str) -> bool:
    """Whether a bracket after a title's body holds a division's name: one capitalised word in lower case after its
    first letter ("(Planning)", "(Operations)"), none of the body's own words."""
    return re.fullmatch(r"[A-Z][a-z]{3,}", word) is not None and word.lower() not in body.lower()


def _branched(post: tuple | None, branch: str | None) -> tuple | None:
    """"Deputy Director of Food and Environmental Hygiene (Environmental Hygiene)": the post of one branch."""
    if post is None or not branch or STATUS.fullmatch(branch):
        return post
    label = f"{post[1]} ({branch})"
    return URIRef(f"{post[0].rsplit('/', 1)[0]}/{slug(label)}"), label, post[2]


department_post, branched = _department_post, _branched  # for the rules of other modules
