#!/usr/bin/python3
"""Gradient-boosted trees tried beside the shipped candidate scorer, on the features bench/candidate-variants.sh dumps.

    bench/candidate-variants.sh features                   # -> data/candidate-features.csv (~1 min)
    /usr/bin/python3 bench/scorer_trees.py [data/candidate-features.csv] [results/reaction/scorer-trees.json]

Two questions, each on the same candidates, learning and test reactions as bench/scorer_prototypes.py (whose data
loading, answer covering and measures this reuses):
1. Does a tree model rank candidates better than the conditional logit? Trees (sklearn's histogram gradient boosting,
   one row per candidate, "is it within L1 0.05 of the recorded product") are scored three ways: alone, with their
   probabilities renormalised per reaction; as the only feature of a conditional logit with "none"; and as a 27th
   feature of the shipped form. The learning reactions' tree scores are out-of-fold (5 folds over reactions), so the
   logit does not learn from scores the trees fitted.
2. Does a second model on top tell a right first answer from a wrong one better than the scorer's own probability
   (the AUROC target)? The shipped form is cross-fitted over the learning reactions (5 folds) so that its first
   answers there are out-of-sample; a logistic regression and trees then learn "the first answer is right" from the
   first three answers' probabilities, the candidate count, the first answer's features and the reaction's.
~25 min on 2 cores (python3-sklearn, python3-torch, python3-numpy).
"""
import json, sys
import numpy as np
import torch
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
import scorer_prototypes as sp

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "data/candidate-features.csv"
OUTPUT = sys.argv[2] if len(sys.argv) > 2 else "results/reaction/scorer-trees.json"
FOLDS = 5
RANKING_TREES = dict(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, min_samples_leaf=40, l2_regularization=1.0, random_state=0)
CONFIDENCE_TREES = dict(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=50, l2_regularization=1.0, random_state=0)


def candidate_rows(groups):
    """One row per candidate: its features and its reaction's; whether it is right; which reaction it belongs to."""
    x, y, owner = [], [], []
    for i, g in enumerate(groups):
        for features, right in zip(g["X"], g["y"]):
            x.append(features + g["Z"]); y.append(right); owner.append(i)
    return np.array(x, np.float32), np.array(y), np.array(owner)


def per_reaction(groups, owner, values):
    out = [[] for _ in groups]
    for i, v in zip(owner, values):
        out[i].append(v)
    return out


def with_column(x, scores):
    column = torch.zeros(x.shape[0], x.shape[1], 1)
    for i, s in enumerate(scores):
        if s:
            column[i, :len(s), 0] = torch.tensor(s, dtype=torch.float32)
    return torch.cat([x, column], -1)


def shipped(width, reaction_width, x, y, mask, z, hidden=8):
    torch.manual_seed(0)
    return sp.train(sp.ShippedForm(width, reaction_width, hidden), x, y, mask, z, 400, 0.05, 1e-3)


def first_answer_rows(groups, probabilities, x, z):
    """Per reaction: the first three answers' probabilities, log candidate count, the first's features, the reaction's."""
    rows, right = [], []
    for i, (g, p) in enumerate(zip(groups, probabilities)):
        if not g["y"]:
            rows.append(np.zeros(4 + x.shape[2] + z.shape[1], np.float32)); right.append(0)
            continue
        answers = sp.answers(g, p)
        mass = [m for _, m in answers] + [0.0, 0.0]
        first = answers[0][0]
        rows.append(np.concatenate([[mass[0], mass[1], mass[2], np.log(len(g["y"]))], x[i, first].numpy(), z[i].numpy()]))
        right.append(g["y"][first])
    return np.array(rows), np.array(right)


def main():
    torch.set_num_threads(2)
    names, data = sp.load(SOURCE)
    learn, test = data["validation"] + data["train"], data["test"]
    width = len(names)
    (xt, yt, mt, zt), (xe, me, ze) = sp.standardised(learn, test, width)
    fold = np.random.RandomState(0).randint(0, FOLDS, len(learn))
    rows = []

    def report(name, description, figures):
        rows.append({"name": name, "description": description, **figures})
        print(f"{name:<28} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()), flush=True)

    shipped_model = shipped(width, zt.shape[1], xt, yt, mt, zt)
    shipped_test = sp.probabilities(shipped_model, xe, me, ze, test)
    report("shipped form", "linear + 8 tanh units (CandidateScorer)", sp.evaluate(test, shipped_test))

    # 1. Trees as the ranker.
    rows_learn, right_learn, owner_learn = candidate_rows(learn)
    rows_test, _, owner_test = candidate_rows(test)
    out_of_fold = np.zeros(len(right_learn))
    for f in range(FOLDS):
        fitting = fold[owner_learn] != f
        trees = HistGradientBoostingClassifier(**RANKING_TREES).fit(rows_learn[fitting], right_learn[fitting])
        out_of_fold[~fitting] = trees.decision_function(rows_learn[~fitting])
    trees_test = HistGradientBoostingClassifier(**RANKING_TREES).fit(rows_learn, right_learn).decision_function(rows_test)
    scores_learn, scores_test = per_reaction(learn, owner_learn, out_of_fold), per_reaction(test, owner_test, trees_test)
    alone = [np.asarray(1 / (1 + np.exp(-np.asarray(s)))) for s in scores_test]
    report("trees alone", "per-candidate probability, divided by its reaction's sum where that exceeds 1",
           sp.evaluate(test, [p / max(1.0, p.sum()) for p in alone]))
    x_learn, x_test = with_column(xt, scores_learn), with_column(xe, scores_test)
    logit = shipped(1, zt.shape[1], x_learn[:, :, -1:], yt, mt, zt, hidden=1)
    report("trees in a logit", "the trees' out-of-fold log-odds as the only candidate feature of a conditional logit with none",
           sp.evaluate(test, sp.probabilities(logit, x_test[:, :, -1:], me, ze, test)))
    both = shipped(width + 1, zt.shape[1], x_learn, yt, mt, zt)
    report("shipped + trees", "the shipped form with the trees' out-of-fold log-odds as a 27th feature",
           sp.evaluate(test, sp.probabilities(both, x_test, me, ze, test)))

    # 2. A confidence model on top of the shipped form's first answer.
    cross_fitted = [None] * len(learn)
    for f in range(FOLDS):
        fitting, held = torch.tensor(np.where(fold != f)[0]), np.where(fold == f)[0]
        model = shipped(width, zt.shape[1], xt[fitting], yt[fitting], mt[fitting], zt[fitting])
        index = torch.tensor(held)
        for i, p in zip(held, sp.probabilities(model, xt[index], mt[index], zt[index], [learn[i] for i in held])):
            cross_fitted[i] = p
    features_learn, right_first_learn = first_answer_rows(learn, cross_fitted, xt, zt)
    features_test, right_first_test = first_answer_rows(test, shipped_test, xe, ze)
    for name, model in [("confidence: logistic", LogisticRegression(C=1.0, max_iter=2000)),
                        ("confidence: trees", HistGradientBoostingClassifier(**CONFIDENCE_TREES))]:
        confidence = model.fit(features_learn, right_first_learn).predict_proba(features_test)[:, 1]
        report(name, "learns 'the first answer is right' from the cross-fitted first answers of the learning reactions",
               {"auroc": round(sp.auroc(confidence, right_first_test), 4), "ece": round(sp.ece(confidence, right_first_test), 4)})
    json.dump({"source": SOURCE, "test_reactions": len(test), "learning_reactions": len(learn), "scorers": rows},
              open(OUTPUT, "w"), indent=2)
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
