"""Footnote and citation marks of papers, reports and wiki pages, which a reader passes over: a number set high
("finance²", "signed¹", "2003.³"), a number or note in brackets stuck to a word or a stop ("the Conference[3]",
"2003.[2]", "Federation [5].", "[citation needed]"), an author-year citation ("(Chan, 2015; Lee and Wu, 2019)",
"(Wong, 2021, p. 12)"), a note's number at the head of its line ("[1] Known as ..."), and a list of references' works
("Chan, K. (2015). Title. Publisher."). Left in, the mark is
part of the word ("finance²" is no area) or of the name before it.

A number set high after a unit ("10 m²", "km²") is the unit's power, not a note's, and stays; a bracket naming a
place and a year after a capitalised word ("Third Plenary Session (Shanghai, 2015)") is no citation.

>>> plain_citations("The Conference[1] met in finance² and talent³ (Chan, 2015; Lee and Wu, 2019) over 5 km².[2]")
'The Conference met in finance and talent over 5 km².'
>>> plain_citations("Lee, M. and Wu, T. (2019). Co-operation in the Delta. Journal, 41(2), 33-51.")
''
>>> plain_citations("[1] Known until 2012 by its former name.\\nThe Third Plenary Session (Shanghai, 2015) ended.")
'Known until 2012 by its former name.\\nThe Third Plenary Session (Shanghai, 2015) ended.'
"""

from __future__ import annotations

import re

SUPERSCRIPT = re.compile(r"(?<=[A-Za-z.,;:)\]\"'’”])(?<!\bm)(?<!\bkm)(?<!\bcm)(?<!\bmm)(?<!\bft)(?<!\bsq)[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,⁻–][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*")
_NOTE = r"\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|(?-i:[a-z])|(?:note|n)\s*\d{1,3}|citation\s+needed|clarification\s+needed|who\?|when\?|by\s+whom\?)\]"
STUCK = re.compile(rf"(?<=[\w.,;:!?)\"”’])(?:{_NOTE})+", re.I)
SPACED = re.compile(rf"[ \t]+(?:{_NOTE})+(?=[.,;:!?)]|[ \t]*$)", re.I | re.M)
LEADING = re.compile(r"(?m)^[ \t]*\[\d{1,3}\][ \t]+(?=\S)")
_AUTHOR = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:and|&)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\s+et\s+al\.)?"
_PAGES = r"(?:,\s*pp?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?"
_ONE = rf"{_AUTHOR},?\s+(?:19|20)\d\d[a-z]?{_PAGES}"
# Unmistakable: several works, two authors, "et al." or a page; one work with one author only after a word in
# lower case ("as reported (Lee, 2012).").
CITED = re.compile(rf"[ \t]?\((?:see\s+|cf\.\s+|e\.g\.,?\s+)?(?:{_ONE}(?:;\s*{_ONE})+|(?=[^()]*(?:\s(?:and|&)\s|et\s+al\.|pp?\.\s*\d)){_ONE})\)"
                   rf"|(?<=[a-z,]) \({_ONE}\)(?=[.,;:]|$)", re.M)
# A work in a list of references: "Chan, K. (2015). Title. Place: Publisher.", "Lee, M. and Wu, T. (2019). ..."
_CITED_NAME = r"[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*){1,3}"
REFERENCE = re.compile(rf"(?m)^[ \t]*{_CITED_NAME}(?:,?\s*(?:and|&)\s+{_CITED_NAME})*\s*\((?:19|20)\d\d[a-z]?\)\.\s.*$")


def plain_citations(text: str) -> str:
    """The text without footnote marks and citations."""
    if any(c in text for c in "⁰¹²³⁴⁵⁶⁷⁸⁹"):
        text = SUPERSCRIPT.sub("", text)
    if "[" in text:
        text = LEADING.sub("", SPACED.sub("", STUCK.sub("", text)))
    if "(" in text and re.search(r"\d{4}", text):
        text = REFERENCE.sub("", CITED.sub("", text))
    return text
