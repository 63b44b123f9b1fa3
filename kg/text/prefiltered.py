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

from kg.text.prefilter import Parts, folded, needed_all, started

_fold = lru_cache(maxsize=256)(folded)  # a sentence is tested by some thirty patterns in a row
_NAME = re.compile(r"\b([A-Z_][A-Z0-9_]*)\b(\.(?:search|match|fullmatch|finditer|findall|sub|subn|split)\("
                   r"|\.(?:pattern|flags|groups|groupindex)\b|\s*(?::[^=\n]*)?=\s*re\.compile\()?")
_IMPORT = re.compile(r"^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+(?:\([^)]*\)|[^\n]*)", re.M)


_END = sys.maxsize  # a pattern's own default end: its arguments are passed on by position, not packed and unpacked


class Prefiltered:
    """A compiled pattern that is not searched in a text lacking every word it needs; otherwise the pattern's
    own answer. Only the methods the rules call on a pattern, with the pattern's arguments.

    The methods that scan a text (all but ``match`` and ``fullmatch``) ask ``fast``: the pattern itself, or, once
    :func:`install` has seen that no rule tells a match's ``re`` from it, the pattern compiled again with the
    characters its matches begin with (:func:`kg.text.prefilter.started`), on its first search."""

    __slots__ = ("real", "fast", "words", "more", "pattern", "flags", "groups", "groupindex", "_absent")

    def __init__(self, real: re.Pattern, parts: Parts | frozenset[str]):
        parts = (parts,) if isinstance(parts, frozenset) else parts
        self.real, self.words, self.more = real, tuple(sorted(parts[0])), tuple(tuple(sorted(w)) for w in parts[1:])
        self.fast = real
        self.pattern, self.flags, self.groups, self.groupindex = real.pattern, real.flags, real.groups, real.groupindex
        self._absent = _absence((self.words, *self.more))

    def search(self, string, pos=0, endpos=_END):
        return None if self._absent(string) else self.fast.search(string, pos, endpos)

    def match(self, string, pos=0, endpos=_END):
        return None if self._absent(string) else self.real.match(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_END):
        return None if self._absent(string) else self.real.fullmatch(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_END) -> Iterator[re.Match]:
        return iter(()) if self._absent(string) else self.fast.finditer(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_END) -> list:
        return [] if self._absent(string) else self.fast.findall(string, pos, endpos)

    def sub(self, repl, string, *args, **kwargs) -> str:
        return string if self._absent(string) else self.fast.sub(repl, string, *args, **kwargs)

    def subn(self, repl, string, *args, **kwargs) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self.fast.subn(repl, string, *args, **kwargs)

    def split(self, string, *args, **kwargs) -> list:
        return [string] if self._absent(string) else self.fast.split(string, *args, **kwargs)

    def __eq__(self, other) -> bool:
        return self.real == (other.real if type(other) is Prefiltered else other)  # as the patterns compare

    def __hash__(self) -> int:
        return hash(self.real)

    def __repr__(self) -> str:
        return f"Prefiltered({self.real!r})"


class _Started:
    """A stand-in's ``fast`` until its first search: the pattern compiled with its start set then, and put in its
    place (the compiling costs about a millisecond a pattern, and many are never searched in a process)."""

    __slots__ = ("stand_in",)

    def __init__(self, stand_in: Prefiltered):
        self.stand_in = stand_in

    def __getattr__(self, name: str):
        fast = self.stand_in.fast = started(self.stand_in.real)
        return getattr(fast, name)


# The stand-ins prefiltered() made, with the module that made each, which install() may let search faster.
_BY_HAND: list[tuple[str, Prefiltered]] = []


