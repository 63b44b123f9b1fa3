"""A body's head, as papers and yearbooks describe an office: "The SHETO is headed by a Director, currently
Ms Victoria Tang", "the Riverton Office, headed by Director Ada Quell, ...".

The title is of the body said to be headed; a title of its own body ("headed by a Director of the X Bureau"),
or a head with no title ("headed by Ms A"), is left to the other rules; so is the head of a group of the body
("Members of the X Council, led by Chairman A", "Staff of the X").
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import DEICTIC, HONORIFIC, ORG_HEADED, TITLE
from kg.extract.posts import post_of, holds

# The body, right before "headed by" (looked for within a bounded window, as its name may be long)
BODY = re.compile(rf"(?:(?P<of1>⟦org:\d+⟧)|(?<![\w⟧])(?P<neworg1>{ORG_HEADED}))(?:\s*\([^()]{{1,12}}\))?,?\s+"
                  r"(?:is\s+|was\s+|will\s+be\s+)?$")
HEAD = re.compile(rf"(?:headed|led)\s+by\s+(?:an?\s+|its\s+|the\s+)?(?=[A-Z])(?i:{TITLE.replace('title', 'title1')})"
                  rf"(?!\s+(?:of|for|at)\s),?\s+(?:(?:currently|now|at\s+present|presently)\s*,?\s+)?(?:{HONORIFIC}\s+)?⟦person:(?P<p1>\d+)⟧")
WINDOW = 160  # characters before "headed by" that may name the body
OF_A_GROUP = re.compile(r"\b(?:delegation|team|group|mission|party)\s+(?:from|of)\s+(?:the\s+)?$")
# People of a body, led by their own head: "Members of the X Council, led by Chairman A", "Staff of the X"
GROUP = (r"(?:[Mm]embers|[Ss]taff|[Ee]mployees|[Ss]tudents|[Rr]epresentatives|[Oo]fficials|[Dd]elegates|[Vv]olunteers"
         r"|[Pp]articipants|[Ee]xperts|[Ss]cholars|[Ll]eaders|[Ff]riends|[Aa]lumni|[Gg]raduates|[Ww]orkers)\s+(?:from|of)\s+")
OF_PEOPLE = re.compile(rf"\b{GROUP}(?:the\s+)?$")


def _government(view: View, g: dict) -> bool:
    """Whether the body headed is a government (known, or by the name's last word)."""
    if g.get("of1"):
        entity = view.mention(re.search(r"\d+", g["of1"]).group(0)).entity
        return entity is not None and bool(entity.data.get("jurisdiction"))
    return re.search(r"Government$", g.get("neworg1") or "") is not None


def find_heads(ctx: DocContext, view: View) -> None:
    """Record the post of the one a body "is headed by"."""
    if " by " not in view.masked or "⟦person" not in view.masked:
        return
    for match in HEAD.finditer(view.masked):
        body = BODY.search(view.masked, max(0, match.start() - WINDOW), match.start())
        if body is None or OF_A_GROUP.search(view.masked, max(0, body.start() - 40), body.start()):
            continue  # "a delegation from the X Government headed by Director A": the delegation's head
        named = body.group("neworg1") or ""
        if OF_PEOPLE.search(view.masked, max(0, body.start() - 40), body.start()) or re.match(rf"(?:[Tt]he\s+)?{GROUP}", named):
            continue  # "Members of the X Council, led by Chairman A": a group of the body, not the body
        g = {**body.groupdict(), **match.groupdict()}
        if _government(view, g):
            continue  # "a Director" directs a part of a government, not the government
        if DEICTIC.match(named):
            continue  # "This Bureau, headed by the Secretary for X": the writer's own body; the title names the post
        if g.get("neworg1"):
            g["neworg1"] = re.sub(r"^[Tt]he\s+", "", g["neworg1"])
        post = post_of(ctx, view, match, g, "1", g["title1"])
        person = view.mention(g["p1"]).ref
        if post is not None and person is not None:
            holds(ctx, view, person, post)
