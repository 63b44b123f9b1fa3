"""Organisations' names in running text: a short known name inside a longer one, and abbreviations.

"the Mainland Affairs Liaison Office" is not the Liaison Office; "the Shanghai Municipal Government
Financial Services Office" is not the Shanghai Municipal Government; "the Hong Kong and Macao Affairs
Office (HKMAO) of the State Council" is one organisation, which the text also calls HKMAO. A
capitalised name that ends like an organisation's and is followed by an abbreviation in brackets
("Shanghai Maritime University (SMU)") is an organisation, known or not.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SKOS

from kg.extract.gazetteer import Mention
from kg.extract.patterns import ABBREVIATION, DEICTIC, ORG_HEADS, TITLE, normalise_title
from kg.extract.resolve import resolve_org
from kg.reference import Reference

WORD = r"[A-Z][\w'’&.-]*"
JOINED = rf"{WORD}(?:\s+(?:(?:of|the|and|for|&)\s+)*{WORD})*?"
# Capitalised words before a known name that carry it on ("Mainland Affairs Liaison Office").
BEFORE = re.compile(rf"(?<![.!?:]\s)(?<!^)\b(?!The\b|A\b|An\b){WORD}\s+$")
AFTER = re.compile(rf"^(?:\s+{WORD})*?\s+(?-i:{ORG_HEADS})\b")
# "the Shanghai Municipal Committee of the Communist Youth League": a party's or a league's committee too
OF_HEADS = ORG_HEADS[:-1] + "|League|Party|Congress|Union)"
OF_MORE = re.compile(rf"^(?:\s*\((?P<abbr>{ABBREVIATION})\))?\s+of\s+(?:the\s+)?(?P<rest>{JOINED}\s+(?-i:{OF_HEADS}))\b")
# A name in Chinese characters in brackets after a body's English name: "the Harbour Youth Foundation (海港青年基金)".
# After a comma, the same brackets may define its English abbreviation: "(上海市建筑学会, ASS)", "(上海市工商联, Shanghai FIC)".
CHINESE = (r"[（(]\s*(?:以下)?(?:簡稱|简称|下稱|下称)?(?P<zh>[\u3400-\u9fff][\u3400-\u9fff·]{1,39})\s*"
           rf"(?:[,，、]\s*(?P<zhabbr>(?:[A-Z][a-z]+\s)?{ABBREVIATION}))?\s*[)）]")
# A title's body ("Chairman of the X Council (白浩)"): the name in brackets is more often the holder's than the body's.
TITLED_BODY = re.compile(rf"(?i:{TITLE.replace('(?P<title>', '(?:')})\s+(?:of|for)\s+(?:the\s+)?$|(?i:{TITLE.replace('(?P<title>', '(?:')})\s+(?:of|for)\b")
CHINESE_CUE = re.compile(r"[（(]\s*[\u3400-\u9fff]")
# A person's own name in Chinese characters, in brackets right after the English one: "Mr Gong Zheng (龔正)". A name
# is short (a foreign one joined by "·"); a longer bracket is a gloss or a body's name.
PERSON_CHINESE = re.compile(r"\s*[（(]\s*(?P<zh>[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,6}(?:·[\u3400-\u9fff]{1,6}){1,2})\s*[)）]")
# The name may go on after its head word with the body's field: "Shanghai Municipal Federation of Industry and Commerce".
FIELD_AFTER = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{WORD}(?:\s+(?:and\s+|&\s+)?{WORD}){{0,6}})?"
WITH_CHINESE = re.compile(rf"\b(?P<org>{JOINED}\s+(?-i:{ORG_HEADS}){FIELD_AFTER})\s*{CHINESE}")
WITH_ABBR = re.compile(rf"\b(?P<org>{JOINED}\s+(?-i:{ORG_HEADS}))\s*\((?P<abbr>{ABBREVIATION})\)")


def refine(text: str, mentions: list[Mention], reference: Reference) -> list[Mention]:
    """Known organisations' mentions, each widened to the longer name it is part of, or dropped."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].start <= m.start and m.end <= out[-1].end:
            continue  # inside a mention widened before: "... Office of the Municipal Government"
        if m.kind != "org" or m.entity is None or m.entity.kind != "org":
            out.append(m)
            continue
        more = OF_MORE.match(text[m.end:])
        if more:
            whole = f"{text[m.start:m.end]} of the {more.group('rest')}"
            known = resolve_org(whole, reference)
            if known is not None:
                out.append(Mention("org", m.start, m.end + more.end(), text[m.start:m.end + more.end()], known))
            continue
        if BEFORE.search(text[:m.start]) or AFTER.match(text[m.end:]) or _of_another_place(text, m, mentions):
            continue
        out.append(m)
    return out


