"""The mechanism's founding, told of it by a back reference or an apposition rather than by its name.

Letters, features and papers that have named the mechanism go on: "The mechanism began in 2003 as the X", "That
mechanism was set up on 27 October 2003, when ...", "This conference mechanism has been running since 2003", or
describe it in apposition: "the X, a government-to-government forum set up in 2003 that ...". The date must follow
the verb at once ("began in 2003"), so that "began to look at healthcare in 2021" dates nothing; a back reference
counts only once the text has named the mechanism, and only as the sentence's subject.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import DCTERMS, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.other_bodies import other_bodies, ours_last, two_cities_only

PARTICIPLE = r"(?:set\s+up|established|founded|launched|created|inaugurated)"
FOUNDING = (r"(?:(?:was|had\s+been)\s+(?:officially\s+|formally\s+|jointly\s+|first\s+)?(?:set\s+up|established|founded|launched|created|inaugurated|born)"
            r"|(?:has|had)\s+been\s+(?:running|operating|in\s+operation|in\s+place)(?=\s+since\b|\s+$))")
# "began"/"started" only of the mechanism: "The conference started on 5 May with a speech" is a session's day
# ("The conference, first set up in 2003, last met ...", "When their co-operation mechanism was set up in 2003, ...")
BACK = re.compile(rf"^(?:(?:The|This|That)|(?:When|After|Since)\s+(?:the|their|its|our))\s+(?:co-?operation\s+)?(?:conference\s+)?"
                  rf"(?:mechanism\s+(?:began|started)(?:\s+life)?|[Cc]onference\s+(?:began|started)\s+life|(?:mechanism|[Cc]onference)(?:\s+{FOUNDING}|,\s+(?:first\s+|jointly\s+|officially\s+)?{PARTICIPLE}))"
                  r"\s+(?:(?:in|on|since)\s+)?$")
# "the conference goes back to 2003", "the mechanism dates back to 2003" (once named)
BACK_TO = re.compile(r"(?:⟦conf:\d+⟧|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur)\s+(?:co-?operation\s+)?(?:[Cc]onference\s+)?(?:mechanism|[Cc]onference))"
                     r"\s+(?:goes|went|dates|dated|traces|traced)\s+(?:its\s+(?:roots|origins?)\s+)?(?:back\s+to\s+)?$")
# "⟦conf⟧, a government-to-government forum set up in 2003": a noun phrase of its own, then the participle
APPOSED = re.compile(r"⟦conf:\d+⟧,\s+(?:a|an)\s+[^,;.⟦]{0,60}?\b(?:set\s+up|established|founded|launched|created)\s+(?:(?:in|on)\s+)?$")
# "⟦conf⟧, the mechanism through which the two governments have pursued co-operation since 2003": what it has done since
APPOSED_SINCE = re.compile(r"⟦conf:\d+⟧,\s+(?:the|a|an)\s+(?:co-?operation\s+)?(?:mechanism|forum|platform)\s+(?:through|by|under|in)\s+which\s+[^,;.⟦]{0,80}?\s+since\s+$")
# "a mechanism that has met only rarely since it was set up in October 2003": the mechanism's own "it"
SINCE_IT = re.compile(rf"\b(?:the|a|this|that|its)\s+(?:co-?operation\s+)?(?:mechanism|[Cc]onference)\s+(?:that|which)\s+[^,;.⟦]{{0,60}}?\bsince\s+it\s+was\s+"
                      rf"(?:first\s+|formally\s+|officially\s+|jointly\s+)?{PARTICIPLE}\s+(?:(?:in|on)\s+)?$")
# "the X set up by the two governments in 2003 had last met in 2004": the participle right after the name
AFTER_NAME = re.compile(r"⟦conf:\d+⟧(?:\s+mechanism)?,?\s+(?:(?:which|that)\s+was\s+)?(?:jointly\s+|first\s+|officially\s+|formally\s+)?"
                        r"(?:set\s+up|established|founded|launched|created)(?:\s+by\s+[^,;.⟦]{1,40}?)?\s+(?:(?:in|on)\s+)?$")
# "Since X mechanism in 2003 was established, ...": a translation that keeps the Chinese order, the date before the verb
SINCE_BEFORE = re.compile(r"\b(?:[Ss]ince|[Aa]fter)\s+(?:the\s+)?⟦conf:\d+⟧(?:\s+mechanism)?\s+(?:in\s+)?$")
WAS_FOUNDED = re.compile(r"\s*(?:was|had\s+been)\s+(?:officially\s+|formally\s+|jointly\s+)?(?:set\s+up|established|founded|launched|created)\b")
# "It is a high-level co-operation mechanism set up by the two governments in October 2003" (a FAQ's answer), "The X is a
# forum the two cities launched in 2003": what it is, then when it was set up
IS_A = re.compile(r"(?:^It|⟦conf:\d+⟧)\s+is\s+(?:a|an)\s+[^,;.⟦]{0,60}?\b(?:mechanism|forum|platform|conference)\s+(?:(?:that|which)\s+(?:(?:the\s+two|both)\s+"
                  r"(?:cities|governments|sides|places)\s+|they\s+)?)?(?:was\s+)?(?:jointly\s+)?(?:set\s+up|established|founded|launched|created)\b[^,;.]{0,120}?(?:\s+(?:in|on))?\s+$")
# "... under the Conference mechanism, which was set up in 2003": a back reference in the sentence's middle
WHICH = re.compile(rf"\b(?:the|this|that)\s+(?:co-?operation\s+)?(?:[Cc]onference\s+)?(?:mechanism|[Cc]onference),\s+which\s+{FOUNDING}\s+(?:(?:in|on)\s+)?$")
# "the mechanism, now 23 years old", "the 23-year-old mechanism": founded that many years before the text's day
AGE = re.compile(r"(?:⟦conf:\d+⟧|\b(?:the|this|that|our)\s+(?:co-?operation\s+)?(?:[Cc]onference\s+)?(?:mechanism|[Cc]onference)),?\s+(?:which\s+is\s+)?now\s+"
                 r"(?P<n>\d{1,2})\s+years?\s+old\b|\b(?:the|this|our)\s+(?P<m>\d{1,2})-year-old\s+(?:co-?operation\s+)?(?:mechanism|[Cc]onference)\b")
# "A said that the Conference had been established in October 2003": the back reference after a report's lead
SAID_LEAD = re.compile(r"^(?:⟦person:\d+⟧|He|She|They)\s+(?:also\s+)?(?:said|added|noted|explained|recalled|told\s+\S+(?:\s+\S+)?)\s+(?:that\s+)?(?=(?:the|this|that)\s)")
CUES = ("back to", "began", "started", "set up", "established", "founded", "launched", "created", "inaugurated", "since", "born")


def founded_back(ctx: DocContext, view: View, dates: list[DateSpan], conference) -> None:
    """Record the mechanism's founding date where a back reference or an apposition tells it."""
    masked = view.masked
    if "year" in masked and ctx.published is not None and not ctx.findings.has(conference, DCTERMS.created):
        _aged(ctx, view, conference)
    if not dates or not any(cue in masked for cue in CUES):
        return
    for day in dates:
        at = masked_pos(view, day.start_char)
        head = masked[max(0, at - 120):at]
        lead = SAID_LEAD.match(masked)
        told = masked[lead.end():at] if lead else masked[:at]
        told = told[:1].upper() + told[1:]
        back = (told.startswith(("The ", "This ", "That ", "When ", "After ", "Since ")) and BACK.match(told) is not None
                or " back to " in masked[max(0, at - 10):at + 9] and BACK_TO.search(head) is not None
                or ", which " in head and WHICH.search(head) is not None and not other_bodies(view) and two_cities_only(view)
                or " since it was " in head and SINCE_IT.search(head) is not None and not other_bodies(view) and two_cities_only(view)) \
            and conference in ctx.findings.mentions and ours_last(ctx.views, view)
        after = "⟦conf" in head and (AFTER_NAME.search(head) or SINCE_BEFORE.search(head)
                                     and WAS_FOUNDED.match(masked, masked_pos(view, day.end_char)))
        if back or ("⟦conf" in head and (APPOSED.search(head) or APPOSED_SINCE.search(masked, max(0, at - 120), at + 6 * masked.startswith("since ", at)))) or (after and not other_bodies(view) and two_cities_only(view)) \
                or (" is a" in head and _is_a(ctx, view, head)):
            ctx.findings.add(conference, DCTERMS.created, day.start, view.sentence)
            return


