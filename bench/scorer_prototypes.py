#!/usr/bin/python3
"""Candidate scorers tried outside the service, on the features bench/candidate-variants.sh features dumps.

    bench/candidate-variants.sh features                      # -> data/candidate-features.csv (~1 min)
    /usr/bin/python3 bench/scorer_prototypes.py [data/candidate-features.csv] [results/reaction/scorer-prototypes.json]

Each scorer is a conditional logit with a "none of these" option, trained on the validation reactions and the training
sample (as `synthesis train candidates` trains the shipped one) and evaluated on the test reactions: exact-product rate
of the top answer, top-5, AUROC and ECE of its probability. Answers cover probability as CandidateAnswers.Covering does,
without its preference for recorded compounds, so the "shipped form" row here is close to, not equal to, the service's
figures. ~1–2 min per scorer on 2 cores (python3-torch, python3-numpy).
"""
import csv, json, sys
import numpy as np
import torch

torch.set_num_threads(2)
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "data/candidate-features.csv"
OUTPUT = sys.argv[2] if len(sys.argv) > 2 else "results/reaction/scorer-prototypes.json"


def load(path):
    rows = csv.reader(open(path))
    head = next(rows)
    width = sum(1 for h in head[5:] if not h.startswith("r."))
    parts = {}
    for r in rows:
        group = parts.setdefault(r[0], {}).setdefault(r[1], {"X": [], "y": [], "fractions": []})
        group["Z"] = [float(v) for v in r[5 + width:]]
        if r[3] == "NONE":
            continue
        group["X"].append([float(v) for v in r[5:5 + width]])
        group["y"].append(int(r[2]))
        group["fractions"].append({kv.split(":")[0]: float(kv.split(":")[1]) for kv in r[4].split(";")})
    return head[5:5 + width], {p: list(d.values()) for p, d in parts.items()}


def tensors(groups, width):
    m = max(len(g["y"]) for g in groups)
    n = len(groups)
    x, y, mask = np.zeros((n, m, width), np.float32), np.zeros((n, m), np.float32), np.zeros((n, m), bool)
    z = np.array([g["Z"] for g in groups], np.float32)
    for i, g in enumerate(groups):
        k = len(g["y"])
        if k:
            x[i, :k], y[i, :k], mask[i, :k] = g["X"], g["y"], True
    return torch.tensor(x), torch.tensor(y), torch.tensor(mask), torch.tensor(z)


def standardised(learn, test, width):
    """Both sides' tensors, candidate and reaction features scaled by the learning side's mean and spread (bias column kept)."""
    xt, yt, mt, zt = tensors(learn, width)
    xe, _, me, ze = tensors(test, width)
    flat = xt[mt]
    mean, scale = flat.mean(0), flat.std(0, unbiased=False)
    scale[scale < 1e-9] = 1
    zmean, zscale = zt.mean(0), zt.std(0, unbiased=False)
    zscale[zscale < 1e-9] = 1
    zmean[0], zscale[0] = 0, 1
    return ((xt - mean) / scale, yt, mt, (zt - zmean) / zscale), ((xe - mean) / scale, me, (ze - zmean) / zscale)


def l1(a, b):
    return sum(abs(a.get(k, 0) - b.get(k, 0)) for k in set(a) | set(b))


def answers(group, p, k=5):
    """Greedy covering: the candidate whose neighbours within L1 0.05 hold the most uncovered probability, then the next."""
    n = len(p)
    near = [[j for j in range(n) if l1(group["fractions"][i], group["fractions"][j]) < 0.05] for i in range(n)]
    covered, out = [False] * n, []
    for _ in range(min(k, n)):
        best, mass = -1, -1.0
        for a in range(n):
            if not covered[a]:
                c = sum(p[j] for j in near[a] if not covered[j])
                if c > mass + 1e-12:
                    best, mass = a, c
        out.append((best, mass))
        for j in near[best]:
            covered[j] = True
    return out


def auroc(s, y):
    s, y = np.asarray(s), np.asarray(y)
    ranks = np.empty(len(s))
    ranks[np.argsort(s, kind="stable")] = np.arange(1, len(s) + 1)
    n1 = y.sum()
    return float((ranks[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * (len(y) - n1)))


def ece(s, y, bins=10):
    s, y = np.asarray(s), np.asarray(y)
    total = 0.0
    for b in range(bins):
        m = (s >= b / bins) & ((s < (b + 1) / bins) if b < bins - 1 else (s <= 1))
        if m.sum():
            total += m.sum() / len(s) * abs(s[m].mean() - y[m].mean())
    return float(total)


def evaluate(groups, probabilities):
    top1, top5, confidence = [], [], []
    for g, p in zip(groups, probabilities):
        if not g["y"]:
            top1.append(0); top5.append(0); confidence.append(0.0)
            continue
        a = answers(g, p)
        top1.append(g["y"][a[0][0]]); top5.append(int(any(g["y"][i] for i, _ in a))); confidence.append(a[0][1])
    top1 = np.array(top1)
    return {"exact": round(float(top1.mean()), 4), "top5": round(float(np.mean(top5)), 4),
            "auroc": round(auroc(confidence, top1), 4), "ece": round(ece(confidence, top1), 4)}


class ShippedForm(torch.nn.Module):
    """s(x) = w·x + Σ a_h tanh(U_h·x + b_h); none = v·z (CandidateScorer)."""
    def __init__(self, width, reaction_width, hidden=8):
        super().__init__()
        self.w, self.u = torch.nn.Linear(width, 1, bias=False), torch.nn.Linear(width, hidden)
        self.a, self.v = torch.nn.Linear(hidden, 1, bias=False), torch.nn.Linear(reaction_width, 1, bias=False)
        torch.nn.init.normal_(self.u.weight, 0, 0.1)
        for layer in (self.w, self.a, self.v):
            torch.nn.init.zeros_(layer.weight)
        torch.nn.init.zeros_(self.u.bias)

    def forward(self, x, mask, z):
        s = (self.w(x) + self.a(torch.tanh(self.u(x)))).squeeze(-1).masked_fill(~mask, -1e9)
        return torch.cat([s, self.v(z)], 1)


class Deep(torch.nn.Module):
    """Two ReLU layers of 64; with set context, each feature also minus the set's best, and the set's best to "none"."""
    def __init__(self, width, reaction_width, context=False):
        super().__init__()
        self.context = context
        inputs = width * (2 if context else 1)
        self.f = torch.nn.Sequential(torch.nn.Linear(inputs, 64), torch.nn.ReLU(), torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 1))
        self.v = torch.nn.Sequential(torch.nn.Linear(reaction_width + (width if context else 0), 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))

    def forward(self, x, mask, z):
        if self.context:
            best = x.masked_fill(~mask.unsqueeze(-1), -1e4).max(1).values
            x, z = torch.cat([x, x - best.unsqueeze(1)], -1), torch.cat([z, best.clamp(min=-10)], -1)
        return torch.cat([self.f(x).squeeze(-1).masked_fill(~mask, -1e9), self.v(z)], 1)


