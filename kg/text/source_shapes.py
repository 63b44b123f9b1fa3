"""The shapes in which collections bring a text, read back to the text a reader sees, before the cleaner reads its
lines: line ends and footnote marks (:mod:`kg.text.marks`), a bilingual line's Chinese half (:mod:`kg.text.bilingual`), a scan's misread letters (:mod:`kg.text.scans`), a web archive's banner (:mod:`kg.text.archives`),
citations and notes' marks (:mod:`kg.text.citations`), an e-mail's headers and quotes (:mod:`kg.text.emails`), a
social-media page's buttons, emoji and comments (:mod:`kg.text.social_pages`), a PDF's page breaks and footnotes
(:mod:`kg.text.pdf_pages`), two columns side by side (:mod:`kg.text.columns`) a table's grid (:mod:`kg.text.grid_tables`) and its wrapped cells (:mod:`kg.text.wrapped_cells`). Each waits behind a cheap test that its shape is there. (Wikitext, HTML and Markdown
are read before, by :func:`kg.text.markup.as_plain`.)
"""

from __future__ import annotations

from kg.text.archives import unarchived
from kg.text.bilingual import english_halves
from kg.text.citations import plain_citations
from kg.text.columns import unmixed
from kg.text.emails import plain_email
from kg.text.grid_tables import grid_tables
from kg.text.life_dates import plain_life_dates
from kg.text.marks import plain_marks
from kg.text.pdf_pages import footnotes, page_breaks, running_heads
from kg.text.scans import plain_scan
from kg.text.social_pages import plain_social
from kg.text.wrapped_cells import unwrapped_cells


def plain_source(body: str) -> str:
    """The body without the marks of the form it was kept in."""
    return unwrapped_cells(grid_tables(unmixed(running_heads(page_breaks(footnotes(plain_social(plain_email(plain_life_dates(plain_citations(unarchived(plain_scan(english_halves(plain_marks(body))))))))))))))
