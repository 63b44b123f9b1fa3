"""What keeps a browser on this server: links to the dataset's IRIs go to their pages here, and a favicon.

The data's IRIs are under ``https://w3id.org/hksh/`` whichever server holds them; a server that is not at
that address (a laptop, a mirror) answers the same IRIs under ``/id/`` and ``/ontology``. The pages link
there already; the query editor's results are drawn in the browser, so a small script rewrites their links
as they appear (nothing is rewritten when the page is served from the base itself).
"""

from __future__ import annotations

import json
import struct
import zlib

from kg.namespaces import ONTOLOGY_GRAPH

FAVICON_ROUTE = "/favicon.ico"

_SCRIPT = """(() => {
  const here = (path) => new URL(path, window.location.href).href;
  const moves = [[%(base)s, here("/id/")], [%(ontology)s + "#", here("/ontology#")]];
  if (moves[0][0] === moves[0][1]) return;
  const local = (href) => {
    if (href === %(ontology)s) return here("/ontology");
    for (const [from, to] of moves) if (href && href.startsWith(from)) return to + href.slice(from.length);
    return null;
  };
  const fix = (node) => {
    const links = node.matches && node.matches("a[href]") ? [node] : [];
    for (const a of links.concat(Array.from(node.querySelectorAll ? node.querySelectorAll("a[href]") : []))) {
      const to = local(a.getAttribute("href"));
      if (to) a.setAttribute("href", to);
    }
  };
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === "attributes") fix(change.target);
      for (const node of change.addedNodes) if (node.nodeType === 1) fix(node);
    }
  }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ["href"]});
  fix(document.body);
})();"""


def _js(text: str) -> str:
    return json.dumps(text).replace("</", "<\\/")


def script(base: str) -> str:
    """The inline script (allowed by its hash in the page's policy) that sends the editor's result links to
    the pages on this server."""
    return "<script>" + _SCRIPT % {"base": _js(base), "ontology": _js(ONTOLOGY_GRAPH)} + "</script>"


def _png(width: int, height: int, pixel) -> bytes:
    """A PNG of RGBA pixels from ``pixel(x, y)``, written by hand (no imaging library is needed)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _mark(x: int, y: int) -> tuple[int, int, int, int]:
    """Two linked halves: Hong Kong's red on the left, Shanghai's blue on the right, a white bridge between."""
    if 13 <= y <= 18 and 8 <= x <= 23:
        return (255, 255, 255, 255)
    inside = (x - 15.5) ** 2 + (y - 15.5) ** 2 <= 15.5 ** 2
    if not inside:
        return (0, 0, 0, 0)
    return (200, 16, 46, 255) if x < 16 else (0, 82, 147, 255)


FAVICON = _png(32, 32, _mark)
