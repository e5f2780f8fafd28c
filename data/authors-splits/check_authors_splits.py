#!/usr/bin/env python3
"""Checks data/authors-splits/authors-splits.json (Python's own json only): its format, the paper's sizes, and, when a
source file is given (the project's ../shared/data/authors-splits.json), that the shipped copy is byte-identical.

  python3 data/authors-splits/check_authors_splits.py [SOURCE.json]
"""
import hashlib
import json
import os
import sys

SEEDS = ["42", "69", "322", "1337", "9000"]
HERE = os.path.dirname(os.path.abspath(__file__))
SHIPPED = os.path.join(HERE, "authors-splits.json")


def fail(message):
    raise SystemExit(f"{SHIPPED}: {message}")


def main():
    with open(SHIPPED, "rb") as f:
        raw = f.read()
    d = json.loads(raw)
    for key in ["about", "kadid10k_random_split", "konvid1k_leaky_finetuning", "konvid1k_tainted_test_about"]:
        if not isinstance(d.get(key), str):
            fail(f"{key}: expected a text")
    refs = {f"I{r:02d}.png" for r in range(1, 82)}
    for section, parts, sizes in [("kadid10k_by_reference", ["train_refs", "test_refs"], [65, 16]),
                                  ("konvid1k_by_video", ["train", "val", "test"], [720, 240, 240])]:
        if sorted(d[section], key=int) != SEEDS:
            fail(f"{section}: expected the seeds {SEEDS}, found {sorted(d[section])}")
        for seed in SEEDS:
            lists = [d[section][seed][p] for p in parts]
            for p, lst, n in zip(parts, lists, sizes):
                if len(lst) != n or len(set(lst)) != n or not all(isinstance(x, str) and x for x in lst):
                    fail(f"{section}.{seed}.{p}: expected {n} distinct names, found {len(lst)} ({len(set(lst))} distinct)")
            union = set().union(*map(set, lists))
            if len(union) != sum(sizes):
                fail(f"{section}.{seed}: its parts overlap")
            if section.startswith("kadid") and union != refs:
                fail(f"{section}.{seed}: the references are not I01.png … I81.png")
    for seed in SEEDS:
        redraw = d["konvid1k_tainted_test_one_redraw"][seed]
        videos = set().union(*(set(d["konvid1k_by_video"][seed][p]) for p in ["train", "val", "test"]))
        if len(redraw) != 240 or not set(redraw) <= videos:
            fail(f"konvid1k_tainted_test_one_redraw.{seed}: expected 240 of the seed's 1,200 videos")
    digest = hashlib.sha256(raw).hexdigest()
    if len(sys.argv) > 1:
        with open(sys.argv[1], "rb") as f:
            source = f.read()
        if source != raw:
            fail(f"differs from {sys.argv[1]} (sha256 {hashlib.sha256(source).hexdigest()} vs {digest})")
    print(f"{SHIPPED}: ok (sha256 {digest})" + (f", identical to {sys.argv[1]}" if len(sys.argv) > 1 else ""))


if __name__ == "__main__":
    main()
