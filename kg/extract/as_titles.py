"""Posts said with "as", as features, retrospectives and appointment notices tell who held what.

"Ms A, who served as Director of the X Office from 2031 to 2035", "A, then in her third year as chief
executive", "B, who had by then succeeded Mr C as mayor", "Mr D was appointed (as) Chairman of the X
Council", "E took office (took over) as Financial Secretary", "G, who had become Mayor of X earlier that
year", "F, in her capacity as President of the X", "H retires at the end of this month as Director of the X" (and
"My successor, Ms B," gives B the one post the text gave its writer). The holder is the person the verb is said of, right
before it (only a few words of time may stand between); an active "A appointed B as ..." gives nothing, and
"acting as" or an acting title is no holding. A title in lower case is read only where it names one post
("mayor", "chief executive") or names its body ("chairman of the X Council"). An award named like a title
("named Director of the Year") is no post.
"""

from __future__ import annotations

import re

from rdflib.namespace import ORG, RDFS

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, LOWER_TITLE, POST_NOMINALS, TITLE, normalise_title
from kg.extract.post_shapes import branched
from kg.extract.posts import BRANCH, OF, STATUS, post_of, holds

_LEAD = (r"(?:,\s+(?:who\s+)?|\s+)(?:(?:has|had|have|also|then|by\s+then|previously|formerly|once|later|now|currently|still"
         r"|first|since)\s+)*")
_CUE = (r"(?:(?:served|serves|serving|worked|works|working|remained|remains|continued|continues|took\s+office|was\s+sworn\s+in"
        r"|(?:took|taken|takes|taking)\s+over"
        r"|(?:retires|retired|retiring|steps\s+down|stepped\s+down|stepping\s+down)(?:\s+(?:at\s+the\s+end\s+of\s+)?(?:this|last|next)"
        r"\s+(?:month|week|year)|\s+in\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?|\s+(?:today|tomorrow))?"
        r"|(?:was|is|were|been|be)\s+(?:re-?)?(?:appointed|named|elected)"
        r"|in\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:capacity|year|years|term|tenure|months|days)"
        r"|during\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:term|tenure|time)"
        rf"|succeeded\s+(?:{HONORIFIC}\s+)?⟦person:\d+⟧)\s+as"
        r"|(?<=\bwho\s)as"
        r"|(?:(?:was|is|were|been|be)\s+(?:re-?)?(?:appointed|named|elected)|became|become|becomes)"
        r"(?=\s+(?:the\s+)?(?:(?:new|first|founding)\s+)?[A-Z]))")
# "and" ends the title unless a capitalised word of a bureau's name goes on ("Secretary for Commerce and Economic
# Development"); a second title or a person may follow it ("Chairman of X and Director of Y", "and Ms B").
_NOT_TITLE_WORDS = (r"(?!\s+(?!(?:Mr|Mrs|Ms|Miss|Madam|Dr|Prof|Deputy|Vice|Director|Chairman|Chairperson|President|Secretary"
                    r"|Chief|Executive|Member|Mayor|Governor|Commissioner|Head|Managing|Honorary|Permanent|Under|Assistant)\b)[A-Z])")
# An award named like a title is no post: "named Director of the Year", "elected Chairman of the Month"
AWARD = r"(?!\s+of\s+the\s+(?-i:Year|Month|Week|Decade|Season|Century)\b)"
# A notice's grade between the name and the verb: "Ms A, JP, Administrative Officer Staff Grade B, has been appointed".
_GRADE = rf"(?:{POST_NOMINALS}*,\s+(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,5}})(?=,))?"
AS_TITLE = re.compile(
    rf"(?:{HONORIFIC}\s+)?⟦person:(?P<p1>\d+)⟧{_GRADE}{_LEAD}{_CUE}\s+(?:the\s+)?(?:(?:new|first|founding)\s+)?"
    rf"(?i:{TITLE.replace('title', 'title1')}){AWARD}{BRANCH.format(n=1)}{OF.format(n=1)}"
    rf"(?=\s*[,.;)]|\s+(?:from|in|until|since|between|for|and{_NOT_TITLE_WORDS}|when|before|after|at|on|during|by|with|earlier|later|that|this|last|next|was|were)\b|\s*$)"
)
CUES = re.compile(r"\bas\s|\b(?:appointed|named|elected|became|become|becomes)\s")


