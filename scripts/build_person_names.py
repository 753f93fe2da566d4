#!/usr/bin/env python3
"""Build data/gazetteer/person_names.tsv: given names and surnames from the US Census 1990.

Regenerate (from the repository root):

    python3 -m venv /tmp/pn
    /tmp/pn/bin/pip install names==0.3.0
    /tmp/pn/bin/python scripts/build_person_names.py --out data/gazetteer/person_names.tsv

Source (see data/gazetteer/SOURCE.md): the frequency lists of the US Census Bureau's 1990
name study (public domain, a work of the US government), as shipped in the PyPI package
`names` 0.3.0 (MIT): `dist.male.first` (1,219 names), `dist.female.first` (4,275) and
`dist.all.last` (88,799), each line `NAME  percent  cumulative-percent  rank`.

Output (UTF-8, `\\n` line ends, no header, sorted by name then kind, deterministic):
    name<TAB>kind<TAB>bucket
  * name: capitalised as a name is usually written (`Smith`, `Mcdonald`: the engine folds
    case, so only the letters matter);
  * kind: `first` (a given name, male or female list) or `last` (a surname); a name on both
    lists has two rows;
  * bucket: 1 = common, 2 = less common, 3 = rare, by the name's rank in its list (for a
    given name on both lists, the better rank); the cuts are FIRST_BUCKETS / LAST_BUCKETS.
Surnames ranked below --max-last-rank are left out (the long tail is mostly rare spellings and
keeps the file small).

No network access is needed; the script only reads the installed package.
"""

import argparse
import os
import sys

import names

FIRST_BUCKETS = (200, 1000)  # rank <= 200: bucket 1; <= 1000: 2; else 3
LAST_BUCKETS = (1000, 5000)  # rank <= 1000: bucket 1; <= 5000: 2; else 3


def read_list(path):
    """(name, rank) of one census list."""
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            cols = line.split()
            if len(cols) != 4:
                continue
            out.append((cols[0], int(cols[3])))
    return out


def bucket(rank, cuts):
    for i, c in enumerate(cuts):
        if rank <= c:
            return i + 1
    return len(cuts) + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--max-last-rank", type=int, default=20000)
    args = ap.parse_args()
    base = os.path.dirname(names.__file__)
    first = {}
    for f in ("dist.male.first", "dist.female.first"):
        for name, rank in read_list(os.path.join(base, f)):
            first[name] = min(rank, first.get(name, rank))
    last = {
        name: rank
        for name, rank in read_list(os.path.join(base, "dist.all.last"))
        if rank <= args.max_last_rank
    }
    rows = set()
    for name, rank in first.items():
        rows.add((name.capitalize(), "first", bucket(rank, FIRST_BUCKETS)))
    for name, rank in last.items():
        rows.add((name.capitalize(), "last", bucket(rank, LAST_BUCKETS)))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for name, kind, b in sorted(rows):
            f.write(f"{name}\t{kind}\t{b}\n")
    print(
        f"{len(first)} given names, {len(last)} surnames -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
