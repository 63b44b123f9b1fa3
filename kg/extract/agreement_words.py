"""The words agreements are told in: their head nouns, the words before them, what one is about or for.

Shared by kg.extract.agreements (single agreements and batches) and kg.extract.agreement_lists (several
listed one after another).
"""

from __future__ import annotations

import re

from kg.extract.patterns import NUMBER_WORDS

NUMBERS = {**{w: i for w, i in NUMBER_WORDS.items() if i}, "a dozen": 12}
NUMBER = r"(?:\d{1,3}|(?i:a\s+dozen|" + "|".join(w for w in NUMBERS if " " not in w) + r"))"
# The head nouns of agreements, singular and plural.
HEAD = (r"(?:agreements?|arrangements?|memorand(?:um|a)(?:\s+of\s+(?:understanding|co-?operation))?|MoUs?|MOUs?"
        r"|letters?\s+of\s+intent|accords?|protocols?|(?:co-?operation\s+)?documents?|(?:co-?operation|collaboration)\s+deals?|contracts?"
        r"|(?:action|work)\s+plans?)")
HEADS = rf"{HEAD}(?:\s+(?:or|and)\s+{HEAD})?"
# Words before a head that belong to it ("strategic co-operation", "cadet exchange"): not verbs'
# objects' determiners or joiners.
MOD = (r"(?!(?:and|or|with|to|the|a|an|was|were|is|are|be|been|of|in|on|for|by|at|as|that|which|this|these|its|their|two|both|such|several|some|many|various"
       r"|numerous|multiple|other|more|further|following|above|aforementioned|relevant|respective)\b)[a-z][\w'’-]*")
AMOUNT = rf"(?:(?:a\s+total\s+of\s+|a\s+series\s+of\s+|altogether\s+)?(?P<n>{NUMBER})\s+|(?:a|an|the)\s+)?"
NP = rf"(?P<np>{AMOUNT}(?P<mods>(?:{MOD}\s+){{0,4}}?)(?P<head>{HEADS}))\b"

# What a single agreement is about, in lower case: "a memorandum on a joint curatorial programme", "an
# arrangement on mutual recognition of professional qualifications".
# (not when or how it was signed: "on the sidelines of the summit", "on the basis of the consensus", "on the eve of")
TOPIC = re.compile(r"\s+(?:on|for|concerning|regarding)\s+(?!behalf\b|the\s+(?:first|second|third|last)\s+time\b"
                   r"|(?:the\s+)?(?:sidelines?|margins?|basis|occasion|eve|strength|back|heels|part|invitation|instructions?"
                   r"|(?:(?:first|second|third|last|final|opening|closing)\s+)?(?:day|morning|afternoon|evening))\s+of\b"
                   r"|(?:the\s+)?(?:next|past|coming)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?)\b"
                   r"|(?:a|the)\s+(?:period|term|time|duration)\b)(?:(?:a|an|the)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*"
                   r"(?:\s+(?:of|for(?!\s+(?:the\s+)?(?:first|second|third|last|next|past|coming|\d+|one|two|three|four|five|six|seven|eight|nine|ten"
                   r"|several|many|years?|months?|a\s+(?:period|term|year|decade))\b))\s+(?!which\b|whom\b|whose\b|them\b|it\b)(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)?(?=\s+(?:at|in|with|between|during|by|under|on|yesterday|today|last|this|and|which|that|to|covering"
                   r"|including|involving|aimed|aiming|signed|was|were|first|originally|initially)\b|\s*[,.;:)]|\s*$)")
# What it is signed to do: "a letter of intent to set up a fintech incubator", "an MoU to stage joint fairs".
PURPOSE = re.compile(r"\s+to\s+(?!be\b|have\b|the\b|a\b|an\b|date\b)(?:jointly\s+|further\s+)?[a-z]+(?:\s+up)?\s+(?:(?:a|an|the)\s+)?"
                     r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*(?=\s+(?:at|in|with|between|during|by|under|on|for|over|yesterday"
                     r"|today|last|this|and|which|that|to|covering|including|signed|was|were)\b|\s*[,.;:)]|\s*$)")
