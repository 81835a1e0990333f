#!/usr/bin/python3
"""Tables every results/reaction/*/metrics.json beside the thesis' figures: the raw figures, the fraction errors
as a share of the same split's Null baseline (comparable across averaging conventions and dataset releases), and
the test reactions whose exact inputs recur in training.

    /usr/bin/python3 bench/reaction-table.py > results/reaction/TABLE.md
"""
import glob
import json
import os

# Goodall thesis ch. 5 (random 80/20 split, threshold 0.5): subset acc, F1, L1, L2, EleMD, R².
THESIS = [
    ("thesis: Null, ≤ 10 precursors (16,231)", (0.338, 0.986, 0.262, 0.148, 4.98, 0.840)),
    ("thesis: reaction graph without actions, ≤ 10", (0.933, 0.990, 0.136, 0.079, 2.44, 0.930)),
    ("thesis: reaction graph with actions, ≤ 10", (0.940, 0.991, 0.126, 0.073, 2.29, 0.935)),
    ("thesis: Magpie baseline with mask, ≤ 3 (11,083)", (0.944, 0.992, 0.160, 0.097, 2.94, 0.898)),
    ("thesis: reaction graph, ≤ 3", (0.960, 0.994, 0.130, 0.079, 2.38, 0.915)),
]
FIELDS = ("subset_accuracy", "weighted_f1", "mean_l1", "mean_l2", "mean_element_movers", "r2")


def row(name, values, within="", reconstruction="", reactions=""):
    cells = ["{:.3f}".format(v) if i != 4 else "{:.2f}".format(v) for i, v in enumerate(values)]
    return "| {} | {} | {} | {} | {} |".format(name, reactions, " | ".join(cells), within, reconstruction)


reports = [(os.path.basename(os.path.dirname(p)), json.load(open(p)))
           for p in sorted(glob.glob("results/reaction/*/metrics.json"))]

print("| model | test reactions | subset acc | F1 | L1 | L2 | EleMD | R² | ≤ EleMD 2 | action AE (seq / step) |")
print("|---|---|---|---|---|---|---|---|---|---|")
for name, values in THESIS:
    print(row(name, values))


def retrieval_aware(report):
    """The retrieval-aware stoichiometry's fractions (issue 14, item 3), where the candidate table has them."""
    rows = (report.get("candidates") or {}).get("rows", [])
    return next((r["metrics"]["top_candidate"] for r in rows if r["name"] == "retrieval-aware fractions"), None)


for folder, report in reports:
    for label, key in (("ours: " + folder, "model"), ("ours: Null on " + folder, "null")):
        m = report[key]
        ae = "{:.3f} / {:.3f}".format(report["action_reconstruction_sequence_accuracy"],
                                      report["action_reconstruction_step_accuracy"]) if key == "model" else ""
        print(row(label, [m[f] for f in FIELDS], "{:.3f}".format(m["within_element_movers2"]), ae,
                  "{:,}".format(report["test_reactions"])))
        if key == "model" and retrieval_aware(report):
            r = retrieval_aware(report)
            print(row("ours: " + folder + ", retrieval-aware fractions", [r[f] for f in FIELDS],
                      "{:.3f}".format(r["within_element_movers2"]), "", "{:,}".format(report["test_reactions"])))

print()
print("Fraction errors as a share of the same split's Null baseline (lower is better; 1 = no better than Null):")
print()
print("| model | L1 / Null | L2 / Null | EleMD / Null | (1 − R²) / (1 − R² of Null) |")
print("|---|---|---|---|---|")


def relative(name, model, null):
    l1, l2, emd, r2 = model
    nl1, nl2, nemd, nr2 = null
    print("| {} | {:.2f} | {:.2f} | {:.2f} | {:.2f} |".format(name, l1 / nl1, l2 / nl2, emd / nemd, (1 - r2) / (1 - nr2)))


# Only the thesis' ≤ 10 rows have a Null of their own.
for name, values in THESIS[1:3]:
    relative(name, values[2:], THESIS[0][1][2:])
FRACTION_FIELDS = ("mean_l1", "mean_l2", "mean_element_movers", "r2")
for folder, report in reports:
    relative("ours: " + folder, [report["model"][f] for f in FRACTION_FIELDS], [report["null"][f] for f in FRACTION_FIELDS])
    if retrieval_aware(report):
        relative("ours: " + folder + ", retrieval-aware fractions", [retrieval_aware(report)[f] for f in FRACTION_FIELDS],
                 [report["null"][f] for f in FRACTION_FIELDS])

print()
print("Test reactions whose exact inputs (precursors and actions) recur in training, against the average recorded")
print("product of those training twins (the best any model can do on them, since it sees nothing else):")
print()
print("| model | such test reactions | model L1 | twins' average L1 | model EleMD | twins' average EleMD |")
print("|---|---|---|---|---|---|")
for folder, report in reports:
    same = report.get("same_inputs_in_training")
    if same:
        m, t = same["model"], same["average_of_twins"]
        print("| ours: {} | {:,} ({:.0%}) | {:.3f} | {:.3f} | {:.2f} | {:.2f} |".format(
            folder, same["reactions"], same["share_of_test"], m["mean_l1"], t["mean_l1"],
            m["mean_element_movers"], t["mean_element_movers"]))

variants = sorted(glob.glob("results/reaction/regressor-variants/*.json"))
if variants:
    print()
    print("Stoichiometry regressor variants on the same classifier members (bench/regressor-variants.sh):")
    print()
    print("| regressor | L1 | L2 | EleMD | R² | ≤ EleMD 2 |")
    print("|---|---|---|---|---|---|")
    for path in variants:
        m = json.load(open(path))["model"]
        print("| {} | {:.3f} | {:.3f} | {:.2f} | {:.3f} | {:.3f} |".format(
            os.path.basename(path)[:-5], m["mean_l1"], m["mean_l2"], m["mean_element_movers"], m["r2"],
            m["within_element_movers2"]))

with_candidates = [(folder, report) for folder, report in reports if report.get("candidates")]
if with_candidates:
    print()
    print("Is the top answer the recorded compound? Exact-product rate (top answer within L1 0.05, and 0.02, of the")
    print("recorded product), top-k candidate accuracy, composition figures of the top answer, and whether the confidence")
    print("tells right from wrong (AUROC of the top answer's probability; expected calibration error, 10 bins). The")
    print("literature of every row is the training part of the split, each reaction's own paper left out; lookups and")
    print("Null have no confidence (AUROC 0.5). Ablation rows retrain the scorer without one source or input:")
    for folder, report in with_candidates:
        c = report["candidates"]
        print()
        beside = c.get("scorer_training_reactions", 0)
        print("**{}** ({:,} test reactions; scorer {}, trained on {:,} validation reactions{}; {:,} training reactions as the"
              " literature)".format(folder, report["test_reactions"], c["scorer"], c["validation_reactions"],
                                    " and {:,} training reactions".format(beside) if beside else "", c["literature_reactions"]))
        print()
        print("| method | exact (L1 < 0.05) | exact (< 0.02) | top-3 | top-5 | recorded among candidates | subset acc | EleMD |"
              " ≤ EleMD 2 | AUROC | ECE |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for r in c["rows"]:
            m, t = r["metrics"], r["metrics"]["top_candidate"]
            print("| {} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.2f} | {:.3f} | {:.3f} | {:.3f} |".format(
                r["name"], m["exact_within005"], m["exact_within002"], m["top3"], m["top5"], m["recorded_among_candidates"],
                t["subset_accuracy"], t["mean_element_movers"], t["within_element_movers2"], m["auroc"],
                m["expected_calibration_error"]))