def find_as_posts(ctx: DocContext, view: View) -> None:
    """Record the posts a sentence says someone holds or held "as"."""
    if "⟦person" not in view.masked or not CUES.search(view.masked):
        return
    for match in AS_TITLE.finditer(view.masked):
        g = match.groupdict()
        title = branched(g["title1"], g.get("branch1"))
        if not (g.get("of1") or g.get("neworg1") or g.get("ref1")) and (post := _predecessors(ctx, view, match, title)):
            holds(ctx, view, view.mention(g["p1"]).ref, post)
            continue
        if not (title[0].isupper() or re.fullmatch(LOWER_TITLE, title) or g.get("of1") or g.get("neworg1")):
            continue  # "served as chairman": of some body it does not name
        if g.get("branch1") and STATUS.fullmatch(g["branch1"]):
            continue
        post = post_of(ctx, view, match, g, "1", title)
        person = view.mention(g["p1"]).ref
        if post is not None and person is not None:
            holds(ctx, view, person, post)


# "My successor, Ms B, arrives on 1 July": the writer's (or speaker's) post passes to B
MY_SUCCESSOR = re.compile(rf"\b[Mm]y\s+successor,\s+(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧")


QUOTED = re.compile(r"[\"“”]")
# A column's byline: the writer's name alone on a line near the top ("By Ada Quell")
BYLINE = re.compile(r"\s*(?:By\s+)?⟦person:(?P<p>\d+)⟧\s*")


def find_my_successor(ctx: DocContext, view: View) -> None:
    """"My successor, Ms B": B holds the one post the text gave its writer (none where it gave several)."""
    if "uccessor" not in view.masked or QUOTED.search(view.masked) or (writer := ctx.author or _byline(ctx)) is None:
        return
    posts = ctx.findings.objects(writer, ORG.holds)
    if len(set(posts)) != 1:
        return
    post = posts[0]
    for match in MY_SUCCESSOR.finditer(view.masked):
        labels, orgs = ctx.findings.objects(post, RDFS.label), ctx.findings.objects(post, ORG.postIn)
        if (person := view.mention(match.group("p")).ref) not in (None, writer) and labels and orgs:
            holds(ctx, view, person, (post, str(labels[0]), orgs[0]))


def _byline(ctx: DocContext):
    """The writer a column's byline names, else the person its first sentence tells of (a column's standfirst:
    "A retires this month as ..."); None for a sentence in quotation marks (another's words)."""
    for sentence, seen, _ in ctx.views[:8]:
        if sentence.index < 8 and (line := BYLINE.fullmatch(seen.masked)) is not None:
            return seen.mention(line.group("p")).ref
    return ctx.subjects.get(ctx.views[0][0].index) if ctx.views else None


SUCCEEDED = re.compile(rf"\bsucceeded\s+(?:{HONORIFIC}\s+)?⟦person:(\d+)⟧\s+as\b")


def _predecessors(ctx: DocContext, view: View, match: re.Match, title: str) -> tuple | None:
    """"B, who succeeded Ms A as director": the one post the text gave A with that title is B's too."""
    succeeded = SUCCEEDED.search(match.group(0)) if "succeeded" in match.group(0) else None
    if succeeded is None or view.mention(match.group("p1")).ref is None:
        return None
    before = view.mention(succeeded.group(1)).ref
    key = normalise_title(title)
    found = [(post, label) for post in ctx.findings.objects(before, ORG.holds) if before is not None
             for label in map(str, ctx.findings.objects(post, RDFS.label))
             if normalise_title(label) == key or normalise_title(label).startswith(key + " of ")]
    if len({post for post, _ in found}) != 1:
        return None
    post, label = found[0]
    return post, label, ctx.findings.objects(post, ORG.postIn)[0]
