"""Checks our reaction model against the PyTorch reference on an export of `synthesis export-weights`: the same outputs
for the same encoded reactions, and the same loss and gradients for one training step of member 0.

usage: /usr/bin/python3 bench/torch_reference/compare.py EXPORT_DIR [--threads N] [--tolerance 1e-5] [--json OUT]
Prints the largest absolute difference per output; exit code 1 when one exceeds the tolerance, 2 on bad input."""
import argparse
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import archive  # noqa: E402
from reaction_model import ReactionModel, classifier_loss, fraction_loss  # noqa: E402

OUTPUTS = ["probabilities", "fractions", "fraction_std", "uncertainty", "embedding"]


def largest_difference(a, b):
    return float((a.double() - b.double()).abs().max()) if a.numel() else 0.0


def gradients(module, loss):
    module.zero_grad()
    loss.backward()
    return {name: p.grad for name, p in module.named_parameters()}


def training_step(model, tensors, index):
    """Loss and gradients of classifier and regressor member 0 on the exported training batch, beside ours."""
    batch = archive.group(tensors, "training.inputs")
    element_vectors = tensors["inputs.element_vectors"]
    with torch.no_grad():
        u = model.action_embedding(batch)
    classifier, regressor = model.classifiers[0], model.regressors[0]
    _, logits = classifier(batch, u)
    losses = {"classifier": classifier_loss(logits, batch["product_presence"], batch["allowed_mask"])}
    grads = {"classifier": gradients(classifier, losses["classifier"])}
    targets = batch["product_fractions"]
    predicted = regressor(tensors["training.regressor.context"], batch["precursor_mixture"], element_vectors, targets > 0)
    losses["regressor"] = fraction_loss(index["model"]["options"]["regressor_loss"], predicted, targets)
    grads["regressor"] = gradients(regressor, losses["regressor"])
    report = {}
    for part in ("classifier", "regressor"):
        ours = archive.group(tensors, f"training.{part}.grad")
        differences = {name: largest_difference(g, ours[name]) for name, g in grads[part].items()}
        worst = max(differences, key=differences.get)
        report[part] = {
            "loss_ours": float(tensors[f"training.{part}.loss"]), "loss_reference": float(losses[part]),
            "loss_difference": abs(float(tensors[f"training.{part}.loss"]) - float(losses[part])),
            "largest_gradient_difference": differences[worst], "at": worst,
            "largest_gradient": max(float(g.abs().max()) for g in grads[part].values()),
        }
    return report


def compare(directory, tolerance):
    index, tensors = archive.load(directory)
    model = ReactionModel(index["model"]).load_exported(archive.group(tensors, "weights"))
    inputs = archive.group(tensors, "inputs")
    ours = archive.group(tensors, "outputs")
    report = {"model": index["model"]["version"], "reactions": len(index["reactions"]), "tolerance": tolerance,
              "threads": torch.get_num_threads(), "torch": torch.__version__}
    for form, literal in (("factored", False), ("literal", True)):
        with torch.inference_mode():
            reference = model(inputs, inputs["element_vectors"], literal=literal)
        flips = int((reference["present"] != ours["present"]).sum())
        report[form] = {"present_flips": flips, **{name: largest_difference(reference[name], ours[name]) for name in OUTPUTS}}
    report["training"] = training_step(model, tensors, index)
    failures = [f"{form}.{name} {report[form][name]:.3g}" for form in ("factored", "literal") for name in OUTPUTS
                if report[form][name] > tolerance]
    failures += [f"{form}.present: {report[form]['present_flips']} elements chosen differently"
                 for form in ("factored", "literal") if report[form]["present_flips"]]
    failures += [f"training.{part}.loss {t['loss_difference']:.3g}" for part, t in report["training"].items()
                 if t["loss_difference"] > tolerance]
    failures += [f"training.{part} gradient {t['largest_gradient_difference']:.3g} at {t['at']}" for part, t in report["training"].items()
                 if t["largest_gradient_difference"] > tolerance * max(1.0, t["largest_gradient"])]
    report["failures"] = failures
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--tolerance", type=float, default=1e-5)
    parser.add_argument("--json")
    arguments = parser.parse_args()
    if not os.path.isfile(os.path.join(arguments.export, "index.json")):
        print(f"compare: no export in {arguments.export} (run `synthesis export-weights --out {arguments.export}`)", file=sys.stderr)
        return 2
    torch.set_num_threads(arguments.threads)
    report = compare(arguments.export, arguments.tolerance)
    print(f"{report['model']}, {report['reactions']} reactions, torch {report['torch']}, {report['threads']} thread(s)")
    for form in ("factored", "literal"):
        print(f"  {form:9s} " + "  ".join(f"{name} {report[form][name]:.2e}" for name in OUTPUTS)
              + f"  present flips {report[form]['present_flips']}")
    for part, t in report["training"].items():
        print(f"  training {part}: loss {t['loss_reference']:.6f} (ours {t['loss_ours']:.6f}), largest gradient difference "
              f"{t['largest_gradient_difference']:.2e} at {t['at']} (largest gradient {t['largest_gradient']:.2e})")
    if arguments.json:
        with open(arguments.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    print("same within tolerance" if not report["failures"] else "DIFFERENT: " + "; ".join(report["failures"]))
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
