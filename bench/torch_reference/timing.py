"""PyTorch's side of bench/torch-reference.sh: times the reference on the reactions `Synthesis.Bench.Reference` exported,
the same way it timed ours (median of repeats after a warm-up; the same thread count), and writes both with the ratios.

usage: /usr/bin/python3 bench/torch_reference/timing.py EXPORT_DIR --ours OURS_JSON --threads N --out JSON [--command TEXT]
Ratios are ours/PyTorch in time (a throughput ratio is PyTorch's reactions/s over ours): ≤ 1 means we are as fast."""
import argparse
import datetime
import json
import os
import platform
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import archive  # noqa: E402
from reaction_model import ReactionModel, classifier_loss  # noqa: E402

SINGLE_REACTIONS, REPEATS, TRAINING_STEPS = 200, 5, 10
PER_REACTION = ["actions", "action_lengths", "allowed_mask", "precursor_mixture", "product_presence", "product_fractions"]


def reactions(batch, start, stop):
    """Reactions [start, stop) of an encoded batch as a batch of their own (nodes and edges are sorted by reaction)."""
    nodes = torch.searchsorted(batch["node_reaction"], torch.tensor([start, stop])).tolist()
    edges = torch.searchsorted(batch["edge_target"], torch.tensor(nodes)).tolist()
    steps = max(1, int(batch["action_lengths"][start:stop].max()))
    part = {name: batch[name][start:stop].clone() for name in PER_REACTION}
    part["actions"] = part["actions"][:, :steps].contiguous()
    part["node_features"] = batch["node_features"][nodes[0]:nodes[1]].clone()
    part["node_reaction"] = batch["node_reaction"][nodes[0]:nodes[1]] - start
    part["edge_source"] = batch["edge_source"][edges[0]:edges[1]] - nodes[0]
    part["edge_target"] = batch["edge_target"][edges[0]:edges[1]] - nodes[0]
    return part


def forward(model, batch, element_vectors):
    """The ensemble's outputs read back as numpy arrays, as ours are read back into managed arrays."""
    with torch.inference_mode():
        return {name: value.numpy() for name, value in model(batch, element_vectors).items()}


def median_ms(run, items, warm_up):
    """Runs each item once after a warm-up: the median wall ms, and the mean process CPU ms per item (the steadier
    figure on a shared machine, where wall time includes waiting for a core)."""
    for item in items[:warm_up]:
        run(item)
    times = []
    cpu = time.process_time()
    for item in items:
        start = time.perf_counter()
        run(item)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), (time.process_time() - cpu) * 1000 / len(items)


def add(report, name, figure):
    report[name], report[name + "_cpu"] = figure


def training_step_ms(model, batch):
    classifier = model.classifiers[0].train()
    optimizer = torch.optim.Adam(classifier.parameters(), lr=1e-3)

    def step(_):
        optimizer.zero_grad()
        with torch.no_grad():
            u = model.action_embedding(batch)
        _, logits = classifier(batch, u)
        classifier_loss(logits, batch["product_presence"], batch["allowed_mask"]).backward()
        optimizer.step()
    return median_ms(step, list(range(TRAINING_STEPS)), warm_up=2)


def operations_per_reaction(model, batch, element_vectors):
    """Top-level aten operations one single-reaction forward pass issues: about the calls into libtorch it takes."""
    with torch.autograd.profiler.profile() as profile:
        forward(model, batch, element_vectors)
    return sum(1 for event in profile.function_events if event.cpu_parent is None)


def measure(model, inputs, element_vectors):
    count = inputs["actions"].shape[0]
    singles = [reactions(inputs, i, i + 1) for i in range(min(SINGLE_REACTIONS, count))]
    report = {}
    add(report, "single_reaction_forward_ms", median_ms(lambda b: forward(model, b, element_vectors), singles, warm_up=20))
    for size in (128, 1024):
        batches = [reactions(inputs, start, min(count, start + size)) for start in range(0, count, size)]
        wall, cpu = median_ms(lambda _: [forward(model, b, element_vectors) for b in batches], list(range(REPEATS)), warm_up=1)
        add(report, f"batch_{size}_forward_reactions_per_second", (count / wall * 1000, count / cpu * 1000))
    add(report, "training_step_ms", training_step_ms(model, reactions(inputs, 0, min(256, count))))
    report["operations_per_single_reaction"] = operations_per_reaction(model, singles[0], element_vectors)
    return report