def _of_another_place(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"the Harbour Affairs Office of Riverton": a known office's name followed by "of <place>" names
    that place's office, another organisation (unless the place is the known one's own)."""
    of = re.match(r"\s+of\s+", text[m.end:])
    if not of:
        return False
    at = m.end + of.end()
    place = next((p for p in mentions if p.kind == "place" and p.start == at and p.entity is not None), None)
    own = {m.entity.data.get("jurisdiction"), m.entity.data.get("party_of")}
    return place is not None and place.entity.id not in own


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", words) if w[0].isupper())


def abbreviates_inner(name: str, abbr: str) -> bool:
    """Whether "(ABBR)" after "<A> of the <B>" abbreviates B, not the whole: "Committee of the Harbour
    Workers Party (HWP)" does not call the committee HWP; nor does "the Port Department of the Harbour Affairs
    Office of the State Council (HAO)" call the department HAO.

    >>> abbreviates_inner("Port Department of the Harbour Affairs Office of the State Council", "HAO")
    True
    >>> abbreviates_inner("Harbour Affairs Office of the State Council", "HAO")
    False
    """
    parts = re.split(r"\s+of\s+(?:the\s+)?", name)
    inner = [" ".join(parts[i:j]) for i in range(1, len(parts)) for j in range(i + 1, len(parts) + 1)]
    return abbr != _initials(name) and abbr != _initials(parts[0]) and any(abbr.upper() == _initials(p).upper() for p in inner)


# The capitalised title before a body: "the Director of the Hong Kong Observatory (DHKO)".
_TITLE_BEFORE = re.compile(r"(?:(?!The\b)[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?$")


def post_initials(title: str, body: str, abbr: str) -> bool:
    """Whether "(ABBR)" after a title and its body abbreviates the post, not the body: "Director of the Hong
    Kong Observatory (DHKO)" gives the Observatory no other name."""
    return len(abbr) > len(_initials(body)) and abbr.upper() == _initials(f"{title} {body}").upper()