@lru_cache(maxsize=None)
def _absence(parts: tuple[tuple[str, ...], ...]):
    """Whether a text lacks every word of the part most telling, or of any other part the pattern needs: one
    function per set of parts, its words written out as ``in`` tests. It is called some thousand times a
    document, mostly to say "absent", and ``any(map(low.__contains__, words))`` for each part cost several
    times the tests themselves (a map, a bound method and a call per word).

    >>> absent = _absence((("attended", "witnessed"), ("signing",)))
    >>> absent("They WITNESSED the signing."), absent("They attended."), absent(b"signing")
    (False, True, False)
    """
    tests = " or ".join("not (" + " or ".join(f"{word!r} in low" for word in words) + ")" for words in parts)
    namespace = {"_fold": _fold}
    exec(f"def absent(string):\n    if type(string) is not str:\n        return False\n"
         f"    low = _fold(string)\n    return {tests}\n", namespace)
    return namespace["absent"]


def prefiltered(pattern: re.Pattern) -> re.Pattern | Prefiltered:
    """``pattern`` behind the prefilter, for a pattern held where :func:`install` does not look (a table's row),
    and used there only as a stand-in can be; the pattern itself where it needs no word.

    >>> prefiltered(re.compile(r"\\bmet\\b")).search("They met.").span(), prefiltered(re.compile(r"\\w+"))
    ((5, 8), re.compile('\\\\w+'))
    """
    parts = needed_all(pattern) if isinstance(pattern.pattern, str) else None
    if not parts:
        return pattern
    _BY_HAND.append((sys._getframe(1).f_globals.get("__name__", ""), stand_in := Prefiltered(pattern, parts)))
    return stand_in


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


# A loop over names written out in a function ("for pattern in (PASSIVE, RELATIVE):"): the tuple is made when
# the loop runs, of what the names hold then, stand-ins or not.
_LOOP = re.compile(r"^[ \t]+for[ \t]+(?P<var>[a-z_]\w*)[ \t]+in[ \t]+\((?P<names>\s*[A-Z_][A-Z0-9_]*(?:\s*,\s*[A-Z_][A-Z0-9_]*)*"
                   r"\s*,?\s*)\):", re.M)
_CAPS = re.compile(r"\b[A-Z_][A-Z0-9_]*\b")


def _looped(code: str) -> set[int]:
    """Where a name is used as a stand-in can be through a loop variable: written out in such a loop's tuple,
    or compared by identity to the loop's variable ("pattern is PASSIVE", both being what the names hold) or
    looked for in a tuple of written-out names ("pattern in (PASSIVE, RELATIVE)": by identity, then by ``==``,
    which a stand-in answers as its pattern does),
    provided the variable is used nowhere in the module but in such loops' heads, to call a pattern's
    method or read its attributes, or in such comparisons. The positions of those names in ``code``.

    >>> code = "def f(t):\\n    for p in (A, B):\\n        if p is A and p.search(t): pass"
    >>> sorted(code[at] for at in _looped(code))
    ['A', 'A', 'B']
    >>> _looped(code + "\\n    re.sub(p, '', t)")
    set()
    """
    heads: dict[str, list[re.Match]] = {}
    for loop in _LOOP.finditer(code):
        heads.setdefault(loop.group("var"), []).append(loop)
    found: set[int] = set()
    for var, loops in heads.items():
        allowed = {loop.start("var") for loop in loops}
        names = [name.start() + loop.start("names") for loop in loops for name in _CAPS.finditer(loop.group("names"))]
        safe = True
        for use in re.finditer(rf"(?<![\w.]){var}\b", code):
            if use.start() in allowed or _ATTRIBUTE.match(code, use.end()):
                continue
            if compared := _COMPARED.match(code, use.end()):
                names.append(compared.start("name"))
                continue
            if member := _MEMBER.match(code, use.end()):  # "pattern in (REMARKS, TOLD)": compared as by ==
                names += [name.start() + member.start("names") for name in _CAPS.finditer(member.group("names"))]
                continue
            safe = False
            break
        if safe:
            found.update(names)
    return found


