"""A page of questions and answers (FAQ): "Q2. When was it set up?" then "In October 2003, as the ...".

An answer that gives only the when or where of its question is no sentence by itself; it is read with its
question in view: "When was it set up?" and "In October 2003, as the Hong Kong/Shanghai Economic and Trade
Co-operation Conference." make "The Hong Kong/Shanghai Co-operation Conference was set up in October 2003, as
the ...". "It" in a question is what the nearest "What is ...?" before it asks about. Only on a page with two questions
at least (numbered "Q1.", or lines ending with "?"), and only for an answer that opens with a preposition of time
or place or a date; every other answer as it is.
"""

from __future__ import annotations

import re

QUESTION = re.compile(r"^(?:Q\s?\d{1,2}[.:)]?\s+)?(?P<q>(?:What|When|Where|Who|Which|How|Why|Is|Are|Was|Were|Does|Do|Did|Can|Will)\b[^?]{3,200}\?)$")
TOPIC = re.compile(r"^What\s+(?:is|are|was|were)\s+(?P<t>the\s+[A-Z][^?]{3,150}?)\s*\?$")
# "When was it set up?", "Where were the sessions held?": the subject, the verb and the rest of the question.
WHEN = re.compile(r"^(?:When|Where|In\s+which\s+(?:year|city))\s+(?P<be>was|were)\s+(?P<s>it|they|the\s+[^?]{3,120}?)\s+"
                  r"(?P<v>(?:first\s+)?[a-z]+(?:\s+(?:up|out|in|on|down))?)\s*\?$")
# An answer that gives only a time or place: "In October 2003, ...", "On 27 October 2003.", "27 October 2003."
FRAGMENT = re.compile(r"^(?:(?:In|On|At|From|Since|Around|During)\s+(?:\d|the\s+|[A-Z])|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|(?:19|20)\d{2}\b)")
ARTICLE = re.compile(r"^the\s+")
# "In which areas do the two cities co-operate?", "What fields does the Conference cover?": a question about the
# mechanism's fields, whose answer is a bare list ("Finance, tourism and sports.", "It covers finance and tourism.")
AREAS_ASKED = re.compile(r"^(?:In\s+)?(?:[Ww]hich|[Ww]hat)\s+(?:(?:main|key|major)\s+)?(?:areas|fields|sectors)\b(?!\s+of\s+(?-i:[A-Z]))[^?]*?"
                         r"\b(?:co-?operat|collaborat|Conference|conference|mechanism|work\s+together)")
ANSWER_LEAD = re.compile(r"^(?:(?:It|They|These|The\s+(?:areas|fields|Conference|mechanism))\s+(?:covers?|includes?|are|spans?)\s*:?\s+)?")
BARE_LIST = re.compile(r"^[^.?!:]*?(?:,|;|\s(?:and|&)\s)[^.?!:]*\.?$")
VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|held|signed|met|agreed|said)\b")


def read_faq(paragraphs: list[str]) -> list[str]:
    """The paragraphs, each answer that is only a time or place read as a sentence with its question."""
    if sum(p.endswith("?") for p in paragraphs) < 2:
        return paragraphs
    out = list(paragraphs)
    for i, question in enumerate(paragraphs[:-1]):
        if question.endswith("?") and (listed := _listed_areas(re.sub(r"^(?:\[[-+]\]\s*|Q\s?\d{0,2}[.:)]?\s+)", "", question), paragraphs[i + 1])):
            out[i + 1] = listed
    questions = [i for i, p in enumerate(paragraphs) if QUESTION.match(p)]
    if len(questions) < 2:
        return out
    topic = None
    for i in questions:
        # "it" is what the nearest "What is ...?" before it asks about (a page asks about more than one thing)
        if (about := TOPIC.match(QUESTION.match(paragraphs[i]).group("q"))) is not None:
            topic = about.group("t")
        asked = WHEN.match(QUESTION.match(paragraphs[i]).group("q"))
        if asked is None or i + 1 >= len(paragraphs) or not FRAGMENT.match(out[i + 1]):
            continue
        subject = asked.group("s")
        if subject in ("it", "they"):
            if topic is None:
                continue
            subject = topic
        answer = paragraphs[i + 1]
        answer = answer[:1].lower() + answer[1:] if not re.match(r"\d", answer) else f"on {answer}"
        out[i + 1] = f"{subject[:1].upper()}{subject[1:]} {asked.group('be')} {asked.group('v')} {answer}"
    return out


def _listed_areas(question: str, answer: str) -> str | None:
    """An answer that lists the fields a question asks about, as a sentence that says so.

    >>> _listed_areas("In which areas do the two cities co-operate?", "Finance, river works and tourism.")
    'The areas of co-operation include finance, river works and tourism.'
    >>> _listed_areas("Which areas of Shanghai will the tour visit?", "Pudong, Minhang and Jiading.") is None
    True
    """
    if not AREAS_ASKED.match(question):
        return None
    items = answer[ANSWER_LEAD.match(answer).end():]
    if not BARE_LIST.match(items) or VERB.search(items) or len(items) > 300:
        return None
    first = items.split()[0]
    items = first.lower() + items[len(first):] if first[1:].islower() else items
    return f"The areas of co-operation include {items.rstrip('.')}."
