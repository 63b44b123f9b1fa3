"""Every rule's module-level patterns behind the word prefilter, so that no rule has to test its own cue.

Python's engine tries a pattern at every position of a text, and most of the converter's thousand patterns
fail on most sentences: about half their calls are on a text that lacks every literal word the pattern needs
(:func:`kg.text.prefilter.needed`), which a substring test tells in a fraction of the search's time.
:func:`install` swaps such a pattern, in every module that holds it, for a :class:`Prefiltered` that answers
"no match" at once for such a text and asks the real pattern otherwise, so a match is never lost.

A stand-in is not the pattern: ``match.re is VISIT``, ``re.sub(VISIT, ...)`` or ``Scan([VISIT])`` would see
the difference. So a pattern is swapped only where the package's sources use its name in ways a stand-in
answers alike (a method call, ``.pattern``, ``.flags``, its definition, an import); any other use anywhere,
in a rule written after this module too, leaves that name's patterns as they are, and they run as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from kg.text.prefilter import Parts, folded, needed_all

_fold = lru_cache(maxsize=256)(folded)  # a sentence is tested by some thirty patterns in a row
_NAME = re.compile(r"\b([A-Z_][A-Z0-9_]*)\b(\.(?:search|match|fullmatch|finditer|findall|sub|subn|split)\("
                   r"|\.(?:pattern|flags|groups|groupindex)\b|\s*(?::[^=\n]*)?=\s*re\.compile\()?")
_IMPORT = re.compile(r"^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+(?:\([^)]*\)|[^\n]*)", re.M)


class Prefiltered:
    """A compiled pattern that is not searched in a text lacking every word it needs; otherwise the pattern's
    own answer. Only the methods the rules call on a pattern, with the pattern's arguments."""

    __slots__ = ("real", "words", "more", "pattern", "flags", "groups", "groupindex")

    def __init__(self, real: re.Pattern, parts: Parts | frozenset[str]):
        parts = (parts,) if isinstance(parts, frozenset) else parts
        self.real, self.words, self.more = real, tuple(sorted(parts[0])), tuple(tuple(sorted(w)) for w in parts[1:])
        self.pattern, self.flags, self.groups, self.groupindex = real.pattern, real.flags, real.groups, real.groupindex

    def _absent(self, string: str) -> bool:
        """Whether the text lacks every word of the part most telling, or of any other part the pattern needs."""
        if type(string) is not str:
            return False
        low = _fold(string)
        if not any(map(low.__contains__, self.words)):
            return True
        for words in self.more:
            if not any(map(low.__contains__, words)):
                return True
        return False

    def search(self, string, *args, **kwargs):
        return None if self._absent(string) else self.real.search(string, *args, **kwargs)

    def match(self, string, *args, **kwargs):
        return None if self._absent(string) else self.real.match(string, *args, **kwargs)

    def fullmatch(self, string, *args, **kwargs):
        return None if self._absent(string) else self.real.fullmatch(string, *args, **kwargs)

    def finditer(self, string, *args, **kwargs) -> Iterator[re.Match]:
        return iter(()) if self._absent(string) else self.real.finditer(string, *args, **kwargs)

    def findall(self, string, *args, **kwargs) -> list:
        return [] if self._absent(string) else self.real.findall(string, *args, **kwargs)

    def sub(self, repl, string, *args, **kwargs) -> str:
        return string if self._absent(string) else self.real.sub(repl, string, *args, **kwargs)

    def subn(self, repl, string, *args, **kwargs) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self.real.subn(repl, string, *args, **kwargs)

    def split(self, string, *args, **kwargs) -> list:
        return [string] if self._absent(string) else self.real.split(string, *args, **kwargs)

    def __repr__(self) -> str:
        return f"Prefiltered({self.real!r})"


def plain_names(sources: list[str]) -> set[str]:
    """The upper-case names that the sources use only as a pattern can be used by a stand-in: called,
    asked for its source or flags, defined by ``re.compile`` or imported.

    >>> sorted(plain_names(["A = re.compile('a')\\nA.search(t)\\nB.search(t)\\nif m.re is B: pass"]))
    ['A']
    """
    plain, other = set(), set()
    for source in sources:
        for match in _NAME.finditer(_IMPORT.sub("", _code(source))):
            (plain if match.group(2) else other).add(match.group(1))
    return plain - other


def _code(source: str) -> str:
    """The source with its comments and its strings other than f-strings blanked (each character a space, line
    breaks kept): a name there is no use of it ("# HEAD_WORD's words"). Read left to right as Python's tokenizer
    reads them, so that a "#" in a string or a quote in a comment is taken for what it is; a source that cannot
    be read so is kept whole, which can only leave more names as they are.

    >>> _code("A = 1  # B's" + chr(10) + "C = 'D#' + f'{E}'").split()
    ['A', '=', '1', 'C', '=', '+', "f'{E}'"]
    >>> _code("return'#' + F").split()
    ['return', '+', 'F']
    """
    out, at = [], 0
    while (found := _OPENS.search(source, at)) is not None:
        out.append(source[at:found.start()])
        if found.group(0) == "#":
            end = source.find("\n", found.start())
            end = len(source) if end < 0 else end
            out.append(" " * (end - found.start()))
        else:
            closed = _CLOSES[found.group("quote")].match(source, found.end())
            if closed is None:
                return source
            end = closed.end()
            text = source[found.start():end]
            out.append(text if "f" in found.group("prefix").lower() else "".join(c if c == "\n" else " " for c in text))
        at = end
    out.append(source[at:])
    return "".join(out)


_OPENS = re.compile(r"#|(?P<prefix>(?<!\w)[rRbBuUfF]{1,2}|)(?P<quote>'''|\"\"\"|'|\")")
_CLOSES = {"'": re.compile(r"(?:\\.|[^'\\\n])*'", re.S), '"': re.compile(r'(?:\\.|[^"\\\n])*"', re.S),
           "'''": re.compile(r"(?:\\.|[^\\])*?'''", re.S), '"""': re.compile(r'(?:\\.|[^\\])*?"""', re.S)}


def _sources(root: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.py"))]


def install(prefixes: tuple[str, ...] = ("kg.extract", "kg.text"), root: Path | None = None) -> int:
    """Swap the patterns that the modules under ``prefixes`` define for stand-ins, in every loaded module of
    the package, where the name is plain (:func:`plain_names`); the number of patterns swapped. Patterns of
    modules loaded later, and of names used otherwise, stay as they are."""
    root = root or Path(__file__).resolve().parents[1]
    plain = plain_names(_sources(root))
    package = root.name
    modules = [(name, module) for name, module in list(sys.modules.items())
               if isinstance(module, ModuleType) and (name == package or name.startswith(package + "."))]
    stand_ins: dict[int, Prefiltered] = {}
    for name, module in modules:
        if not name.startswith(prefixes) or name == __name__:
            continue
        for attribute, value in list(vars(module).items()):
            if attribute in plain and type(value) is re.Pattern and isinstance(value.pattern, str) \
                    and id(value) not in stand_ins and (parts := needed_all(value)):
                stand_ins[id(value)] = Prefiltered(value, parts)
    for _, module in modules:
        for attribute, value in list(vars(module).items()):
            if attribute in plain and (stand_in := stand_ins.get(id(value))) is not None and stand_in.real is value:
                setattr(module, attribute, stand_in)
    return len(stand_ins)
