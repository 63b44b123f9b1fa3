"""Posts a career tells, as obituaries, profiles and appointment notices give a civil servant's record.

"She was Principal Assistant Secretary for X from 2012 to 2015, and Deputy Director-General of Y from 2015 to
2018", "From 2000 to 2002 he was Z", "Mr B, who has been Director of the W since June 2017", "He came home in
2010 as Permanent Secretary for V", "..., and returned to the policy side as U between 1993 and 1997", "Ms A,
Administrative Officer Staff Grade B, will take up the post of Director of the T", "He was Director of S (2012-2017)".
A copula gives a post only
with the years it was held (or fronted years): "A was Director of X" alone may be a role of one day; a rank
between commas is no post. The holder is the clause's subject: the person right before the verb.
"""

from __future__ import annotations

import re

from kg.extract.as_titles import AWARD
from kg.extract.context import DocContext
from kg.extract.mentions import View, _antecedent
from kg.extract.patterns import HONORIFIC, ORG_HEADED, TITLE
from kg.extract.post_shapes import branched
from kg.extract.posts import BRANCH, OF, STATUS, holds, post_of

# The years in brackets after the title, as a profile's list gives them: "(2012-2017)", "(2012–17)", "(2019-present)".
SPAN = r"\((?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)?\d\d|present|now)?\)"
_MONTH = r"(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
# The years a post was held: "from 1985 to 1989", "between 1993 and 1997", "since July 2018", "until 2010", "in 2002",
# "(2012-2017)".
YEARS = (rf"(?:(?:[Ff]rom|[Bb]etween|[Ss]ince|[Uu]ntil|[Tt]ill|[Ii]n)\s+{_MONTH}(?:19|20)\d\d\b"
         rf"(?:\s+(?:to|and|until|till)\s+{_MONTH}(?:(?:19|20)\d\d\b|the\s+present\b))?|{SPAN})")
_SUBJECT = rf"(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧(?:,\s+who|\s+(?:also|later|then|subsequently|previously))?"
_COPULA = r"(?:was|is|has\s+been|had\s+been|became|was\s+made|was\s+promoted\s+to)"
# Verbs of a move in a career, said with "as" and the title: "returned to the policy side as", "came home in 2010 as".
_MOVE = (r"(?:served|returned|came\s+(?:home|back)|moved|went\s+on|rejoined|was\s+(?:posted|transferred|seconded|promoted))"
         r"(?:\s+(?:to|at)\s+[^,.;⟦]{1,40}?)?" rf"(?:\s+(?P<when>in\s+{_MONTH}(?:19|20)\d\d))?\s+as")
_TITLE = (rf"(?:the\s+)?(?:(?:new|first|founding)\s+)?(?P<rank>(?:Principal|Senior)\s+)?(?=[A-Z])(?i:{TITLE.replace('title', 'title1')}){AWARD}"
          rf"{BRANCH.format(n=1)}{OF.format(n=1)}")
# A title right after the subject's copula or move, held in years said after it.
HELD = re.compile(rf"{_SUBJECT}\s+(?:{_COPULA}|{_MOVE})\s+{_TITLE}(?(when)(?=\s*[.,;]|\s*$)|(?=,?\s+{YEARS}))")
# Years fronted before the subject: "From 2000 to 2002 he was Deputy Director-General of Trade and Industry."
FRONTED = re.compile(rf"(?:^|[,;]\s+){YEARS},?\s+{_SUBJECT}\s+{_COPULA}\s+{_TITLE}(?=\s*[.;,]|\s*$)")
# The next item of the same subject's career: ", and Deputy Director-General of Y from 2015 to 2018".
MORE = re.compile(rf"\s+{YEARS},?\s+(?:and\s+)?(?:(?:then|later)\s+)?(?:{_MOVE}\s+|as\s+)?{_TITLE}(?=,?\s+{YEARS})")
# A later verb of the subject's, in a list of what the subject did: "He was posted to Geneva, served as X from
# 1985 to 1989, and returned ... as Y between 1993 and 1997".
STARTS = re.compile(rf"^{_SUBJECT}\s+[a-z]")
CLAUSE = re.compile(rf",\s+(?:and\s+)?(?:(?:then|later)\s+)?{_MOVE}\s+{_TITLE}(?(when)(?=\s*[.,;]|\s*$)|(?=,?\s+{YEARS}))")
# An appointment notice's post to come: "will take up the post of", "will assume the office of".
TAKE_UP = re.compile(rf"{_SUBJECT}(?:,\s+[^,⟦;]{{1,60}},)?\s+(?:will|is\s+to|shall)\s+(?:take\s+up|assume)\s+the\s+"
                     rf"(?:post|office|position)\s+of\s+{_TITLE}(?=\s*[,.;]|\s+(?:on|from|in|with|upon|after)\b|\s*$)")
