"""The rules' patterns behind the word prefilter answer exactly as the patterns themselves do."""

from __future__ import annotations

import io
import re
import sys
import tokenize
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
import kg.convert
from kg.extract import visits
from kg.text import clean, wrapping
from kg.text.prefilter import _ASCII_TWINS, folded
from kg.text.prefiltered import Prefiltered, _code, install, plain_names

STAND_INS = sorted({id(v): v for name, module in list(sys.modules.items()) if name.startswith("kg.")
                    for v in vars(module).values() if isinstance(v, Prefiltered)}.values(), key=lambda p: p.pattern)


def _same(found, expected) -> None:
    if isinstance(expected, re.Match) or expected is None:
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    else:
        assert found == expected


def _answers(pattern, text: str) -> list:
    """Every method a rule may call, as plain values."""
    return [pattern.search(text), pattern.match(text), pattern.fullmatch(text), pattern.search(text, 3, 40),
            [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.findall(text),
            pattern.sub("#", text), pattern.subn("#", text), pattern.split(text)]


# stand-ins a module makes itself with prefiltered(), which install() does not count
BY_HAND = [visits.VISIT_SEARCHED, wrapping.SESSION_LINE]


def test_the_converter_runs_most_of_its_patterns_through_the_prefilter():
    assert all(isinstance(stand_in, Prefiltered) for stand_in in BY_HAND) and clean.SESSION_HEADING is wrapping.SESSION_LINE
    assert kg.convert.PREFILTERED > 400 and len(STAND_INS) == kg.convert.PREFILTERED + len(BY_HAND)


def test_a_name_compared_by_identity_keeps_its_real_pattern():
    assert type(visits.VISIT) is re.Pattern  # "match.re is VISIT"


@pytest.mark.parametrize("source, plain", [
    ("A = re.compile('a')\nA.search(t)\nA.pattern", {"A"}),
    ("from kg.x import (A,\n    B)\nB.finditer(t)\nprint(A)", {"B"}),
    ("A = re.compile('a')\nscan = Scan([A])", set()),
    ("A = re.compile('a')\nif m.re is not A: pass", set()),
    ("A: re.Pattern = re.compile('a')\nre.sub(A, '', t)", set()),
    ("A = re.compile('a')\nfind = A.search", set()),
])
def test_only_names_used_as_a_stand_in_can_be_are_plain(source, plain):
    assert plain_names([source]) == plain


@pytest.mark.parametrize("source, plain", [
    ("A = re.compile('a')\nA.search(t)  # A's words\nB = re.compile('b')  # not B", {"A", "B"}),
    ("A = re.compile('a')\nprint('A is', \"\"\"A\n is\"\"\")", {"A"}),
    ("A = re.compile('a')\nprint(f'{A}')", set()),  # an f-string's field is code
    ("A = re.compile('a')\nprint('#', A)", set()),  # a "#" in a string starts no comment
])
def test_a_name_in_a_comment_or_a_plain_string_is_no_use_of_it(source, plain):
    assert plain_names([source]) == plain


def test_the_package_sources_read_as_code_keep_every_token_but_comments_and_plain_strings():
    """``_code`` blanks what Python's tokenizer calls comments and strings (other than f-strings), and nothing else."""
    def tokens(source: str) -> list:
        skipped = (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
        plain = (lambda t: t.type == tokenize.STRING and "f" not in re.match(r"[A-Za-z]*", t.string).group(0).lower())
        return [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(source).readline)
                if t.type not in skipped and not plain(t)]
    sources = [path.read_text(encoding="utf-8") for path in sorted(Path(kg.__file__).parent.rglob("*.py"))]
    assert len(sources) > 100
    for source in sources:
        assert tokens(_code(source)) == tokens(source)


def test_another_packages_install_leaves_this_packages_compared_matches_alone(tmp_path, monkeypatch):
    """A test's install() into a package of its own once gave kg's hand-made stand-ins the faster pattern,
    whose matches are not the pattern's own: "match.re is VISIT" failed and "CS visits Shanghai" stopped the
    conversion of every document after it in the process."""
    (tmp_path / "kgv").mkdir()
    (tmp_path / "kgv" / "__init__.py").write_text("")
    (tmp_path / "kgv" / "rules.py").write_text("import re\nCUE = re.compile(r'visited\\s+\\w+')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import kgv.rules  # noqa: F401
    install(("kgv",), tmp_path / "kgv")
    assert visits.VISIT_SEARCHED.search("CS visits ⟦place:0⟧ to promote trade").re is visits.VISIT


def test_install_swaps_a_pattern_in_every_module_that_imported_it(tmp_path, monkeypatch):
    (tmp_path / "kgx").mkdir()
    (tmp_path / "kgx" / "__init__.py").write_text("")
    (tmp_path / "kgx" / "rules.py").write_text("import re\nCUE = re.compile(r'visited\\s+\\w+')\n"
                                               "SAME = re.compile(r'met')\nANY = re.compile(r'\\w+')\n"
                                               "def rule(t):\n    return CUE.search(t) or ANY.search(t)\n")
    (tmp_path / "kgx" / "user.py").write_text("from kgx.rules import CUE, SAME\n\ndef use(m, t):\n"
                                              "    return CUE.findall(t), m.re is SAME\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import kgx.rules
    import kgx.user
    assert install(("kgx",), tmp_path / "kgx") == 1
    assert isinstance(kgx.rules.CUE, Prefiltered) and kgx.user.CUE is kgx.rules.CUE
    assert type(kgx.rules.SAME) is re.Pattern and type(kgx.rules.ANY) is re.Pattern  # compared; no word needed


def test_install_reads_each_use_as_of_its_own_module_and_loops_over_written_out_names(tmp_path, monkeypatch):
    """A string of the same name elsewhere holds nothing back; a loop over names written out in a function, whose
    variable is only called and compared to them, sees stand-ins alike; "match.re is X" still holds X back."""
    (tmp_path / "kgy").mkdir()
    (tmp_path / "kgy" / "__init__.py").write_text("")
    (tmp_path / "kgy" / "rules.py").write_text(
        "import re\nDELEGATION = re.compile(r'delegation')\nA = re.compile(r'visited')\nB = re.compile(r'met')\n"
        "C = re.compile(r'signed')\n"
        "def rule(t):\n    for pattern in (A, B):\n        if pattern is A and pattern.search(t):\n            return 1\n"
        "    return DELEGATION.search(t)\n"
        "def other(m):\n    return m.re is C\n")
    (tmp_path / "kgy" / "text.py").write_text("DELEGATION = r'delegation'\nWHOLE = f'{DELEGATION}s'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import kgy.rules
    import kgy.text
    assert install(("kgy",), tmp_path / "kgy") == 3
    assert all(isinstance(p, Prefiltered) for p in (kgy.rules.DELEGATION, kgy.rules.A, kgy.rules.B))
    assert type(kgy.rules.C) is re.Pattern and kgy.text.DELEGATION == "delegation"
    assert kgy.rules.rule("He visited.") == 1 and kgy.rules.rule("A delegation met.").group(0) == "delegation"


@pytest.mark.parametrize("which", range(0, len(STAND_INS), 7))
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_stand_in_answers_as_its_pattern(which, data):
    """Texts written from the pattern (most of them match), and the same text with its cue words cut."""
    stand_in = STAND_INS[which]
    text = data.draw(st.one_of(st.from_regex(stand_in.real), st.text(max_size=60)))
    for variant in (text, text[::2], "⟦person:1⟧ " + text.upper()):
        for found, expected in zip(_answers(stand_in, variant), _answers(stand_in.real, variant)):
            _same(found, expected)


@given(st.text(alphabet=st.sampled_from("aZk\u212a\u0130\u0131\u017fsS⟦ Σς")))
def test_folding_is_translating_then_lower_casing(text):
    assert folded(text) == text.translate(_ASCII_TWINS).lower()


def test_a_loop_variable_looked_for_among_written_out_names_sees_stand_ins_alike(tmp_path, monkeypatch):
    """"pattern in (A, B)" compares by identity, then by ==, which a stand-in answers as its pattern does."""
    (tmp_path / "kgz").mkdir()
    (tmp_path / "kgz" / "__init__.py").write_text("")
    (tmp_path / "kgz" / "rules.py").write_text(
        "import re\nA = re.compile(r'visited')\nB = re.compile(r'met')\nC = re.compile(r'signed')\n"
        "def rule(t):\n    for pattern in (A, B, C):\n        if pattern.search(t) and pattern not in (B, C):\n"
        "            return pattern.pattern\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import kgz.rules
    assert install(("kgz",), tmp_path / "kgz") == 3
    assert kgz.rules.rule("He visited and met.") == "visited" and kgz.rules.rule("They met.") is None
    a, real = kgz.rules.A, re.compile(r"visited")
    assert a == real and real == a and a != kgz.rules.B and hash(a) == hash(real) and a in (kgz.rules.B, real)
