"""The package as a user installs it: a wheel built from this checkout, installed with its dependencies in
a fresh virtual environment, run in an empty folder (no checkout in sight): `kg build --documents DIR`
finds its reference data, ontology, shapes and checks, and `kg serve` answers the home page with the
query editor and the named queries."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request
import venv
from pathlib import Path

import pytest

from server import free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a fresh virtual environment with the wheel installed."""
    where = tmp_path_factory.mktemp("wheel")
    source = where / "source"  # pip builds in the source tree (build/, *.egg-info): a copy, not the checkout
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "vendor", "dist", ".cache", "build", "*.egg-info", "__pycache__", ".pytest_cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(where / "wheels")],
                   check=True, timeout=600)
    wheel = next((where / "wheels").glob("hksh_kg-*.whl"))
    venv.create(where / "venv", with_pip=True)
    bin_dir = where / "venv" / "bin"
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=900)
    return bin_dir


def test_the_wheel_carries_its_runtime_files(installed):
    listing = subprocess.run([str(installed / "python"), "-c",
                              "from kg.resources import CHECKOUT, packaged; from kg.queries import named_queries; "
                              "print(CHECKOUT); print(packaged('reference', 'conference.yaml').is_file()); "
                              "print(' '.join(sorted(named_queries())))"],
                             cwd=installed, capture_output=True, text=True, check=True).stdout.split("\n")
    assert listing[0] == "None" and listing[1] == "True"  # not reading this checkout, but its own copy
    assert "post-holders" in listing[2] and "sessions" in listing[2]


def test_build_and_serve_in_an_empty_folder(installed, tmp_path):
    documents = tmp_path / "my-documents"
    shutil.copytree(ROOT / "data" / "documents", documents)
    work = tmp_path / "empty"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    kg = str(installed / "kg")
    built = subprocess.run([kg, "build", "--documents", str(documents)], cwd=work, env=env, capture_output=True,
                           text=True, timeout=600)
    assert built.returncode == 0, built.stderr + built.stdout
    assert (work / "dist" / "hksh.trig").is_file() and (work / "dist" / "store").is_dir()
    port = free_port()
    server = subprocess.Popen([kg, "serve", "--port", str(port)], cwd=work, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.STDOUT)
    try:
        page = None
        deadline = time.monotonic() + 60
        while page is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    page = response.read().decode()
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "kg serve did not start"
                time.sleep(0.3)
        assert 'id="yasgui"' in page and "Timeline" in page
        request = urllib.request.Request(f"http://127.0.0.1:{port}/queries/sessions", headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=15) as response:
            assert "2024-04" in response.read().decode()
    finally:
        server.terminate()
        server.wait(timeout=15)
