"""The guard of ``conftest.py`` sees whatever a test could leave in a checkout: a new file, an edited file
that git ignores, a tracked file removed; and it leaves alone what set-up and pytest write."""

import subprocess

from conftest import checkout_files


def test_the_guard_sees_new_edited_ignored_and_removed_files(tmp_path):
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / ".gitignore").write_text(".cache/\n.venv/\n")
    (tmp_path / "tracked.txt").write_text("kept")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "entry.nt").write_text("old")
    (tmp_path / ".venv").mkdir()
    git("add", ".gitignore", "tracked.txt")
    before = checkout_files(tmp_path)
    assert set(before) == {".gitignore", "tracked.txt", ".cache/entry.nt"}

    (tmp_path / ".venv" / "package.py").write_text("set-up's, not a test's")
    assert checkout_files(tmp_path) == before
    (tmp_path / ".cache" / "entry.nt").write_text("newer")
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "hksh.trig").write_text("")
    (tmp_path / "tracked.txt").unlink()
    after = checkout_files(tmp_path)
    assert {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)} == {
        ".cache/entry.nt", "dist/hksh.trig", "tracked.txt"}