# (our figure, PyTorch's figure, label, whether larger is faster), in the table's order. Ours runs the ensemble's
# members stacked (one batched product per layer for all members), as served, and one by one, like the reference.
FIGURES = [
    ("single_reaction_forward_ms", "single_reaction_forward_ms", "single reaction, forward (ms)", False),
    ("single_reaction_forward_members_one_by_one_ms", "single_reaction_forward_ms", "single reaction, forward, members one by one (ms)", False),
    ("batch_128_forward_reactions_per_second", "batch_128_forward_reactions_per_second", "batch 128, forward (reactions/s)", True),
    ("batch_128_forward_members_one_by_one_reactions_per_second", "batch_128_forward_reactions_per_second",
     "batch 128, forward, members one by one (reactions/s)", True),
    ("batch_1024_forward_reactions_per_second", "batch_1024_forward_reactions_per_second", "batch 1,024, forward (reactions/s)", True),
    ("batch_1024_forward_members_one_by_one_reactions_per_second", "batch_1024_forward_reactions_per_second",
     "batch 1,024, forward, members one by one (reactions/s)", True),
    ("training_step_ms", "training_step_ms", "training step, classifier member, batch 256 (ms)", False),
]


def ratios(ours, reference):
    """ours/PyTorch in time for each of our figures, in wall time and in CPU time (…_cpu)."""
    return {mine + suffix: reference[theirs + suffix] / ours[mine + suffix] if faster else ours[mine + suffix] / reference[theirs + suffix]
            for mine, theirs, _, faster in FIGURES for suffix in ("", "_cpu")}


def machine():
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8") if line.startswith("model name")), "?")
    return {"processor": model, "cores": os.cpu_count(), "system": platform.platform(), "load_average": list(os.getloadavg())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export")
    parser.add_argument("--ours", required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--command", default="")
    parser.add_argument("--load-at-start", default="", help="the load average when the run began (ours is timed first)")
    arguments = parser.parse_args()
    torch.set_num_threads(arguments.threads)
    before = machine()
    index, tensors = archive.load(arguments.export)
    model = ReactionModel(index["model"]).load_exported(archive.group(tensors, "weights"))
    reference = measure(model, archive.group(tensors, "inputs"), tensors["inputs.element_vectors"])
    with open(arguments.ours, encoding="utf-8") as f:
        ours = json.load(f)
    result = {
        "date_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "command": arguments.command, "load_average_at_start": arguments.load_at_start, "machine": before, "load_average_after": list(os.getloadavg()),
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY", ""), "threads": arguments.threads,
        "model": index["model"]["version"], "reactions": len(index["reactions"]),
        "pytorch": {"version": torch.__version__, "timings": reference},
        "ours": ours, "ratio_ours_over_pytorch": ratios(ours["timings"], reference),
    }
    os.makedirs(os.path.dirname(os.path.abspath(arguments.out)), exist_ok=True)
    with open(arguments.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
    ratio = result["ratio_ours_over_pytorch"]
    print("| measure | ours, wall | PyTorch, wall | ours/PyTorch, wall | ours, CPU | PyTorch, CPU | ours/PyTorch, CPU |")
    print("|---|---|---|---|---|---|---|")
    for mine, theirs, label, _ in FIGURES:
        print(f"| {label} | {ours['timings'][mine]:.1f} | {reference[theirs]:.1f} | {ratio[mine]:.2f} "
              f"| {ours['timings'][mine + '_cpu']:.1f} | {reference[theirs + '_cpu']:.1f} | {ratio[mine + '_cpu']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
