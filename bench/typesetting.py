"""How often the way a text is set changes its facts: each readable document converted as it is and as a
twin set another way (American usage, wire-style months, en dashes, hard-wrapped lines, ...), and the
documents whose facts differ counted per way.

    python bench/typesetting.py                      # every way, every readable set
    python bench/typesetting.py --way wrap --show 3  # one way, with three differing facts a document

A fact is a triple but the annotations' (whose IRIs hash the sentence as written) and the selectors'
offsets; IRIs minted from a label are compared with their labels' spelling made alike. A way that changes no
fact in any document is what the converter should show: typography is not content.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.convert import convert_triples  # noqa: E402
from kg.reference import load_reference  # noqa: E402

READABLE = ["data/documents", "tests/data/corpus", "tests/data/unseen"] + [
    f"tests/data/heldout{n}" for n in ("", 2, 3, 5, 7, 15, 17, 18, 19, 20, 21, 22)]
PLACES = "Hong Kong|Shanghai|Mainland|Guangdong|Macao"
ORDINALS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
            "seventh": "7th", "eighth": "8th"}


def _wrapped(text: str, width: int = 72) -> str:
    """Every long one-line paragraph hard-wrapped, as a plain-text e-mail or a PDF's text has it."""
    def wrap(part: str) -> str:
        if len(part) <= width + 8 or "\n" in part.strip():
            return part
        lead = part[:len(part) - len(part.lstrip())]
        return lead + "\n".join(textwrap.wrap(part.strip(), width, break_on_hyphens=False))
    return "\n\n".join(wrap(part) for part in text.split("\n\n"))


WAYS: dict[str, Callable[[str], str]] = {
    "american": lambda t: re.sub(r"\b(Mrs|Mr|Ms|Dr|Prof)(?= [A-Z])", r"\1.", t),
    "wire-months": lambda t: re.sub(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)[a-z]*(?= \d)", r"\1.", t),
    "en-dash": lambda t: re.sub(rf"({PLACES})-(?={PLACES})", "\\1\u2013", t),
    "em-dash": lambda t: re.sub(r" - | -- ", " \u2014 ", t),
    "curly": lambda t: re.sub(r"(?<=\w)'(?=\w)", "\u2019", t),
    "nbsp": lambda t: re.sub(r"(?<=\b(?:Mr|Ms|Dr))\s", "\u00a0", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "spelling": lambda t: t.replace("co-operation", "cooperation").replace("Co-operation", "Cooperation"),
    "ordinals": lambda t: re.sub(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth)(?= [Pp]lenary)",
                                 lambda m: ORDINALS[m.group(1)], t),
    "wrap": _wrapped,
    "single-newlines": lambda t: re.sub(r"\n[ \t]*\n", "\n", t),
}
ALIKE = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u00a0": " "})
MINTED = re.compile(r"/(agreement|event|session|membership)/\S*")


def _alike(term: str) -> str:
    term = term.translate(ALIKE).replace("cooperation", "co-operation").replace("Cooperation", "Co-operation")
    return MINTED.sub(r"/\1/-", term)


def facts(path: Path, reference) -> Counter:
    _, triples = convert_triples(path, reference=reference)
    return Counter((_alike(str(s)), str(p), _alike(str(o))) for s, p, o in triples
                   if "/annotation/" not in str(s) and "/annotation/" not in str(o)
                   and not str(p).endswith(("#exact", "#prefix", "#suffix", "#start", "#end", "/text")))


def _body_split(text: str) -> tuple[str, str]:
    """Front matter (left as it is) and body."""
    if text.startswith("---\n") and (end := text.find("\n---", 3)) > 0:
        return text[:end + 4], text[end + 4:]
    return "", text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--way", action="append", choices=sorted(WAYS), help="a way to set the texts (default: all)")
    parser.add_argument("--show", type=int, default=0, help="facts lost and gained to print per document")
    args = parser.parse_args()
    ways = args.way or list(WAYS)
    reference = load_reference()
    changed, tried = Counter(), Counter()
    for folder in READABLE:
        for path in sorted((ROOT / folder).glob("*.txt")):
            if path.name.upper().startswith("README"):
                continue
            text = path.read_text(encoding="utf-8")
            head, body = _body_split(text)
            base = None
            for way in ways:
                twin = head + WAYS[way](body)
                if twin == text:
                    continue
                base = base if base is not None else facts(path, reference)
                tried[way] += 1
                with tempfile.TemporaryDirectory() as scratch:
                    copy = Path(scratch) / path.name
                    copy.write_text(twin, encoding="utf-8", newline="")
                    got = facts(copy, reference)
                lost, gained = base - got, got - base
                if lost or gained:
                    changed[way] += 1
                    print(f"{way}: {folder}/{path.name}: {sum(lost.values())} facts lost, {sum(gained.values())} gained")
                    for sign, found in (("-", lost), ("+", gained)):
                        for s, p, o in sorted(found)[:args.show]:
                            print(f"    {sign} {s.rsplit('/', 1)[-1][:50]} {p.rsplit('/', 1)[-1]} {o[:100]}")
    print("\nway                documents set so   whose facts changed")
    for way in ways:
        print(f"{way:<18} {tried[way]:>17}   {changed[way]:>19}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