def abbreviations(ctx, view) -> None:
    """"<Organisation> (<ABBR>)": the abbreviation is another name of the organisation."""
    text, s = view.sentence.text, view.sentence
    if "(" not in text:
        return
    for m in view.mentions:
        if m.kind == "org" and m.entity is not None:
            after = re.match(rf"\s*\((?P<abbr>{ABBREVIATION})\)", text[m.end:])
            # inside the name, "(ABBR)" names the organisation only before its "of ..." complement: in
            # "the Riverton Region (RR) Government" it abbreviates the region, not the government
            inner = re.search(rf"\((?P<abbr>{ABBREVIATION})\)(?=\s+of\s)", m.surface)
            abbr = (after or inner).group("abbr") if (after or inner) else None
            title = _TITLE_BEFORE.search(text, max(0, m.start - 60), m.start) if abbr else None
            if title is not None and post_initials(title.group(0), m.surface, abbr):
                continue
            if after and _placed(view, m.end + after.start("abbr")):
                continue
            if abbr and not (after and abbreviates_inner(m.surface, abbr)):
                ctx.short_names.setdefault(abbr, m.entity.name)
                if abbr not in m.entity.all_names():
                    ctx.findings.add(ctx.entity_iri(m.entity), SKOS.altLabel, Literal(abbr, lang="en"), s)
    people = [(m.start, m.end) for m in view.mentions if m.kind == "person"]
    for match in WITH_ABBR.finditer(text):
        label = _series_first(text, match.start("org"), re.sub(r"^The\s+", "", match.group("org")), match.group("abbr"))
        if DEICTIC.match(label):
            continue  # "This Bureau (CMAB)": the writer's own body, whose name the abbreviation stands for
        if TITLED_BODY.match(label) or TITLED_BODY.search(text, max(0, match.start("org") - 60), match.start("org")):
            continue  # "Chairman of the X Council (白浩)": the holder's name
        if any(a < match.end("org") and match.start("org") < b for a, b in people) or abbreviates_inner(label, match.group("abbr")):
            continue
        if _placed(view, match.start("abbr")):
            continue
        known = resolve_org(label, ctx.reference)
        iri = ctx.org(label, s) if known is None else ctx.entity_iri(known)
        ctx.short_names.setdefault(match.group("abbr"), known.name if known is not None else label)
        if known is None or match.group("abbr") not in known.all_names():
            ctx.findings.add(iri, SKOS.altLabel, Literal(match.group("abbr"), lang="en"), s)


def _placed(view, start: int) -> bool:
    """Whether a place the text names begins there: "the X Center (Shanghai)" tells where, and is no short name."""
    return any(m.kind == "place" and m.start == start for m in view.mentions)


# The first words of a name that lists its fields with commas: "Innovation, " of "Innovation, Technology and Industry
# Bureau (ITIB)", which the capitalised words before the head word leave out.
SERIES_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*,\s+)+$")


def _series_first(text: str, start: int, label: str, abbr: str) -> str:
    """The name the abbreviation's letters say is abbreviated: with the words of its series before a comma, or only
    the name after a list's "and"."""
    if _initials(label) == abbr:
        return label
    series = SERIES_BEFORE.search(text, max(0, start - 80), start)
    if series is not None and _initials(whole := series.group(0) + label) == abbr:
        return whole
    # "Bo, Cy and the Harbour Trade Council (HTC)": the name after a list's "and (the)" is the one abbreviated
    after_and = [m.end() for m in re.finditer(r"\s+and\s+(?:the\s+)?", label)]
    # "Tongji University and The Hong Kong Polytechnic University (PolyU)": two bodies' names, the second's short one
    joined = [m.end() for m in BODIES_JOINED.finditer(label)]
    return next((label[at:] for at in after_and if _initials(label[at:]) == abbr), label[joined[-1]:] if joined else label)


def _same_name(written: str, known: str) -> bool:
    """Whether a person's Chinese name is one the reference has, or its form in the other script ("陈茂波" for
    "陳茂波"): the same length, and a character in the same place the same (a surname or given name that both
    scripts write alike)."""
    return written == known or len(written) == len(known) and any(a == b for a, b in zip(written, known))


# A body's head word ending the name before "and": what follows is another body's name.
BODIES_JOINED = re.compile(rf"\b(?-i:{ORG_HEADS})\s+and\s+(?:[Tt]he\s+)?(?=[A-Z])")


