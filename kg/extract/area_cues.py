"""Further shapes of prose that name co-operation areas, beside the lists of :mod:`kg.extract.areas`.

Each is a kind of text, not a sentence: an enumeration of fields ("Firstly, in finance, we ..."), what a
session is to cover, fields "added to" the list of areas, the partners "in" a field, where follow-up is
"concentrated", fields a range widened to by "adding" them, the gloss of "the four fields (A, B and C)", and
the field of a session's items ("the youth development items agreed at the session").
"""

from __future__ import annotations

import re

from kg.text.chronology import OTHER_BODY

_FIELD = r"(?:areas?|fields?|sectors?|domains?)"
_COOP = r"(?:co-?operation|collaboration)"
_COOP_WORDS = r"(?:co-?operation|collaboration|exchanges?|partnership|co-?operat(?:e|ing))"
_INTRO = r"(?:including|such\s+as|namely|covering|spanning|encompassing|ranging\s+from|like)(?:\s*:)?"
# What a meeting's talk is about, not a field: "exchanges on the preparations for ...", "on ways to ..."
TOPIC_WORDS = (r"(?:preparations?|arrangements?|issues?|matters?|progress|implementation|plans?|proposals?|details|ways?"
               r"|means|work|situation|outcomes?|results?|latest|recent|current|future|how|what|whether)")

# "41 items in 12 areas, from A and B to C and D", "a dozen areas of work ranging from A to B": a counted range of fields
# (of the co-operation only where the sentence speaks of it: not "recommendations in 12 areas, from governance to ...")
COUNTED_RANGE = re.compile(rf"\b(?:\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+(?:\w+\s+)?"
                           rf"{_FIELD}(?:\s+of\s+(?:work|{_COOP}))?,?\s+(?:ranging\s+|running\s+)?from\s+", re.I)
MECHANISM_WORDS = re.compile(r"⟦conf|\b(?:co-?operat|collaborat|conference|mechanism|plenary|session|items|agreements|exchanges"
                             r"|two\s+(?:cities|sides|governments|places))", re.I)
# ... the words a counted range needs ("the conference now has a dozen areas of work ranging from A to B"): not a session,
# items or agreements of anyone ("41 recommendations in 12 areas, from A to B, at a session of the Legislative Council")
STRICT_MECHANISM = re.compile(r"⟦conf|\b(?:co-?operat|collaborat|conference|mechanism|plenary|(?:two|both)\s+(?:cities|governments|places|sides)"
                              r"|together|jointly)", re.I)
# "the co-operation between the two governments, which covers A and B among other areas", "the Conference, renamed in
# 2012, now covers A and B": what the co-operation itself takes in (not "covers from", read elsewhere)
REMIT = re.compile(r"\b(?:co-?operation|collaboration|mechanism)\b(?:(?!\b(?:and|but|while|whereas)\s+(?:the|a|an|its|their|this|his|her)\b)"
                   r"[^.;:]){0,80}?\b(?:now\s+|also\s+|since\s+)*(?:covers|covered|encompasses|encompassed|spans|spanned)\s+"
                   r"(?!(?:a|an|its|their|all|both|every|some|most|many|more|over|about|everything|anything|from)\b|\d)", re.I)