_ATTRIBUTE = re.compile(r"\.(?:(?:search|match|fullmatch|finditer|findall|sub|subn|split)\(|(?:pattern|flags|groups|groupindex)\b)")
_COMPARED = re.compile(r"\s+is\s+(?:not\s+)?(?P<name>[A-Z_][A-Z0-9_]*)\b(?!\s*[.(\[])")
_MEMBER = re.compile(r"\s+(?:not\s+)?in\s+\((?P<names>\s*[A-Z_][A-Z0-9_]*(?:\s*,\s*[A-Z_][A-Z0-9_]*)*\s*,?\s*)\)")


def _module_name(path: Path, root: Path) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _held_otherwise(root: Path) -> tuple[set[str], set[int]]:
    """What must keep its real pattern: the names used, somewhere in the package's sources, in a way a stand-in
    would not answer alike, and the objects such uses reach. A use in a loaded module is of what the module's
    own name holds (so a string or a set of the same name elsewhere holds nothing back); a use after a dot, or
    of a name a module has not got, holds back every object of that name; in a module not loaded, only names it
    imports (or all, with "import *") could be the package's patterns."""
    names: set[str] = set()
    objects: set[int] = set()
    for path in sorted(root.rglob("*.py")):
        source = _code(path.read_text(encoding="utf-8"))
        code = _IMPORT.sub("", source)
        module = sys.modules.get(_module_name(path, root))
        imported = {name for line in _IMPORT.findall(source) for name in _CAPS.findall(line)}
        looped = _looped(code)
        for match in _NAME.finditer(code):
            name = match.group(1)
            if match.group(2) or match.start(1) in looped:
                continue
            if match.start(1) > 0 and code[match.start(1) - 1] == ".":
                names.add(name)
            elif isinstance(module, ModuleType):
                held = vars(module).get(name, _code)
                if held is _code:
                    names.add(name)
                else:
                    objects.add(id(held))
            elif name in imported or "import *" in source:
                names.add(name)
    return names, objects


def install(prefixes: tuple[str, ...] = ("kg.extract", "kg.text"), root: Path | None = None) -> int:
    """Swap the patterns that the modules under ``prefixes`` define for stand-ins, in every loaded module of
    the package, where no use of them anywhere would tell (:func:`_held_otherwise`); the number of patterns
    swapped. Patterns of modules loaded later stay as they are."""
    root = root or Path(__file__).resolve().parents[1]
    package = root.name
    modules = [(name, module) for name, module in list(sys.modules.items())
               if isinstance(module, ModuleType) and (name == package or name.startswith(package + "."))]
    names, objects = _held_otherwise(root)
    objects |= {id(value) for _, module in modules for attribute, value in vars(module).items() if attribute in names}
    stand_ins: dict[int, Prefiltered] = {}
    for name, module in modules:
        if not name.startswith(prefixes) or name == __name__:
            continue
        for attribute, value in list(vars(module).items()):
            if type(value) is re.Pattern and id(value) not in objects and isinstance(value.pattern, str) \
                    and id(value) not in stand_ins and _CAPS.fullmatch(attribute) and (parts := needed_all(value)):
                stand_ins[id(value)] = Prefiltered(value, parts)
    for _, module in modules:
        for attribute, value in list(vars(module).items()):
            if (stand_in := stand_ins.get(id(value))) is not None and stand_in.real is value:
                setattr(module, attribute, stand_in)
    # A match of a faster pattern is not the pattern's own ("match.re is VISIT"): only where no rule compares it so.
    # The hand-made stand-ins of this package only: another's install (a test's) reads other sources, in which no
    # rule of this package compares its matches.
    by_hand = [stand_in for name, stand_in in _BY_HAND if name == package or name.startswith(package + ".")]
    for stand_in in [*stand_ins.values(), *by_hand]:
        if id(stand_in.real) not in objects and stand_in.fast is stand_in.real:
            stand_in.fast = _Started(stand_in)
    return len(stand_ins)
