"""The README documents every command and every named query, and gives the two-command quick start."""

import re

from kg.cli import main
from kg.queries import named_queries

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in main.commands:
        assert f"`kg {name}" in README, name


def test_every_named_query_is_documented():
    for name in named_queries():
        assert f"| `{name}` |" in README, name


def test_quick_start_is_two_commands_and_ci_runs_the_test_one():
    block = re.search(r"## Quick start.*?```bash\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["bash run.sh", "bash test.sh"]
    assert "bash test.sh" in (ROOT / ".ci" / "run").read_text()


def test_the_quick_run_is_documented_and_its_marker_registered():
    import tomllib

    assert 'bash test.sh -m "not slow"' in README
    markers = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["markers"]
    assert any(marker.startswith("slow:") for marker in markers)