# A body its subject opened, joined or headed "as its first director": the title is the body's.
AS_ITS = re.compile(rf"{_SUBJECT}\s+(?:opened|joined|headed|led|founded|set\s+up|ran)\s+(?:the\s+)?(?:(?P<of1>⟦org:\d+⟧)|(?P<neworg1>{ORG_HEADED}))\s+as\s+its\s+"
                    rf"(?:(?:first|new|founding)\s+)?(?i:{TITLE.replace('title', 'title1')})(?=\s*[.,;]|\s+(?:in|from|until|and)\b)"
                    rf"(?!,?\s+(?:{HONORIFIC}\s+)?⟦person)")  # "as its director, Ms B, looked on": Ms B's post
# A post given mid-sentence to "he" or "she", where the sentence has named no one before: "The posting that
# defined his career came in 2002, when he was made Deputy Secretary for X".
WHEN_MADE = re.compile(rf",\s+when\s+(?P<pro>he|she)\s+(?:was\s+(?:made|appointed|named|promoted\s+to)|became)\s+{_TITLE}"
                       r"(?=\s*[.,;]|\s+(?:in|and|on)\b|\s*$)")
# What a subject's verb must look like for HELD, FRONTED or AS_ITS to be tried at all.
SUBJECT_VERB = re.compile(r"⟧(?:,\s+who)?\s+(?:was|is|has|had|became|served|returned|came|moved|went|rejoined|opened|joined"
                          r"|headed|led|founded|set|ran|also|later|then|subsequently|previously)\b")
VERBS = (" was ", " is ", " been ", " became ", " as ", " made ", " take up ", " assume ")
# What stands right before a person who is no clause's subject: a preposition or verb whose object he is ("The
# successor of A was", "The man who replaced A was"), or a condition ("If A became X in 2037").
OBJECT_BEFORE = re.compile(r"\b(?:of|to|for|by|with|from|under|than|like|unlike|replaced|succeeded|succeeds|replaces"
                           r"|met|meets|thanked|welcomed|if|whether|unless|should)\s+$", re.I)
CUE = re.compile(r"\b(?:19|20)\d\d\b|\bthe\s+(?:post|office|position)\s+of\b|\sas\sits\s")


def find_careers(ctx: DocContext, view: View) -> None:
    """Record the posts a career's sentence says its subject held, with their years, or will take up."""
    masked = view.masked
    if not any(verb in masked for verb in VERBS) or not CUE.search(masked):
        return
    _when_made(ctx, view)
    if "⟦person" not in masked:
        return
    verb = SUBJECT_VERB.search(masked) is not None
    patterns = ((HELD, FRONTED) if verb else ()) + ((TAKE_UP,) if "take up " in masked or "assume " in masked else ())
    for pattern in patterns + ((AS_ITS,) if verb and " as its " in masked else ()):
        for match in pattern.finditer(masked):
            person = view.mention(match.group("p")).ref
            if person is None or _object(masked, match):
                continue
            _hold(ctx, view, person, match)
            if pattern is HELD:
                _more(ctx, view, person, match.end())
    if " as " in masked and (subject := STARTS.match(masked)) is not None and (person := view.mention(subject.group("p")).ref) is not None:
        for match in CLAUSE.finditer(masked, subject.end()):
            if "⟦person" not in masked[subject.end():match.start()]:
                _hold(ctx, view, person, match)
                _more(ctx, view, person, match.end())


def _object(masked: str, match: re.Match) -> bool:
    """Whether the person before the verb is an object or a condition's, not the subject of a relative clause."""
    relative = masked.startswith(",", match.end("p") + 1)  # "succeeds Mr B, who has been Director of X since"
    return not relative and OBJECT_BEFORE.search(masked, max(0, match.start() - 12), match.start()) is not None


def _more(ctx: DocContext, view: View, person, end: int) -> None:
    """The next items of a career's list, each with its years."""
    while (more := MORE.match(view.masked, end)) is not None:
        _hold(ctx, view, person, more)
        end = more.end()


def _when_made(ctx: DocContext, view: View) -> None:
    if ", when " not in view.masked:
        return
    for match in WHEN_MADE.finditer(view.masked):
        if "⟦person" not in view.masked[:match.start()]:
            person = _antecedent(ctx, view.sentence, match.group("pro"))
            if person is not None:
                _hold(ctx, view, person, match)


def _hold(ctx: DocContext, view: View, person, match: re.Match) -> None:
    g = match.groupdict()
    if g.get("branch1") and STATUS.fullmatch(g["branch1"]):
        return
    post = post_of(ctx, view, match, g, "1", branched((g.get("rank") or "") + g["title1"], g.get("branch1")))
    if post is not None:
        holds(ctx, view, person, post)