SHARED_LIST = re.compile(r"\b(?:common|joint|shared|agreed)\s+list\s*:\s*", re.I)
# (explicit, context), read as the lists of kg.extract.areas are: True names fields the scheme lacks too,
# None only where every item is a field, False known areas only.
CUE_CONTEXTS = [
    # "we expect the session to cover A; B; C", "the talks covered A and B": a meeting's topics
    (None, re.compile(r"\b(?:session|plenary|meeting|talks)\s+(?:(?:will|would|shall|is\s+(?:expected\s+)?to|are\s+(?:expected\s+)?to)\s+"
                      r"|to\s+)?cover(?:s|ed)?\s+", re.I)),
    # "the items agreed, which cover A, B and C": the items of a co-operation
    (None, re.compile(r"\b(?:items|projects|initiatives|measures)\s+(?:agreed|adopted|endorsed)\b[^.;:]{0,40}?\bcover(?:s|ed|ing)?\s+", re.I)),
    # "with A and B added to a list that runs from C to D": the mechanism's list of areas
    (None, re.compile(r"\b(?:a|the|its|their)\s+list\s+(?:that|which)\s+(?:runs?|ran|ranges?|ranged|spans?|spanned"
                      r"|stretch(?:es|ed)?)\s+from\s+", re.I)),
    # "the items \"range from green finance to youth development\"", as a spokesman puts them
    (None, re.compile(r"\bitems\s+[\"“]?(?:range[sd]?|run|ran|spans?|spanned)\s+from\s+", re.I)),
    # "this year's emphasis on finance and maritime services",
    (False, re.compile(r"\bemphasis\s+on\s+", re.I)),
    # "called for closer work in A and B", "made new progress in A, B and C", "wanted to work with Shanghai on A and B"
    (False, re.compile(r"\b(?:closer|more|deeper|further)\s+(?:work|ties|links)\s+(?:in|on)\s+|\bprogress\s+in\s+"
                       r"|\bwork(?:s|ed|ing)?\s+with\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}(?:\s+side)?\s+on\s+", re.I)),
    # "would build on that foundation in A, B and C", "work more closely in A and B", "open up new ground in A"
    (False, re.compile(r"\bbuild\s+on\s+(?:that|the|this|their|its)\s+(?:foundation|basis|momentum|success)\s+in\s+|\bnew\s+ground\s+in\s+"
                       r"|\b(?:work|co-?operate|collaborate)\s+(?:more\s+)?(?:closely|together)\s+in\s+", re.I)),
    # "natural partners in finance", "follow-up is concentrated in A, B and C", "the city's priorities ... were A and B"
    (False, re.compile(r"\bpartners\s+in\s+(?!the\s+(?:project|scheme|programme|venture)\b)|\bconcentrated\s+(?:in|on)\s+"
                       r"|\bpriorities\b[^.;:]{0,60}?\b(?:were|are|include[sd]?|will\s+be)\s+", re.I)),
    # "to look for openings for members in A, B and the silver economy": new fields where every item is one
    (None, re.compile(r"\b(?:openings|opportunities)\s+(?:for\s+(?:[\w'’-]+\s+){1,3})?in\s+(?!the\s|an?\s)", re.I)),
    # "its range has widened from four fields to twelve, adding A, B and C"
    (True, re.compile(r"\b(?:widened|expanded|broadened|grown|extended)\b[^.;:]{0,80}?,\s+adding\s+", re.I)),
    # "agreed to strengthen exchanges on A and B": what exchanges are to grow in (not "on the preparations for ..."; not
    # "co-operation on", too often a project's or a plan's)
    (True, re.compile(rf"\b(?:strengthen|deepen|enhance|expand|step(?:s|ped|ping)?\s+up|broaden)(?:s|ed|ing)?\s+(?:the\s+|their\s+)?"
                      rf"exchanges\s+on\s+(?!(?:the\s+)?(?:{TOPIC_WORDS}|upcoming|forthcoming|coming|next)\b|an?\s)", re.I)),
    # "41 items in 12 areas, from A and B to C and D": a counted range of fields
    (True, COUNTED_RANGE),
    (True, REMIT),
    # "drew up a list of areas for the session, covering A, B and C": a list of the fields themselves
    (True, re.compile(rf"\b(?:list|range|number|set|series)\s+of\s+(?:{_COOP_WORDS}\s+{_FIELD}|{_FIELD}\s+(?:of|for)\s+(?:the\s+|future\s+|further\s+)?"
                      rf"(?:{_COOP_WORDS}|session|plenary|conference|mechanism|talks)\b)[^.;:,]{{0,40}},?\s+{_INTRO}\s+", re.I)),
    # "we drew up lists of areas in which to work together: A, B and C"
    (True, re.compile(rf"\b{_FIELD}\s+(?:in\s+which|where)\b[^.;:]{{0,60}}?\b(?:co-?operat\w*|collaborat\w*|work\s+together)\b[^.;:]{{0,30}}?:\s*", re.I)),
    # "the bureaux on both sides work to a common list: A, B and C": the pair's shared list (known areas only)
    (False, SHARED_LIST),
    # "the mechanism, which ... has since also covered A, B and C": the mechanism's remit, grown
    (None, re.compile(r"\b(?:conference|mechanism)\b[^.;:]{0,80}?\b(?:has|have|had)\s+(?:since\s+)?(?:also\s+)?"
                      r"(?:covered|come\s+to\s+cover|grown\s+to\s+cover|expanded\s+to(?:\s+cover)?)\s+", re.I)),
]

