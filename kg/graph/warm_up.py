"""Doing once, before the workers start, the work a process does on its first document only.

The rules' patterns are parsed for the word prefilter the first time a text could match them (about 2 s of
CPU in all): counted against the first document a worker converts, that put a one-line document past a
2 s time limit. Converting this short text in the parent before the pool forks leaves every worker, and
every fresh one that replaces a killed worker, with that work already done.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kg.convert import convert_triples
from kg.reference import Reference

SAMPLE = """\
---
title: Hong Kong/Shanghai Co-operation Conference holds its fifth plenary session
published: 2021-08-24
---
The Chief Executive, Mrs Carrie Lam, and the Mayor of Shanghai, Mr Gong Zheng, co-chaired the fifth plenary
session of the Hong Kong/Shanghai Co-operation Conference by video conference today (August 24). The
Financial Secretary, Mr Paul Chan, and the Secretary for Commerce and Economic Development, Mr Edward Yau,
attended the meeting, held at Government House in Hong Kong.

The two sides agreed to strengthen co-operation in 12 areas, including finance, trade, innovation and
technology, culture and tourism, education, health, youth development and legal services. After the meeting,
officials of the two governments signed seven co-operation agreements, among them a Memorandum of
Understanding on Financial Co-operation and a letter of intent on medical services.

Yesterday, Mrs Lam met the Deputy Director of the Shanghai Municipal Commission of Commerce, Ms Zhang Li, at
a reception. Speaking at a press conference last Monday, Mr Chan said the mechanism, set up in 2003, had
covered exchanges between officers of the Hong Kong Special Administrative Region Government and the
Shanghai Municipal People's Government for 18 years. The sixth session will be held in Shanghai next year.
"""


def warm_up(reference: Reference, base: str) -> None:
    """Convert :data:`SAMPLE` and drop the result; what stays is the parsed state every rule keeps."""
    with tempfile.TemporaryDirectory(prefix="kg-warm-up-") as folder:
        path = Path(folder) / "warm-up.txt"
        path.write_text(SAMPLE, encoding="utf-8")
        convert_triples(path, reference=reference, base=base)
