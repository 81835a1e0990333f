#!/usr/bin/python3
"""Tables every results/reaction/*/metrics.json beside the thesis' figures.

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


print("| model | test reactions | subset acc | F1 | L1 | L2 | EleMD | R² | ≤ EleMD 2 | action AE (seq / step) |")
print("|---|---|---|---|---|---|---|---|---|---|")
for name, values in THESIS:
    print(row(name, values))
for path in sorted(glob.glob("results/reaction/*/metrics.json")):
    report = json.load(open(path))
    folder = os.path.basename(os.path.dirname(path))
    for label, key in (("ours: " + folder, "model"), ("ours: Null on " + folder, "null")):
        m = report[key]
        ae = "{:.3f} / {:.3f}".format(report["action_reconstruction_sequence_accuracy"],
                                      report["action_reconstruction_step_accuracy"]) if key == "model" else ""
        print(row(label, [m[f] for f in FIELDS], "{:.3f}".format(m["within_element_movers2"]), ae,
                  "{:,}".format(report["test_reactions"])))