def train(model, x, y, mask, z, iterations, rate, l2):
    optimiser = torch.optim.Adam(model.parameters(), lr=rate)
    none_right = (y.sum(1) == 0).float().unsqueeze(1)
    target = torch.cat([y, none_right], 1)
    for _ in range(iterations):
        optimiser.zero_grad()
        log_p = torch.log_softmax(model(x, mask, z), 1)
        loss = -torch.logsumexp(log_p.masked_fill(target == 0, -1e9), 1).mean()
        penalty = sum((p ** 2).sum() for n, p in model.named_parameters() if not n.startswith("v")) * l2 / 2
        (loss + penalty).backward()
        optimiser.step()
    return model


def probabilities(model, x, mask, z, groups):
    model.eval()
    with torch.no_grad():
        p = torch.softmax(model(x, mask, z), 1)[:, :-1].numpy()
    return [p[i, :len(g["y"])] for i, g in enumerate(groups)]


def main():
    names, data = load(SOURCE)
    learn, test = data["validation"] + data["train"], data["test"]
    width = len(names)
    (xt, yt, mt, zt), (xe, me, ze) = standardised(learn, test, width)
    validation = len(data["validation"])
    seen = torch.zeros(xt.shape[0], xt.shape[1], 1)
    seen[validation:] = 1
    # The set's best of 11 features (Jaccard, shares, supports, formula size, prototype support, sources, likelihood, L1) to "none".
    chosen = [0, 1, 3, 5, 15, 20, 12, 17, 23, 10, 7]

    def best_of(x, mask):
        b = x[:, :, chosen].masked_fill(~mask.unsqueeze(-1), -1e4).max(1).values
        b[mask.sum(1) == 0] = 0
        return b

    tripled = torch.cat([torch.arange(validation)] * 3 + [torch.arange(validation, xt.shape[0])])
    rows = []

    def run(name, description, make, x, y, mask, z, x_test, z_test, iterations=400, rate=0.05, l2=1e-3):
        torch.manual_seed(0)
        model = train(make(), x, y, mask, z, iterations, rate, l2)
        figures = evaluate(test, probabilities(model, x_test, me, z_test, test))
        rows.append({"name": name, "description": description, **figures})
        print(f"{name:<22} exact {figures['exact']:.3f}  top-5 {figures['top5']:.3f}  AUROC {figures['auroc']:.3f}  ECE {figures['ece']:.3f}", flush=True)

    run("shipped form", "linear + 8 tanh units, Adam 0.05, L2 1e-3, 400 full-batch steps (CandidateScorer)",
        lambda: ShippedForm(width, zt.shape[1]), xt, yt, mt, zt, xe, ze)
    run("mlp-64", "two ReLU layers of 64, Adam 0.01, L2 1e-4, 300 steps",
        lambda: Deep(width, zt.shape[1]), xt, yt, mt, zt, xe, ze, 300, 0.01, 1e-4)
    run("mlp-64 set context", "the same, each feature also minus the set's best",
        lambda: Deep(width, zt.shape[1], context=True), xt, yt, mt, zt, xe, ze, 300, 0.01, 1e-4)
    run("seen indicator", "shipped form + a feature: 1 for the training sample (the members trained on it), 0 when served",
        lambda: ShippedForm(width + 1, zt.shape[1] + 1), torch.cat([xt, seen], -1), yt, mt, torch.cat([zt, seen[:, 0]], -1),
        torch.cat([xe, torch.zeros(xe.shape[0], xe.shape[1], 1)], -1), torch.cat([ze, torch.zeros(ze.shape[0], 1)], -1))
    run("validation 3x", "shipped form, the validation reactions counted three times",
        lambda: ShippedForm(width, zt.shape[1]), xt[tripled], yt[tripled], mt[tripled], zt[tripled], xe, ze)
    run("set best to none", "shipped form, the set's best of 11 features added to the none option",
        lambda: ShippedForm(width, zt.shape[1] + len(chosen)), xt, yt, mt, torch.cat([zt, best_of(xt, mt)], 1), xe, torch.cat([ze, best_of(xe, me)], 1))
    json.dump({"source": SOURCE, "test_reactions": len(test), "learning_reactions": len(learn), "scorers": rows},
              open(OUTPUT, "w"), indent=2)
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