def chinese_names(ctx, view) -> None:
    """"<Organisation> (<Chinese name>)", "<person> (<Chinese name>)": the Chinese name is another name of the
    organisation or person, known or not."""
    text, s = view.sentence.text, view.sentence
    if not CHINESE_CUE.search(text):
        return
    for m in view.mentions:
        after = re.match(rf"\s*{CHINESE}", text[m.end:]) if m.kind in ("org", "conf") and m.entity is not None else None
        after = None if after and TITLED_BODY.search(text, max(0, m.start - 60), m.start) and _a_holder(after) else after
        if after and after.group("zh") not in m.entity.all_names():
            ctx.findings.add(ctx.entity_iri(m.entity), SKOS.altLabel, Literal(after.group("zh"), lang="zh"), s)
        if after and after.group("zhabbr"):
            _defined(ctx, ctx.entity_iri(m.entity), m.entity.name, after.group("zhabbr"), m.entity.all_names(), s)
    people = [(m.start, m.end) for m in view.mentions if m.kind == "person"]
    for m in view.mentions:
        own = PERSON_CHINESE.match(text, m.end) if m.kind == "person" and m.ref is not None else None
        if own and (m.entity is None or not any(_same_name(own.group("zh"), n) for n in m.entity.all_names())):
            ctx.findings.add(m.ref, SKOS.altLabel, Literal(own.group("zh"), lang="zh"), s)
    for match in WITH_CHINESE.finditer(text):
        label = re.sub(r"^The\s+", "", match.group("org"))
        if (TITLED_BODY.match(label) or TITLED_BODY.search(text, max(0, match.start("org") - 60), match.start("org"))) \
                and _a_holder(match):
            continue  # "Chairman of the X Council (白浩)": the holder's name
        if titled := TITLED_BODY.match(label):
            label = re.sub(r"^\s*(?:the\s+)?", "", label[titled.end():])  # the body of "Deputy Director of the X (中文)"
        if any(a < match.end("org") and match.start("org") < b for a, b in people) or resolve_org(label, ctx.reference):
            continue  # a known body is read as a mention above
        iri = ctx.org(label, s)
        ctx.findings.add(iri, SKOS.altLabel, Literal(match.group("zh"), lang="zh"), s)
        if match.group("zhabbr"):
            _defined(ctx, iri, label, match.group("zhabbr"), (), s)


def _a_holder(match: re.Match) -> bool:
    """Whether the Chinese in brackets after a title's body may be its holder's name: as short as a person's name
    ("白浩"), with no abbreviation beside it; "(上海市城乡建设和交通委员会)" is the body's."""
    return not match.group("zhabbr") and PERSON_CHINESE.fullmatch(f"({match.group('zh')})") is not None


def _defined(ctx, iri, name: str, abbr: str, names, sentence) -> None:
    """An abbreviation defined after a body's Chinese name: another name of the body, and its short form in the text."""
    ctx.short_names.setdefault(abbr, name)
    if abbr not in names:
        ctx.findings.add(iri, SKOS.altLabel, Literal(abbr, lang="en"), sentence)


# Short names of Hong Kong before a title: "HK Chief Executive".
HK_SHORT = frozenset({"HK", "HKSAR", "SAR"})


def other_short(reference: Reference, abbr: str, title: str) -> bool:
    """Whether an abbreviation no one defined, before a title the catalogue's posts have bare, is no name of those
    posts' bodies: another body's title."""
    key = normalise_title(title)
    orgs = {p.org for p in reference.posts if key in map(normalise_title, p.bare_titles)}
    if not orgs or abbr in HK_SHORT:
        return False
    names = [n for o in orgs if (e := reference.get("org", o)) is not None for n in e.all_names()]
    return not any(re.search(rf"(?<!\w){re.escape(abbr)}(?!\w)", n) for n in names)


def part_of_own_body(reference: Reference, title: str, label: str):
    """The catalogue's one post a title names bare, where the body said with it is the end of a name of that post's
    body ("Special Administrative Region Government Secretary for Justice": the HKSAR Government's), else None."""
    key = normalise_title(title)
    posts = [p for p in reference.posts if key in map(normalise_title, p.bare_titles)]
    body = reference.get("org", posts[0].org) if len(posts) == 1 else None
    said = re.sub(r"^the\s+", "", label, flags=re.I).casefold()
    if body is None or len(said.split()) < 2:
        return None
    return posts[0] if any(n.casefold().endswith(" " + said) for n in body.all_names()) else None
