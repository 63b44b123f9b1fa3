"""Small SVG drawings made by the server (no script, nothing from outside): the mechanism's timeline
and a resource's neighbourhood."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape


@dataclass
class Mark:
    """A point on the timeline: a date (ISO, any precision), what happened, a link (None: not one to follow)."""

    date: str
    label: str
    kind: str
    href: str | None


def _year_fraction(date: str) -> float:
    parts = [int(p) for p in date.split("-")]
    year, month, day = (parts + [7, 1])[:3] if len(parts) == 1 else (parts + [15])[:3]
    return year + (month - 1) / 12 + (day - 1) / 365


COLOURS = {"founded": "#1b7f3b", "renamed": "#8a5a00", "plenary session": "#1f4e9c", "anniversary": "#a3246b"}


def timeline_svg(marks: list[Mark], *, width: int = 960) -> str:
    """A horizontal timeline, one labelled mark per event, labels alternating above and below."""
    if not marks:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40" role="img"><text x="10" y="25">No dated events yet.</text></svg>'
    marks = sorted(marks, key=lambda m: _year_fraction(m.date))
    first, last = math.floor(_year_fraction(marks[0].date)), math.ceil(_year_fraction(marks[-1].date)) + 1
    left, right, axis = 40, width - 40, 150
    x = lambda d: left + (right - left) * (_year_fraction(d) - first) / max(1, last - first)  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="300" viewBox="0 0 {width} 300" '
             'role="img" aria-label="Timeline of the Hong Kong/Shanghai Co-operation Conference" font-family="sans-serif" font-size="12">',
             f'<line x1="{left}" y1="{axis}" x2="{right}" y2="{axis}" stroke="#444" stroke-width="2"/>']
    for year in range(first, last + 1):
        if (year - first) % max(1, (last - first) // 12) == 0:
            px = x(f"{year}-01-01")
            parts.append(f'<line x1="{px:.1f}" y1="{axis - 4}" x2="{px:.1f}" y2="{axis + 4}" stroke="#444"/>'
                         f'<text x="{px:.1f}" y="{axis + 18}" text-anchor="middle" fill="#444">{year}</text>')
    for i, mark in enumerate(marks):
        px = x(mark.date)
        up = i % 2 == 0
        level = 1 + (i // 2) % 3
        y = axis - 20 - 28 * level if up else axis + 30 + 28 * level
        colour = COLOURS.get(mark.kind, "#555")
        drawn = (f'<line x1="{px:.1f}" y1="{axis}" x2="{px:.1f}" y2="{y + (8 if up else -12):.1f}" stroke="{colour}"/>'
                 f'<circle cx="{px:.1f}" cy="{axis}" r="6" fill="{colour}"><title>{escape(mark.date)}: {escape(mark.label)}</title></circle>'
                 f'<text x="{px:.1f}" y="{y:.1f}" text-anchor="{_anchor(px, left, right)}" fill="{colour}">{escape(mark.date)} · {escape(_short(mark.label, 42))}</text>')
        parts.append(f'<a href="{escape(mark.href)}">{drawn}</a>' if mark.href else drawn)
    parts.append("</svg>")
    return "".join(parts)


def _anchor(px: float, left: float, right: float) -> str:
    """Keep a label inside the drawing near its edges."""
    return "start" if px - left < 120 else "end" if right - px < 120 else "middle"


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class Edge:
    label: str
    node: str
    href: str | None
    outgoing: bool


def neighbourhood_svg(centre: str, edges: list[Edge], *, size: int = 640, limit: int = 16) -> str:
    """The resource in the middle, its neighbours around it, each arrow labelled with its property."""
    edges = edges[:limit]
    c = size / 2
    radius = size / 2 - 110
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
             f'role="img" aria-label="Neighbourhood of {escape(centre)}" font-family="sans-serif" font-size="11">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto">'
             '<path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>']
    for i, edge in enumerate(edges):
        angle = 2 * math.pi * i / max(1, len(edges)) - math.pi / 2
        nx, ny = c + radius * math.cos(angle), c + radius * math.sin(angle)
        (x1, y1), (x2, y2) = ((c, c), (nx, ny)) if edge.outgoing else ((nx, ny), (c, c))
        shorten = lambda xa, ya, xb, yb, by: (xb - (xb - xa) * by / max(1, math.hypot(xb - xa, yb - ya)),  # noqa: E731
                                              yb - (yb - ya) * by / max(1, math.hypot(xb - xa, yb - ya)))
        ex, ey = shorten(x1, y1, x2, y2, 30)
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="#999" marker-end="url(#arrow)"/>'
                     f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 3:.1f}" text-anchor="middle" fill="#666">{escape(edge.label)}</text>')
        node = f'<circle cx="{nx:.1f}" cy="{ny:.1f}" r="5" fill="#1f4e9c"/><text x="{nx:.1f}" y="{ny + 16:.1f}" text-anchor="middle">{escape(_short(edge.node, 34))}</text>'
        parts.append(f'<a href="{escape(edge.href)}">{node}</a>' if edge.href else node)
    parts.append(f'<circle cx="{c}" cy="{c}" r="9" fill="#a3246b"/><text x="{c}" y="{c - 14}" text-anchor="middle" font-weight="bold">{escape(_short(centre, 50))}</text>')
    parts.append("</svg>")
    return "".join(parts)
