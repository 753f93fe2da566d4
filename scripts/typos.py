#!/usr/bin/env python3
"""Typo-injection benchmark for newsls `variant` findings (standard library only).

For every article of a gold corpus (brat `.ann` beside `.txt`), one name mention whose
spelling is attested elsewhere in the corpus gets one typing error (a letter dropped,
doubled, swapped with its neighbour or replaced). `newsls check --format json` then runs
on the corpus with the typos, and on the clean corpus:

  found    = injected typos with a `variant` finding covering the typo whose suggestion
             restores the original spelling
  per clean article = `variant` findings on the clean corpus / number of articles

Usage: scripts/typos.py GOLD_DIR [--newsls BIN] [--seed N] [--keep DIR]
Example: scripts/typos.py ../shared/corpora/conll03-dev
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(ch):
    low = ch.lower()
    for r, row in enumerate(KEYBOARD):
        c = row.find(low)
        if c < 0:
            continue
        near = [row[i] for i in (c - 1, c + 1) if 0 <= i < len(row)]
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(KEYBOARD) and c < len(KEYBOARD[rr]):
                near.append(KEYBOARD[rr][c])
        return [n.upper() if ch.isupper() else n for n in near]
    return []


def inject(word, rng):
    """One typing error inside `word` (never on its first letter)."""
    kinds = ["drop", "double", "swap", "replace"]
    rng.shuffle(kinds)
    for kind in kinds:
        i = rng.randrange(1, len(word))
        if kind == "drop":
            out = word[:i] + word[i + 1:]
        elif kind == "double":
            out = word[:i] + word[i] + word[i:]
        elif kind == "swap":
            if i + 1 >= len(word) or word[i] == word[i + 1]:
                continue
            out = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        else:
            near = neighbours(word[i])
            if not near:
                continue
            out = word[:i] + rng.choice(near) + word[i + 1:]
        if out != word and out.isalpha():
            return out
    return None


def read_mentions(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[0].startswith("T"):
                continue
            label, *offs = parts[1].split(" ")
            if label not in ("PER", "ORG", "LOC") or len(offs) != 2:
                continue
            out.append((int(offs[0]), int(offs[1]), label, parts[2]))
    return out


def run_check(binary, folder):
    res = subprocess.run([binary, "check", "--format", "json", folder],
                         capture_output=True, text=True, check=False)
    findings = []
    for line in res.stdout.splitlines():
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if obj.get("code") == "variant":
            findings.append(obj)
    return findings


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--newsls", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "newsls"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    names = sorted(n[:-4] for n in os.listdir(args.gold) if n.endswith(".txt"))
    texts, mentions = {}, {}
    spelled = Counter()
    for n in names:
        with open(os.path.join(args.gold, n + ".txt"), encoding="utf-8", newline="") as f:
            texts[n] = f.read()
        ann = os.path.join(args.gold, n + ".ann")
        mentions[n] = read_mentions(ann) if os.path.exists(ann) else []
        for _, _, _, t in mentions[n]:
            spelled[t] += 1

    work = tempfile.mkdtemp(prefix="newsls-typos-")
    clean, dirty = os.path.join(work, "clean"), os.path.join(work, "typos")
    os.makedirs(clean)
    os.makedirs(dirty)
    tsv = os.path.join(args.gold, "corpus.tsv")
    injected = {}  # file -> (start, end, original word, typo)
    for n in names:
        text = texts[n]
        shutil.copyfile(os.path.join(args.gold, n + ".txt"), os.path.join(clean, n + ".txt"))
        # Mentions whose spelling the corpus attests at least twice more, so that a
        # better-attested form exists; the typo goes into their longest word.
        candidates = []
        for start, end, _, t in mentions[n]:
            if spelled[t] < 3:
                continue
            words, pos = [], start
            for w in t.replace("_", " ").split(" "):
                if len(w) >= 5 and w.isalpha():
                    words.append((pos, pos + len(w), w))
                pos += len(w) + 1
            if words:
                candidates.append(max(words, key=lambda x: len(x[2])))
        rng.shuffle(candidates)
        for ws, we, w in candidates:
            typo = inject(w, rng)
            if typo:
                text = text[:ws] + typo + text[we:]
                injected[n] = (ws, ws + len(typo), w, typo)
                break
        with open(os.path.join(dirty, n + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    if os.path.exists(tsv):
        shutil.copyfile(tsv, os.path.join(clean, "corpus.tsv"))
        shutil.copyfile(tsv, os.path.join(dirty, "corpus.tsv"))

    found = 0
    by_file = {}
    for f in run_check(args.newsls, dirty):
        by_file.setdefault(os.path.basename(f["file"])[:-4], []).append(f)
    misses = []
    for n, (ws, we, word, typo) in injected.items():
        ok = False
        for f in by_file.get(n, []):
            s, e, sugg = f["start"], f["end"], f.get("suggestion") or ""
            if s <= ws and we <= e:
                dirty_text = texts[n][:ws] + typo + texts[n][ws + len(word):]
                fixed = dirty_text[:s] + sugg + dirty_text[e:]
                if fixed == texts[n] or fixed.replace("_", " ") == texts[n].replace("_", " "):
                    ok = True
        found += ok
        if not ok:
            misses.append(f"{n}: {typo} (for {word})")
    clean_findings = run_check(args.newsls, clean)
    total = len(injected)
    for m in misses[:int(os.environ.get("SHOW_MISSES", "0"))]:
        print("  missed", m)
    for f in clean_findings[:int(os.environ.get("SHOW_MISSES", "0"))]:
        print("  clean", os.path.basename(f["file"]), f["message"])
    print(f"typos injected {total}  found with the right suggestion {found} "
          f"({found / total if total else 0:.1%})  variant findings on clean text "
          f"{len(clean_findings)} in {len(names)} articles "
          f"({len(clean_findings) / max(1, len(names)):.3f} per article)")
    if args.keep:
        shutil.copytree(work, args.keep, dirs_exist_ok=True)
    shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