# "Firstly, in finance, we ...", "Secondly, in the field of trade and investment, ...": one field heads each
# item of an enumeration of a year's work.
ORDINAL_FIELD = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)(?:ly)?,?\s+"
                           r"(?:in|on)\s+(?P<field>(?:the\s+)?(?:fields?|areas?|sphere|domain|sectors?)\s+of\s+)?"
                           r"(?P<items>[A-Za-z][^,;:.()]{2,80}?),\s", re.I)
ORDINAL_HEADS = ("fir", "sec", "thi", "fou", "fif", "six", "sev", "eig", "nin", "ten", "fin", "las")
# Phrases that follow "Firstly, in ..." and are no field.
NOT_FIELD = frozenset("""addition particular general practice short total summary brief fact principle contrast
comparison response parallel turn return view order terms line light accordance this that these those the a an
our their its his her my your recent response doing so which closing conclusion spite sum future time case regard
respect connection keeping reality hindsight retrospect theory reply passing essence effect all both each some many
most short particular""".split())

# "added environmental protection to the co-operation areas", "with A and B added to a list"
ADDED = re.compile(rf"\badd(?:s|ed|ing)?\s+(?P<items>[^.;:,]{{3,100}}?)\s+to\s+(?:the|its|their)\s+(?:list\s+of\s+)?"
                   rf"(?:{_COOP}\s+{_FIELD}|{_FIELD}\s+of\s+{_COOP}|{_COOP}\s+(?:list|agenda))\b"
                   r"|\bwith\s+(?P<listed>[^.;:,]{3,100}?)\s+added\s+to\s+(?:the|a|its|their)\s+(?:list|agenda)\b"
                   # "at the second plenary session, the two sides agreed to add A and B to the list": the mechanism's list
                   r"|\b(?:agreed|decided)\s+to\s+add\s+(?P<more>[^.;:,]{3,100}?)\s+to\s+the\s+list\b"
                   # "Sports and the low-altitude economy are added to the areas of co-operation" (the passive, said first)
                   rf"|(?:^|[,;]\s+)(?P<passive>[^.;:,⟦]{{3,100}}?)\s+(?:are|were|is|was|(?:have|has|had)\s+been)\s+(?:also\s+)?added\s+to\s+"
                   rf"(?:the|its|their)\s+(?:list\s+of\s+)?(?:{_COOP}\s+{_FIELD}|{_FIELD}\s+of\s+{_COOP})\b"
                   # "agreed to make smart city construction a new area of co-operation"
                   rf"|\b(?:make|makes|made|making)\s+(?P<made>[^.;:,⟦]{{3,60}}?)\s+(?:a|an)\s+(?:new\s+)?(?:area|field)\s+(?:of|for)\s+{_COOP}\b", re.I)
# "named culture and tourism as priority areas", "identified A and B as the key fields of co-operation"
NAMED_AS = re.compile(r"\b(?:named|identified|designated|listed|chose|selected|picked|singled\s+out|set\s+out)\s+"
                      r"(?P<items>[^.;:,]{3,100}?(?:,\s+[^.;:,]{3,60}?){0,8})\s+(?:as\s+(?:(?:the|its|their|our|two|three|four|five|six|new)\s+)?"
                      r"(?:(?:priority|key|major|main|focus|core|new)\s+)(?:areas|fields)\b(?!\s+of\s+(?:concern|interest|risk|weakness))"
                      # "listed A, B and C among their priority areas of cooperation", "listed A and B among the cooperation items"
                      r"|among\s+(?:the|its|their|our)\s+(?:(?:priority|key|major|main|core)\s+)?(?:(?:areas|fields)\s+of\s+co-?operation"
                      r"|co-?operation\s+(?:areas|fields|items)|(?:priority|key|major|main|core)\s+(?:areas|fields)\b(?!\s+of\s+(?:concern|interest|risk)))"
                      # "the seventh plenary session listed A, B and C among its areas" (said of the mechanism, as checked)
                      r"|among\s+(?:its|their)\s+(?:areas|fields)\b(?!\s+of\s+(?:concern|interest|risk|weakness|expertise|strength))"
                      # "the two sides listed youth exchanges as a priority" (of the pair's, as checked)
                      r"|as\s+(?P<priority>(?:a|the|their|its|one\s+of\s+the)\s+(?:(?:key|top|main|major|first|joint|shared)\s+)?priorit(?:y|ies))\b)")