def _aged(ctx: DocContext, view: View, conference) -> None:
    """The founding year an age gives against the text's own day, said of the mechanism the text is about."""
    match = AGE.search(view.masked)
    if match is None or conference not in ctx.findings.mentions or other_bodies(view) or not (
            "⟦conf" in match.group(0) or ours_last(ctx.views, view)):
        return
    year = ctx.published.year - int(match.group("n") or match.group("m"))
    ctx.findings.add(conference, DCTERMS.created, Literal(str(year), datatype=XSD.gYear), view.sentence)


ANSWER = re.compile(r"^(?:A|Ans(?:wer)?)\s*\d{0,2}\s*[.:]?$")


def _is_a(ctx: DocContext, view: View, head: str) -> bool:
    """Whether a sentence says what the mechanism is and when it was set up: named, or "It" right after a sentence
    (a FAQ's question, past its answer's label) that named it."""
    match = IS_A.search(head)
    if match is None or match.group(0).startswith("⟦conf"):
        return match is not None
    before = [v.masked for _, v, _ in ctx.views[-4:-1] if not ANSWER.match(v.masked)]
    return bool(before) and before[-1].lstrip().startswith(("⟦conf", "The ⟦conf", "What is the ⟦conf", "What is ⟦conf")) \
        and before[-1].count("⟦conf") == 1
