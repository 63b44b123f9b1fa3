"""Agreements: letters of intent, memoranda of understanding, arrangements, co-operation documents.

Press releases name them in a few kinds of phrase, each read here:

- the signing: "witnessed the signing of six co-operation agreements", "the two sides signed a letter
  of intent on ...", "Twelve co-operation agreements ... were signed";
- a described one: "the cadet exchange agreement newly signed between the two ministries";
- a named one, signed or not: "the Harbour Logistics Co-operation Arrangement (HLCA)", "HLCA (the Harbour
  Logistics Co-operation Arrangement)", "the Memorandum of Understanding on Co-operation in Ports".

An agreement keeps its number ("five ... agreements": `hksh:documentCount` 5), its parties ("between
A and B", "signed by A and B", "A and B signed ..."), and the event it was signed at: a ceremony the
same sentence names, else the last signing ceremony of the document. A named agreement is one resource
across documents (unless its name is only generic words, "Strategic Co-operation Agreement"); an
unnamed one belongs to its document. Several phrases of one sentence that read
the same text make one agreement, named by the most complete of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SKOS, XSD

from kg.extract.agreement_batches import fronted_elsewhere, new_batch, signed_elsewhere, with_other_city
from kg.extract.agreement_lists import bullet_item, listed_agreements, plain_quotes
from kg.extract.agreement_words import AMOUNT, HEAD, HEADS, MOD, NP, NUMBER, NUMBERS, PURPOSE, TOPIC
from kg.extract.context import DocContext
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.patterns import ABBREVIATION, HONORIFIC, ORG_HEADED, without_asides
from kg.namespaces import HKSH, slug

# Who signed: mentions, or organisations' capitalised names ("the Riverton Port Authority"), right
# before the verb (read in the 200 characters before it, so that a long sentence stays fast).
SUBJECT_PARTY = rf"(?:⟦(?:org|place|person):\d+⟧|(?-i:{ORG_HEADED}))"
SIGNERS = re.compile(rf"(?<![\w⟧])(?:{SUBJECT_PARTY}(?:,\s*|\s+and\s+)(?:the\s+|{HONORIFIC}\s+)?){{0,6}}{SUBJECT_PARTY}\s+"
                     r"(?:(?:have|has|had|jointly|also|today|yesterday)\s+)*$")
# "<subject> signed an MoU with <the other side>"
WITH_PARTY = re.compile(rf"\s+with\s+(?:the\s+)?(?P<party>(?-i:{ORG_HEADED})|⟦(?:org|place|person):\d+⟧)(?=[\s,.;:)]|$)")
SIGNING = [
    # "the signing of <np>", "<subject> signed <np>"
    re.compile(rf"\bsigning\s+of\s+{NP}", re.I),
    re.compile(rf"\b(?P<verb>sign(?:ed|s)|ink(?:ed|s)|conclude[ds]|exchanged|entered\s+into|renew(?:ed|s))\s+(?!up\b|off\b){NP}", re.I),
    # "<np> ... were signed", "<np> recently signed between ..."
    re.compile(rf"\b{NP}(?=[^.;]*?\b(?:were|was|have\s+been|had\s+been|has\s+been|are|is|being)\s+(?:signed|inked|concluded)\b)", re.I),
    re.compile(rf"\b(?:the|a|an)\s+(?P<np>(?P<mods>(?:{MOD}\s+){{1,4}})(?P<head>{HEAD}))\s+"
               r"(?=(?:(?:recently|newly|just|already|previously|formally|officially|jointly)\s+)?signed\b)", re.I),
    # "grew out of a letter of intent on youth internships signed at the fifth session": an object's own signing, told after its topic
    re.compile(rf"\b(?:a|an)\s+(?P<np>(?P<mods>(?:{MOD}\s+){{0,4}}?)(?P<head>{HEAD}))"
               r"(?=\s+(?:on|for)\s+(?:(?!(?:to|be|been|being|will|would|shall|was|were|is|are|not|yet)\b)[a-z][\w'’-]*\s+){1,5}?signed\s+(?:at|during|after|in|on)\b)", re.I),
    # a key date's count, or the batch one was of: "11 co-operation agreements signed.", "one of 11 agreements signed at ..."
    re.compile(rf"(?:^|[.;:]\s+|\bone\s+of\s+)(?P<np>(?P<n>{NUMBER})\s+(?P<mods>(?:{MOD}\s+){{0,4}}?)(?P<head>{HEADS}))\s+"
               r"(?=signed\s*(?:[.;]|$)|signed\s+(?:at|during)\s+the\b(?!\s+⟦place))", re.I),  # not "at the Hong Kong/Macao ... Meeting"
    # A joint plan is agreed by endorsing it: "endorsed a three-year action plan", "the work plan adopted at the meeting"
    re.compile(rf"(?P<endorsed>)\b(?:endorsed|adopted|approved)\s+(?P<np>{AMOUNT}(?P<mods>(?:{MOD}\s+){{0,4}}?)(?P<head>(?:action|work)\s+plan))\b", re.I),
    re.compile(rf"(?P<endorsed>)\b(?:the|a|an)\s+(?P<np>(?P<mods>(?:{MOD}\s+){{0,4}}?)(?P<head>(?:action|work)\s+plan))\s+"
               r"(?=(?:endorsed|adopted|approved)\s+(?:at|by|during)\b)", re.I),
    # One of a batch, told by its subject and parties: "including an agreement on tourism promotion between A and B"
    re.compile(rf"\b(?:a|an)\s+(?P<np>(?P<mods>(?:{MOD}\s+){{0,4}}?)(?P<head>{HEAD})"
               r"(?:\s+(?:on|for)\s+(?:(?!(?:was|were|is|are|be|been|being|signed|has|have|had)\b)[a-z][\w'’-]*\s+){0,4}?"
               r"(?!(?:was|were|is|are|be|been|being|signed|has|have|had)\b)[a-z][\w'’-]*)?)(?=\s+between\s)", re.I),
]
# Who endorses a joint plan, just before the verb or after "at/by/during": the two sides, the mechanism, its
# meeting, a working group (not "the Executive Council endorsed", "adopted by the Legislative Council").
JOINT_BODY = r"(?:two\s+sides|both\s+sides|two\s+cities|⟦conf:\d+⟧|(?:[\w-]+\s+){0,3}?(?:meeting|session|plenary)|working\s+group|task\s+force)"
ENDORSER = re.compile(rf"(?i)\b(?:the\s+)?{JOINT_BODY}\s+(?:also\s+|jointly\s+|further\s+)?$")
ENDORSED_AT = re.compile(rf"(?i)\s*(?:endorsed|adopted|approved)\s+(?:at|by|during)\s+(?:the\s+)?{JOINT_BODY}")


def _jointly_endorsed(masked: str, match: re.Match) -> bool:
    return bool(ENDORSER.search(masked, 0, match.start()) or ENDORSED_AT.match(masked, match.end()))
WORD = r"(?:⟦(?:org|place|conf):\d+⟧|(?-i:[A-Z][\w'’&]*(?:-[\w'’&]+)*))"
# "the" joins a name's words only after another joiner ("Agreement on the ..."): "signed in Shanghai the X
# Arrangement" names no "Shanghai the X Arrangement".
JOIN = r"(?:\s+(?:(?:of|and|for|on|in|&|between|concerning|Concerning)\s+(?:the\s+)?){0,3}|(?<=⟧)-|-(?=⟦))"
NAMED_HEAD = (r"(?-i:Agreement|Arrangement|Memorandum(?:\s+of\s+(?:Understanding|Co-?operation))?|Letter\s+of\s+Intent|Accord"
              r"|Protocol|(?:Action|Work)\s+Plan)")
NOT_FIRST = r"(?!(?:The|A|An|This|That|These|Signing|Signed|Sign|Under|In|On|At|By|To|With|Its|Their|Both)\b)"
# Words before a head hold no head of their own: "the MoU on Finance and the Agreement on Culture" is two names.
PREFIX = rf"(?<![\w'’&-]){NOT_FIRST}(?!{NAMED_HEAD}\b){WORD}(?:{JOIN}(?!{NAMED_HEAD}\b){WORD}){{0,15}}?\s+"
# Days and months are when a name was signed, never its words: "the Arrangement on Trade in Shanghai on Monday".
WHEN = (r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
        r"|October|November|December)\b")
# A subject ends where "and (the) ... Agreement" begins another name: "the MoU on Finance and the Agreement on Culture".
SUBJECT = (rf"\s+(?:on|for|between|of|in|Concerning|concerning|Regarding|regarding)\s+(?:the\s+)?{WORD}"
           rf"(?:(?!,?\s+and\s+(?:the\s+|an?\s+)?(?:{WORD}\s+){{0,6}}?{NAMED_HEAD}\b|\s+on\s+{WHEN}){JOIN}{WORD}){{0,15}}")
# A place last in a name, then when: where it was signed ("... Co-operation in ⟦place:1⟧ today"), not its words.
SIGNED_WHERE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?⟦place:\d+⟧$")
THEN_WHEN = re.compile(rf"\s*(?:\(|on\s+(?:{WHEN}|\d)|(?:today|yesterday|tomorrow|this|last|earlier|later|recently)\b)")
# "<Capitalised words> Arrangement [on|Concerning <Capitalised words>]", optionally with "(ABBR)": a name
# has capitalised words before its head, or a capitalised subject after it.
NAMED = re.compile(
    rf"(?P<name>{PREFIX}{NAMED_HEAD}(?:{SUBJECT})?|(?<![\w-]){NAMED_HEAD}{SUBJECT})"
    rf"(?:\s*\((?P<abbr>{ABBREVIATION})\))?"
)
ABBR_FIRST = re.compile(rf"\b(?P<abbr>{ABBREVIATION})\s*\((?:[Tt]he\s+)?(?P<inner>[^()]+)\)")
PART = r"(?:⟦(?:org|place|person):\d+⟧|(?-i:[A-Z][\w'’&-]*))"
PARTY = rf"{PART}(?:\s+(?:(?:of|the|for|&)\s+)?{PART}){{0,10}}"
BETWEEN = re.compile(rf"^\s*(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:(?:recently|newly|just|already|previously|formally|officially|jointly)\s+)?(?:signed\s+)?"
                     rf"(?:between|by)\s+(?:the\s+)?(?P<a>{PARTY})\s+and\s+(?:the\s+)?(?P<b>{PARTY})(?=[\s,.;:)]|$)")
# "between the A and B Corporation and the C Group": where both parties take "the", the second "and the"
# divides them, so a name with "and" in it stays whole.
PARTY_AND = rf"{PART}(?:\s+(?:(?:of|the|for|&|and)\s+)?{PART}){{0,10}}"
BETWEEN_THE = re.compile(rf"^\s*(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:(?:recently|newly|just|already|previously|formally|officially|jointly)\s+)?(?:signed\s+)?"
                         rf"(?:between|by)\s+the\s+(?P<a>{PARTY_AND})\s+and\s+the\s+(?P<b>{PARTY_AND})(?=[\s,.;:)]|$)")
GENERIC = {"agreement", "arrangement", "memorandum of understanding", "memorandum", "mou", "letter of intent", "document",
           "co-operation document", "cooperation document", "contract", "accord", "protocol", "action plan", "work plan"}


GENERIC_WORDS = set("""agreement agreements arrangement arrangements memorandum memoranda of understanding letter letters
intent accord protocol co operation cooperation co-operation framework strategic comprehensive supplementary
partnership action work plan and on for the in between concerning regarding""".split())
# A count told as a running total ("So far, 74 agreements have been signed"), not a batch signed at one time.
RUNNING_TOTAL = re.compile(r"(?i)\b(?:so\s+far|to\s+date|thus\s+far|since\s+(?:its|\d{4}|the\s+(?!(?:[\w-]+\s+){0,2}(?:session|meeting|plenary|forum|visit|talks)\b)[\w-]+)"
                           r"|over\s+the\s+(?:past\s+)?(?:\w+\s+)?(?:years|decades)"
                           r"|altogether|in\s+all|in\s+total"
                           r"|cumulative(?:ly)?)\b[^.;]*?\b(?:ha(?:ve|s|d)\s+(?:been\s+)?(?:signed|inked|concluded))\b"
                           r"|\b(?:ha(?:ve|s|d)\s+(?:been\s+)?(?:signed|inked|concluded))\b[^.;]*?\b(?:so\s+far|to\s+date"
                           r"|since\s+(?:its|\d{4}|the\s+(?!(?:[\w-]+\s+){0,2}(?:session|meeting|plenary|forum|visit|talks)\b)[\w-]+)"
                           r"|over\s+the\s+(?:past\s+)?(?:\w+\s+)?(?:years|decades))\b"
                           r"|\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|altogether)\b[^.;]*?\bsigned\b|\bsigned\s+(?:so\s+far|to\s+date|since\s+(?:19|20)\d\d)\b")
# A policy's plan ("the Climate Action Plan 2050") is no agreement: a named plan is one only where it is signed.
SIGNED_WORD = re.compile(r"(?i)\bsign(?:s|ed|ing)?\b|\bink(?:ed|s)?\b|\bconclude[ds]?\b")


@dataclass
class Found:
    """One agreement a sentence states: where its words are, and what they say of it."""

    start: int
    end: int
    label: str
    named: bool = False
    count: int | None = None
    abbr: str | None = None
    parties: list = field(default_factory=list)


def _proper(label: str) -> bool:
    """Whether a capitalised name names one agreement: "Co-operation Agreement" could be any."""
    return bool(set(re.findall(r"[\w'’&]+", label.lower())) - GENERIC_WORDS)


def _count(amount: str | None) -> int | None:
    if not amount:
        return None
    return int(amount) if amount.isdigit() else NUMBERS.get(" ".join(amount.lower().split()))


def _clean(view: View, text: str) -> str:
    text = re.sub(r"\s+", " ", unmask(text, view.mentions)).strip()
    text = re.sub(r"^(?:a\s+total\s+of|a\s+series\s+of|altogether|the|a(?!\s+dozen\b)|an)\s+", "", text, flags=re.I)
    return text[:1].upper() + text[1:]


def _party(ctx: DocContext, view: View, text: str) -> URIRef | None:
    """A party by its mention (an organisation, a person, a place's government) or its capitalised name."""
    placeholder = re.fullmatch(r"⟦(org|place|person):(\d+)⟧", text)
    if placeholder:
        mention = view.mention(placeholder.group(2))
        if mention.kind == "person":
            return mention.ref if isinstance(mention.ref, URIRef) else None
        entity = mention.entity
        if mention.kind == "place" and entity is not None:
            entity = ctx.reference.government_of(entity.id)
        if entity is not None:
            return ctx.entity_iri(entity)
        return mention.ref if isinstance(mention.ref, URIRef) else None
    label = unmask(text, view.mentions)
    if len(label) < 2 or "⟦" in label:
        return None
    return ctx.org(label, view.sentence)


def _parties(ctx: DocContext, view: View, after: str, subject: str | None) -> tuple[list, str]:
    """Parties named after an agreement ("between A and B"), or as the subject that signed it and the other side
    it signed "with"."""
    match = BETWEEN_THE.match(after) or BETWEEN.match(after)
    if match:
        parties = [_party(ctx, view, match.group(g)) for g in ("a", "b")]
        words = " between " + unmask(after[match.start("a") - (4 if after[:match.start("a")].endswith("the ") else 0):match.end()].strip(), view.mentions)
        return [p for p in parties if p is not None], re.sub(r"\s+", " ", words)
    if subject:
        names = re.findall(SUBJECT_PARTY, subject)
        if (partner := WITH_PARTY.match(after)) is not None:
            names.append(partner.group("party"))
        parties = [_party(ctx, view, re.sub(r"^(?:The|the)\s+", "", p.strip())) for p in names]
        return [p for p in parties if p is not None], ""
    return [], ""


def _found(ctx: DocContext, view: View) -> list[Found]:
    masked = view.masked
    out: list[Found] = []
    for match in NAMED.finditer(masked):
        if re.search(r"\b(?:Action|Work)\s+Plan\b", match.group("name")) and not SIGNED_WORD.search(masked):
            continue
        name = match.group("name")
        if not match.group("abbr") and (where := SIGNED_WHERE.search(name)) and THEN_WHEN.match(masked, match.end()):
            name = name[:where.start()]
        label = _clean(view, name)
        if label.lower() in GENERIC and _refers_back(ctx, masked[max(0, match.start("name") - 4):match.end("name")], view):
            continue  # "The Memorandum of Understanding was signed by ...": the one the text named
        out.append(Found(match.start("name"), match.end(), label, named=_proper(label), abbr=match.group("abbr")))
    for match in ABBR_FIRST.finditer(masked):
        inner = NAMED.fullmatch(match.group("inner").strip())
        if inner and not inner.group("abbr"):
            label = _clean(view, inner.group("name"))
            out.append(Found(match.start(), match.end(), label, named=_proper(label), abbr=match.group("abbr")))
    masked = plain_quotes(masked)
    for pattern in SIGNING:
        for match in pattern.finditer(masked):
            g = match.groupdict()
            if g.get("endorsed") is not None and not _jointly_endorsed(masked, match):
                continue  # a plan of one government's own is no agreement
            if (g.get("verb") or "").lower().startswith("renew") and re.match(r"(?i)contract", g["head"]):
                continue  # "renewed the contracts of two directors": people's terms, not an agreement
            subject = SIGNERS.search(masked[max(0, match.start() - 200):match.start()]) if g.get("verb") else None
            singular = not re.search(r"(?i)(?:s|memoranda)$", g["head"])
            topic = (TOPIC.match(masked, match.end("np")) or PURPOSE.match(masked, match.end("np"))) \
                if g.get("n") is None and singular else None
            if topic is None and _refers_back(ctx, g["np"], view):
                continue
            end = topic.end() if topic else match.end("np")
            parties, words = _parties(ctx, view, masked[end:], subject.group(0) if subject else None)
            label = _clean(view, g["np"]) + (topic.group(0) if topic else "")
            if words and re.search(r"[A-Z]", words):
                label += words
            count = _count(g.get("n"))
            if count is not None and RUNNING_TOTAL.search(masked):
                continue
            out.append(Found(match.start("np"), match.end("np"), label, count=count, parties=parties))
    before = [v.masked for _, v, _ in reversed(ctx.views[:-1])][:12] if ctx.views and ctx.views[-1][1] is view else []
    bullet = bullet_item(masked, before)
    for start, head_end, end in listed_agreements(masked) + ([bullet] if bullet else []):
        parties, words = _parties(ctx, view, masked[end:], None)
        if end > head_end or parties:  # "the memorandum" alone may be one told before
            label = _clean(view, masked[start:head_end]) + masked[head_end:end] + (words if re.search(r"[A-Z]", words) else "")
            out.append(Found(start, end, label, parties=parties))
    return _listed(_merge(out))


def _refers_back(ctx: DocContext, np: str, view: View) -> bool:
    """"The memorandum was signed by ...": a bare definite head after the document stated an agreement is
    that agreement again, not another; so is a bare head in the title ("X Signs MoU with Y"), read last."""
    article = r"(?:the\s+)?" if view.sentence.paragraph == -1 else r"the\s+"
    return bool(re.fullmatch(rf"(?i){article}{HEAD}", np.strip())) and not np.lower().endswith("s") \
        and bool(ctx.findings.subjects(RDF.type, HKSH.Agreement))


def _listed(found: list[Found]) -> list[Found]:
    """"Four agreements were signed: an MoU on A ...; an agreement on B ...": where the sentence names as
    many as its batch counts, after the count, the batch is those and no agreement of its own."""
    return [f for f in found if not (f.count and f.count > 1 and not f.named and BATCH.fullmatch(f.label)
                                     and sum(1 for o in found if o.start >= f.end) >= f.count)]


def _merge(found: list[Found]) -> list[Found]:
    """One agreement per stretch of text: a named reading wins, then the longest label."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    merged: list[Found] = []
    for f in found:
        same = next((m for m in merged if f.start < m.end and m.start < f.end), None)
        if same is None:
            merged.append(f)
            continue
        best, other = (same, f) if (same.named, len(same.label)) >= (f.named, len(f.label)) else (f, same)
        best.start, best.end = min(same.start, f.start), max(same.end, f.end)
        best.count = best.count or other.count
        best.abbr = best.abbr or other.abbr
        best.parties = list(dict.fromkeys(best.parties + other.parties))
        merged[merged.index(same)] = best
    return merged


# A vague count right before an agreement's words ("Several (co-operation) agreements", "dozens of agreements"),
# or words that point to agreements told elsewhere ("the following agreements", "the relevant agreements").
VAGUE = re.compile(r"(?i)\b(?:several|some|many|various|numerous|multiple|other|more|further|following|above|aforementioned|relevant"
                   r"|respective|(?:dozens|scores|hundreds|a\s+(?:number|host|raft|range|slew))\s+of)\s+(?:[\w-]+\s+){0,2}$")
# "More than 10 agreements", "some 20 agreements", "a further five agreements": counted, not vague.
NONE_SIGNED = re.compile(r"(?i)\bno\s+(?:[\w-]+\s+){0,2}[\w-]+$")
COUNTED = re.compile(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b")


def find_agreements(ctx: DocContext, view: View, events: list[URIRef] = ()) -> list[URIRef]:
    """Record the agreements a sentence states, with number, parties and the event signed at.

    `events` are the events the same sentence names; a ceremony among them is where it was signed.
    """
    if not re.search(r"(?i)agreement|arrangement|memorand|\bmou|letters?\s+of\s+intent|accord|protocol|contract|document|plan\b|operation\s+deals",
                     view.masked):
        return []
    out = []
    f, s = ctx.findings, view.sentence
    doc_key = str(f.doc).rsplit("/", 1)[-1]
    for item in _found(ctx, view):
        if not item.named and (vague := VAGUE.search(view.masked, 0, item.start)) \
                and not COUNTED.search(view.masked[vague.start():item.start + 12]):
            continue  # "several agreements were signed" names no agreement
        if not item.named and NONE_SIGNED.search(view.masked, 0, item.end):
            continue  # "no formal agreements were signed"
        if not item.named and (signed_elsewhere(view, item.end) or fronted_elsewhere(view, item.start)):
            continue
        if with_other_city(view, item.end):
            continue
        fresh = not item.named and item.count is None and new_batch(view.masked, item.start)
        ceremonies = {iri for head, iri in ctx.events if head == "ceremony"}
        ceremony = next((e for e in events if e in ceremonies), None)
        ceremony = ceremony or (None if item.named or fresh else ctx.last_event("ceremony"))
        label = item.label
        again = None if fresh else _batch_again(ctx, item)
        if again is not None:  # "six co-operation agreements" ... "the six agreements", "the agreements"
            for party in item.parties:
                f.add(again, HKSH.party, party, s)
            f.mention(again, s)
            out.append(again)
            continue
        ceremony_label = next((str(o) for o in f.objects(ceremony, RDFS.label)), "") if ceremony is not None else ""
        # "Signing of <this agreement>" (kg.extract.signings) is its own signing: no "signed at" to add
        if ceremony is not None and label.lower() in GENERIC and not ceremony_label.lower().startswith("signing of"):
            label = f"{label} signed at the {ceremony_label[:1].lower()}{ceremony_label[1:]}"
        iri = ctx.iri("agreement", slug(label) if item.named else f"{slug(label)}-{doc_key}")
        f.add(iri, RDF.type, HKSH.Agreement, s)
        if not f.has(iri, RDFS.label):
            f.add(iri, RDFS.label, Literal(label, lang="en"), s)
        if item.abbr:
            f.add(iri, SKOS.altLabel, Literal(item.abbr, lang="en"), s)
        if item.count is not None and not f.has(iri, HKSH.documentCount):
            f.add(iri, HKSH.documentCount, Literal(item.count, datatype=XSD.integer), s)
        for party in item.parties:
            f.add(iri, HKSH.party, party, s)
        if ceremony is not None:
            f.add(iri, SDO.recordedAt, ceremony, s)
            witnesses = re.search(r"((?:⟦person:\d+⟧(?:,\s*|\s+and\s+)?)+)[^.;]*?\bwitnessed\b", without_asides(view.masked[:item.start]))
            if witnesses:
                for i in re.findall(r"⟦person:(\d+)⟧", witnesses.group(1)):
                    if view.mention(i).ref is not None:
                        f.add(ceremony, SDO.attendee, view.mention(i).ref, s)
        if item.count is not None and not item.named and BATCH.fullmatch(item.label):
            ctx.batches.setdefault(item.count, iri)
        out.append(iri)
        out += _included(ctx, view, item, iri, doc_key)
    return out


# "three memoranda of understanding between the HKTDC and Shanghai business organisations, including the X
# Federation and the Y Association": one agreement of the batch with each body named
BODY = rf"(?:⟦org:\d+⟧|{ORG_HEADED}(?:\s+of\s+[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'’-]*)*)?)"
INCLUDING = re.compile(rf"^\s+between\s+(?:the\s+)?(?P<a>⟦org:\d+⟧|{ORG_HEADED}|[A-Z]{{2,}})\s+and\s+(?:[^,;⟦]|⟦place:\d+⟧){{1,60}}?,\s+"
                       rf"including\s+(?P<list>(?:(?:the\s+)?{BODY}(?:,\s+|,?\s+and\s+|(?=[.;]|$)))+)")
SINGULAR = [(r"(?i)memoranda\b", "memorandum"), (r"(?i)\bletters\s+of\b", "letter of"), (r"(?i)(agreement|arrangement|document|MoU|MOU)s\b", r"\1")]


def _included(ctx: DocContext, view: View, item, batch: URIRef, doc_key: str) -> list[URIRef]:
    """The agreements of a counted batch that the sentence names one by one, by the second party."""
    match = INCLUDING.match(view.masked[item.end:]) if item.count and item.count > 1 else None
    if match is None:
        return []
    f, s = ctx.findings, view.sentence
    head = re.sub(r"^(?:\d+|[A-Za-z]+)\s+", "", item.label.split(" between ")[0])
    for pattern, singular in SINGULAR:
        head = re.sub(pattern, singular, head)
    first = _party(ctx, view, re.sub(r"^the\s+", "", match.group("a")))
    found = []
    for name in re.findall(BODY, match.group("list")):
        other = _party(ctx, view, re.sub(r"^[Tt]he\s+", "", name))
        if first is None or other is None:
            continue
        label = f"{head[:1].upper()}{head[1:]} between the {_clean(view, match.group('a'))} and the {_clean(view, name)}"
        iri = ctx.iri("agreement", f"{slug(label)}-{doc_key}")
        f.add(iri, RDF.type, HKSH.Agreement, s)
        f.add(iri, RDFS.label, Literal(label, lang="en"), s)
        for party in (first, other):
            f.add(iri, HKSH.party, party, s)
        for ceremony in f.objects(batch, SDO.recordedAt):
            f.add(iri, SDO.recordedAt, ceremony, s)
        found.append(iri)
    return found


# A batch told by its count and kind alone: "six co-operation agreements", "12 documents", "the agreements".
BATCH = re.compile(r"(?i)(?:(?:\d{1,3}|[a-z]+)\s+)?(?:co-?operation\s+)?(?:agreements|documents|deals|mous|pacts|arrangements"
                   r"|memoranda(?:\s+of\s+understanding)?)")


def _batch_again(ctx: DocContext, item) -> URIRef | None:
    """The batch this document counted before, when an item only names it again: the same count, or no
    count at all where the document has told one batch."""
    if item.named or not BATCH.fullmatch(item.label):
        return None
    if item.count is not None:
        return ctx.batches.get(item.count)
    return next(iter(ctx.batches.values())) if len(ctx.batches) == 1 else None