# "take our co-operation to a new level, in particular in tourism, in the exhibition industry, and in culture": the
# fields a co-operation is singled out in, each with its own "in" (known areas only)
SINGLED_OUT = re.compile(rf"\b(?:{_COOP_WORDS}|consensus|outcomes?)\b[^.;:]{{0,80}}?,?\s+(?:in\s+particular|particularly|especially|notably|above\s+all)\s+"
                         r"(?P<chain>in\s+[^,.;:]{3,60}(?:,\s+(?:and\s+)?(?:in\s+)?[^,.;:]{3,60})*)", re.I)
# "the four fields of 2003 (finance, trade, ports and tourism)": a gloss that lists the fields
GLOSS = re.compile(rf"\b{_FIELD}\b[^()]{{0,20}}\((?P<items>[^()]{{3,120}})\)", re.I)


def cue_spans(text: str):
    """(explicit, items) of the shapes above that are not plain list contexts."""
    lowered = text[:3].lower()
    if lowered in ORDINAL_HEADS and (match := ORDINAL_FIELD.match(text)):
        items = match.group("items")
        first = items.split()[0].lower()
        if match.group("field") or first not in NOT_FIELD and not first.isdigit():
            yield bool(match.group("field")) or items[:1].islower(), items
    if "add" in text or "mak" in text or "made" in text:
        for match in ADDED.finditer(text):
            if re.match(r"\s+(?:of|under)\s", text[match.end():]) and OTHER_BODY.search(text, match.end(), match.end() + 120):
                continue  # "added A to the co-operation areas of the Hong Kong/Guangdong ... Joint Conference": another's
            if match.group("more") and not STRICT_MECHANISM.search(text) and not re.search(r"(?i)\b(?:plenary|session)\b", text):
                continue  # "the club agreed to add A to the list": anyone's list
            if match.group("passive") or match.group("made"):
                items = match.group("passive") or match.group("made")
                yield True, items[:1].lower() + items[1:] if re.match(r"[A-Z][a-z]", items) else items
                continue
            yield True, match.group("items") or match.group("listed") or match.group("more")
    if " in " in text and (match := SINGLED_OUT.search(text)):
        yield False, re.sub(r"(?:^|(?<=,\s)|(?<=,\sand\s))in\s", "   ", match.group("chain"))
    if "(" in text:
        for match in GLOSS.finditer(text):
            yield False, match.group("items")
    if (" as " in text or " among " in text) and ("areas" in text or "fields" in text or "items" in text or "priorit" in text):
        for match in NAMED_AS.finditer(text):
            if another_first(text, match.end()):
                continue  # "the Hong Kong/Guangdong ... Joint Conference named A and B as priority areas": another's
            if (" among " in match.group(0) and "operation" not in match.group(0) or match.group("priority")) \
                    and not STRICT_MECHANISM.search(text, 0, match.start()):
                continue  # "HSBC listed A and B among its key areas": a firm's own
            yield True, match.group("items")


# another pair's co-operation conference ("the Hong Kong/Guangdong Co-operation Joint Conference"), not ours (whose name
# holds Shanghai), as a sentence's subject
OTHER_CONFERENCE = re.compile(r"\b(?:Co-?operation|Joint)\s+(?:Joint\s+)?Conference\b|\b(?!The\b|This\b|Its\b|Our\b)[A-Z][a-z]+\s+mechanism\b")


# the capitalised name just before "Co-operation Conference" or "mechanism" ("the Hong Kong/Guangdong ", "Shenzhen-Hong ")
NAME_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.]*|⟦place:\d+⟧|and|&|of|for)(?:\s*[/-]\s*|\s+))+$")  # "Hong Kong/Shanghai Economic and Trade "


def _theirs(text: str, body: re.Match) -> bool:
    """Whether a conference or mechanism named is another pair's: its name holds no Shanghai."""
    name = NAME_BEFORE.search(text, max(0, body.start() - 60), body.start())
    return "Shanghai" not in (name.group(0) if name else "") + body.group(0)


