"""The YASGUI page's JavaScript and CSS: served from the pinned npm package that set-up installs into
``vendor/`` (ignored by git), or, where it is absent, from a CDN at the same version with SRI hashes.

The pin lives in ``yasgui.json`` beside this file; ``setup.sh`` reads it to install the package.
"""

from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from pathlib import Path

from kg.graph.dataset import ROOT

PIN = json.loads((Path(__file__).with_name("yasgui.json")).read_text())
VENDOR = ROOT / "vendor" / "yasgui" / "node_modules" / PIN["package"] / "build"
ROUTE = "/assets/yasgui/"


def local_files() -> Path | None:
    """The folder of installed files, when every pinned file is there."""
    return VENDOR if all((VENDOR / name).is_file() for name in PIN["files"]) else None


@lru_cache(maxsize=2)
def tags(local: bool) -> str:
    """The stylesheet and script tags for the page."""
    def href(name: str) -> tuple[str, str]:
        if local:
            return ROUTE + name, ""
        return PIN["cdn"] + name, f' integrity="{PIN["files"][name]}" crossorigin="anonymous"'

    css, css_extra = href("yasgui.min.css")
    js, js_extra = href("yasgui.min.js")
    return (f'<link href="{escape(css)}" rel="stylesheet" type="text/css"{css_extra} />\n'
            f'<script src="{escape(js)}"{js_extra}></script>')
