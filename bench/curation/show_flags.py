#!/usr/bin/python3
"""Print the evidence a curator needs to judge a rank range of curation flags.

Usage (from the repository root; Debian's python3, no third-party packages):
    nice -n 10 /usr/bin/python3 bench/curation/show_flags.py FIRST LAST [--flags results/curation/flags.tsv]
        [--source datasets/reactions/solid-state_dataset_2019-12-03.json.xz] [--chars 600]

For each flag of rank FIRST..LAST in flags.tsv it prints the recorded product, the top candidate, the reasons, the
reaction string, the target's material string / formula (with its variables and additives), the precursors, the
other targets mined from the same paper, and the paragraph trimmed to the sentences that name the product or a
precursor (at most --chars characters; the source itself abridges long paragraphs with "<...>").

A flag's reaction id is mapped to its source record the way the importer makes it
(src/Synthesis.Data/Cleaning/ReactionKeys.cs, src/Synthesis.Data/Import/ReactionImporter.cs): "r" + the first 12
lower-case hex digits of SHA-256 over doi.lower() + "\n" + reaction_string, both as stored in the source (no
trimming); an empty reaction string is replaced by "#<index in the source list>"; the n-th repeat of the same id
gets "-n" appended. `--check results/curation/top50-judged.tsv` verifies that every id of a judged file maps.
"""
import argparse
import csv
import hashlib
import json
import lzma
import re
import sys
from collections import defaultdict


def stable_id(doi, reaction_string, index):
    text = reaction_string if reaction_string else f"#{index}"
    return "r" + hashlib.sha256(f"{doi.lower()}\n{text}".encode("utf-8")).hexdigest()[:12]


def index_source(path):
    reactions = json.load(lzma.open(path))["reactions"]
    by_id, by_doi, counts = {}, defaultdict(list), defaultdict(int)
    for i, r in enumerate(reactions):
        rid = stable_id(r.get("doi") or "", r.get("reaction_string") or "", i)
        counts[rid] += 1
        if counts[rid] > 1:
            rid = f"{rid}-{counts[rid]}"
        by_id[rid] = r
        by_doi[(r.get("doi") or "").lower()].append(r)
    return by_id, by_doi


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def names(material):
    """The words a paragraph may use for a material: its string, formula and the formulas of its parts."""
    out = {material.get("material_string") or "", material.get("material_formula") or ""}
    out.update(c.get("formula") or "" for c in material.get("composition") or [])
    return {n for n in out if len(n) >= 2}


def trim_paragraph(text, wanted, limit):
    sentences = re.split(r"(?<=[.;])\s+", text or "")
    keys = [w.lower() for w in wanted]
    hits = [s for s in sentences if any(k in s.lower() for k in keys)]
    chosen = hits if hits else sentences[:3]
    out = " | ".join(chosen)
    return out if len(out) <= limit else out[:limit] + " ..."


def show(flag, record, same_paper, limit):
    t = record["target"]
    print(f"=== #{flag['rank']} score {flag['score']}  {flag['reaction_id']}  doi {flag['doi']}")
    print(f"  recorded: {flag['recorded_product']}   top candidate: {flag['predicted_product']} "
          f"(conf {flag['confidence']})   reasons: {flag['reasons']}")
    print(f"  reaction: {record.get('reaction_string')}")
    extra = {k: t.get(k) for k in ("amounts_vars", "elements_vars", "additives") if t.get(k)}
    print(f"  target: string={t.get('material_string')!r} formula={t.get('material_formula')!r} "
          f"targets_string={record.get('targets_string')} {extra if extra else ''}")
    print(f"  precursors: {', '.join(p.get('material_string') or '' for p in record.get('precursors') or [])}")
    others = sorted({o['target'].get('material_string') or '' for o in same_paper} - {t.get('material_string')})
    if others:
        print(f"  same paper's other targets: {', '.join(others)[:300]}")
    wanted = names(t) | set().union(*(names(p) for p in record.get("precursors") or [])) if record.get("precursors") else names(t)
    print(f"  paragraph: {trim_paragraph(record.get('paragraph_string'), wanted, limit)}")
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=int, nargs="?", default=1)
    ap.add_argument("last", type=int, nargs="?", default=50)
    ap.add_argument("--flags", default="results/curation/flags.tsv")
    ap.add_argument("--source", default="datasets/reactions/solid-state_dataset_2019-12-03.json.xz")
    ap.add_argument("--chars", type=int, default=600)
    ap.add_argument("--check", help="a judged TSV whose reaction ids must all map to source records")
    args = ap.parse_args()
    by_id, by_doi = index_source(args.source)
    if args.check:
        rows = read_tsv(args.check)
        missing = [r["reaction_id"] for r in rows if r["reaction_id"] not in by_id]
        print(f"{len(rows) - len(missing)} of {len(rows)} ids map to source records; missing: {missing}")
        sys.exit(1 if missing else 0)
    for flag in read_tsv(args.flags):
        if args.first <= int(flag["rank"]) <= args.last:
            record = by_id.get(flag["reaction_id"])
            if record is None:
                print(f"=== #{flag['rank']} {flag['reaction_id']}: no source record with this id\n")
                continue
            show(flag, record, by_doi[record["doi"].lower()], args.chars)


if __name__ == "__main__":
    main()