def another_first(text: str, position: int) -> bool:
    """Whether another pair's co-operation conference is the last conference named before ``position``, near a
    sentence's start: what the sentence says it did is that conference's business ("Like the Shanghai mechanism, the
    Hong Kong/Guangdong Co-operation Joint Conference listed A and B among ...")."""
    if "Conference" not in text and "mechanism" not in text:
        return False
    bodies = [b for b in OTHER_CONFERENCE.finditer(text, 0, position) if b.start() < 100]
    return bool(bodies) and _theirs(text, bodies[-1])


def names_another(text: str) -> bool:
    """Whether a sentence names another pair's co-operation conference or mechanism."""
    return any(_theirs(text, b) for b in OTHER_CONFERENCE.finditer(text))


FIRMS = re.compile(r"\b(?:companies|firms|enterprises|start-?ups|businesses|investors|manufacturers|funds)\b", re.I)
FIELD_WORD = re.compile(rf"\b{_FIELD}\b", re.I)
COOP_WORDS = re.compile(r"\b(?:co-?operat|collaborat|exchanges?\b|partnership)", re.I)


def firms_fields(text: str, match: re.Match) -> bool:
    """Whether a list of fields is the fields firms work in: "68 companies had registered there, in fields including
    A and B", with no word of co-operation before the list."""
    lead = match.group(0)
    if not FIELD_WORD.search(lead) or COOP_WORDS.search(lead):
        return False
    before = text[:match.start()]
    return bool(FIRMS.search(before)) and not MECHANISM_WORDS.search(before)


# "Finance: a working meeting ...; Culture, sports and tourism: a Culture Week ...": an item headed by its field's label
LABELLED_ITEM = re.compile(r"(?:^|(?<=;))(?P<label>\s*(?:and\s+)?[A-Za-z][a-z][\w'’-]*(?:,?\s+(?:[a-z][\w'’-]*|&)){0,5}):(?P<rest>\s[^;]*)")


def labels_only(span: str) -> str:
    """A list set apart by semicolons whose items (two at least) are each headed "Label: ...", each item blanked
    but its label (same length, so offsets hold): the label names the field, the rest is what was done in it."""
    if span.count(": ") < 2:
        return span
    labelled = list(LABELLED_ITEM.finditer(span))
    if len(labelled) < 2 or len(labelled) < len(span.split(";")) - 1:
        return span
    return LABELLED_ITEM.sub(lambda m: m.group("label") + " " * (len(m.group("rest")) + 1), span)


# "finance, especially green finance and the offshore renminbi business; innovation; ...": an item's aside, not items
ASIDE = re.compile(r",\s+(?:especially|particularly|notably|in\s+particular)\s+[^;]*")


def unasided(span: str) -> str:
    """A list set apart by semicolons with its items' asides blanked (same length, so offsets hold)."""
    if "ly " not in span and "particular" not in span:
        return span
    return ASIDE.sub(lambda m: " " * len(m.group(0)), span)


# "the youth development items agreed at the session": the field of a session's items
FIELD_ITEMS = re.compile(r"\s+(?:co-?operation\s+)?(?:items|projects)\s+(?:agreed|adopted|endorsed|under"
                         r"|(?:pursued|taken\s+forward|carried\s+out|implemented)\s+under\s+(?:the\s+)?[^.;:]{0,40}?"
                         r"\b(?:co-?operation|mechanism|conference))\b", re.I)
# "among other areas" after a list: each item's first words name its field ("shipping registration" is shipping)
OTHER_AREAS_AFTER = re.compile(r"\bamong\s+other\s+(?:areas|fields|sectors)\b", re.I)
ITEM_START = re.compile(r"(?:^|[,;]\s*|\b(?:and|or)\s+)$")


def field_items(masked: str, found: list) -> list:
    """Known labels that name the field of the items a session agreed."""
    if " items " not in masked and " projects " not in masked:
        return []
    return [area for start, end, area in found if FIELD_ITEMS.match(masked, end)]


def item_heads(text: str, span: str, labels: list, known: list) -> list:
    """In a list closed by "among other areas", a label that opens an item names that item's field."""
    if "other" not in text or not OTHER_AREAS_AFTER.search(text):
        return []
    return [k for k in labels if k not in known and ITEM_START.search(span[:k[0]])]
