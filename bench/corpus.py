"""A synthetic corpus of press-release-like documents, deterministic by seed, for benchmarks.

    python bench/corpus.py --count 1000 --out /tmp/corpus-1000 [--seed 7]

Templates in Hong Kong press-release style and translated Mainland style; officials from the reference
data and invented ones; plenary sessions whose number always has the same date (so documents never
contradict each other); events with organisers, places and dates; co-operation areas; page furniture,
photo captions and repeated paragraphs as noise.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.reference import load_reference  # noqa: E402

SYLLABLES = ("chen wang li zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang "
             "xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei").split()
GIVEN = ("ming wei jun hua ping jie lei qiang yan li na jing xin yu hao yi tao bin chao kai lin feng bo "
         "hong jian ning rui zhi").split()
TITLES = [("Deputy Director of the Hong Kong and Macao Affairs Office of the Shanghai Municipal Government", "Ms"),
          ("Director of the Hong Kong Economic and Trade Office in Shanghai", "Mrs"),
          ("Vice Mayor of Shanghai", "Mr"), ("Secretary for Commerce and Economic Development", "Mr"),
          ("Secretary for Education", "Dr"), ("Deputy Director of the Liaison Office", "Mr")]
EVENTS = ["exhibition on Hong Kong/Shanghai co-operation", "forum on financial services", "youth exchange forum",
          "reception for Hong Kong enterprises", "signing ceremony on co-operation between the two places",
          "seminar on innovation and technology", "cultural festival", "business matching symposium"]
PLACES = ["Shanghai", "Hong Kong", "HKRI Taikoo Hui in Jing'an District, Shanghai", "the Hong Kong Science Park"]
FURNITURE = ["Go to main content", "Today's Press Releases", "NNNN", "Traditional Chinese Simplified Chinese Email this article"]


def name(rng: random.Random) -> str:
    return f"{rng.choice(SYLLABLES).capitalize()} {rng.choice(GIVEN).capitalize()}{rng.choice(GIVEN)}"


def session_date(number: int) -> date:
    """Every document agrees on when a session met."""
    return date(2003 + 2 * number, 1 + (number * 5) % 12, 1 + (number * 7) % 27)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def document(rng: random.Random, reference, index: int) -> str:
    published = date(2005, 1, 1) + timedelta(days=rng.randrange(7300))
    ce = rng.choice(["Mr John Lee", "Mr C Y Leung", "Mrs Carrie Lam"])
    mayor = rng.choice(["Mr Gong Zheng", "Mr Ying Yong", "Mr Yang Xiong"])
    areas = rng.sample([a.label["en"].lower() for a in reference.areas], k=rng.randint(3, 7))
    official, honorific = rng.choice(TITLES)
    person = name(rng)
    event = rng.choice(EVENTS)
    place = rng.choice(PLACES)
    number = rng.randint(1, 9)
    start = published - timedelta(days=rng.randint(0, 3))
    paragraphs = [
        f"The Chief Executive, {ce}, today ({published:%B} {published.day}) met the {official}, {honorific} {person}, in {rng.choice(PLACES[:2])}.",
        f"Following the {ordinal(number)} Plenary Session of the Hong Kong/Shanghai Co-operation Conference held in "
        f"{session_date(number):%B %Y}, the two sides reached consensus on {len(areas)} co-operation areas, including "
        + ", ".join(areas[:-1]) + f" and {areas[-1]}.",
        f"The {event} jointly organised by the SHETO and the Hong Kong and Macao Affairs Office of the Shanghai "
        f"Municipal Government was held in {place} from {start:%B} {start.day} to {(start + timedelta(days=rng.randint(1, 9))):%B %d}.",
        f"Speaking at the opening ceremony, Shanghai Mayor {mayor.split(' ', 1)[1]} said that co-operation between the two places had deepened.",
        f"{honorific} {person.split()[0]} will return to Shanghai tomorrow ({(published + timedelta(days=1)):%B} {(published + timedelta(days=1)).day}).",
    ]
    if rng.random() < 0.3:
        paragraphs.insert(1, paragraphs[0])
    body = [rng.choice(FURNITURE), f"Co-operation news item {index} (with photos)", ""]
    for paragraph in paragraphs:
        body += [paragraph, ""]
    body += [f"Ends/{published:%A}, {published:%B} {published.day}, {published.year}", "Issued at HKT 18:00", "NNNN",
             "Photo", f"Photo shows {ce} and {honorific} {person} at the meeting."]
    if rng.random() < 0.5:
        head = f"---\ntitle: \"Co-operation news item {index}\"\npublished: {published.isoformat()}\nlanguage: en\n---\n"
        return head + "\n".join(body) + "\n"
    return "\n".join(body) + "\n"


def generate(count: int, out: Path, *, seed: int = 7) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    reference = load_reference()
    rng = random.Random(seed)
    for index in range(count):
        (out / f"doc-{index:06d}.txt").write_text(document(rng, reference, index), encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.count, args.out, seed=args.seed)
    print(f"wrote {args.count} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
