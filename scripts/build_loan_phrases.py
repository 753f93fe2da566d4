#!/usr/bin/env python3
"""Write data/lexicon/en_loan_phrases.tsv: foreign phrases English news writes with their
accents and apostrophes, which newsls checks for typing errors (`charge' d'affairs` →
`chargé d'affaires`).

Source: general knowledge of English usage (the phrases below are ordinary dictionary
entries, e.g. in Wiktionary's "English terms borrowed from French/Latin"); nothing is taken
from the evaluation corpora. Public domain (CC0) like the rest of the hand-written tables.

Usage (from the repository root): python3 scripts/build_loan_phrases.py
Output: one phrase per line, UTF-8, NFC, sorted, with its plural forms after a tab
(`|`-separated; the checker accepts them as correct).
"""
import os
import unicodedata

# phrase -> plural forms English uses
PHRASES = {
    "chargé d'affaires": ["chargés d'affaires"],
    "coup d'état": ["coups d'état"],
    "raison d'être": [],
    "tête-à-tête": ["tête-à-têtes"],
    "vis-à-vis": [],
    "fait accompli": ["faits accomplis"],
    "laissez-faire": [],
    "persona non grata": ["personae non gratae"],
    "status quo": [],
    "bona fide": ["bona fides"],
    "force majeure": [],
    "carte blanche": [],
    "cause célèbre": ["causes célèbres"],
    "éminence grise": ["éminences grises"],
    "nouveau riche": ["nouveaux riches"],
    "enfant terrible": ["enfants terribles"],
    "pièce de résistance": [],
    "déjà vu": [],
    "agent provocateur": ["agents provocateurs"],
    "amicus curiae": [],
    "habeas corpus": [],
    "modus operandi": [],
    "quid pro quo": [],
    "sine qua non": [],
    "post mortem": ["post mortems"],
    "aide-mémoire": [],
    "attaché de presse": [],
    "corps diplomatique": [],
    "femme fatale": ["femmes fatales"],
    "hors de combat": [],
    "lèse-majesté": [],
    "nom de guerre": ["noms de guerre"],
    "par excellence": [],
    "tour de force": ["tours de force"],
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "data", "lexicon", "en_loan_phrases.tsv")
    nfc = lambda s: unicodedata.normalize("NFC", s)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for p in sorted(PHRASES):
            f.write(f"{nfc(p)}\t{'|'.join(nfc(x) for x in PHRASES[p])}\n")


if __name__ == "__main__":
    main()
