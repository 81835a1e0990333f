#!/usr/bin/env bash
# Ours beside PyTorch on the same reaction model, in one run: builds the bench (Release), exports the model with the
# first 1,024 test reactions of its split and times ours (bench/Synthesis.Bench.Reference), checks the PyTorch
# reference gives our outputs (bench/torch_reference/compare.py, 1e-5), then times the reference the same way with the
# same thread count (timing.py) and writes both with the ratios to results/bench/torch-reference.json.
# Environment: SYNTHESIS_DB / Synthesis__Database (default data/synthesis.db), SYNTHESIS_MODEL (models/reaction/paper-10-small, the default),
# THREADS (2), BENCH_OUTPUT, BENCH_EXPORT (a scratch folder, ~75 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
database="${SYNTHESIS_DB:-${Synthesis__Database:-data/synthesis.db}}"
model="${SYNTHESIS_MODEL:-models/reaction/paper-10-small}"
threads="${THREADS:-2}"
output="${BENCH_OUTPUT:-results/bench/torch-reference.json}"
export_dir="${BENCH_EXPORT:-$(mktemp -d -t synthesis-torch-reference-XXXXXX)}"
command_line="THREADS=$threads SYNTHESIS_DB=$database SYNTHESIS_MODEL=$model bench/torch-reference.sh"
[ -f "$database" ] || { echo "torch-reference: no database at $database (set SYNTHESIS_DB)" >&2; exit 2; }
/usr/bin/python3 -c 'import torch' 2>/dev/null || { echo "torch-reference: python3-torch is missing: run scripts/setup.sh" >&2; exit 2; }

dotnet build -c Release -v q --nologo bench/Synthesis.Bench.Reference
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/Synthesis.Bench.Reference/bin/Release/net10.0/linux-x64/Synthesis.Bench.Reference.dll \
  "$database" "$model" "$export_dir" "$threads" "$export_dir/ours.json"
/usr/bin/python3 bench/torch_reference/compare.py "$export_dir" --threads "$threads" --json "$export_dir/compare.json"
/usr/bin/python3 bench/torch_reference/timing.py "$export_dir" --ours "$export_dir/ours.json" --threads "$threads" \
  --out "$output" --command "$command_line" --load-at-start "$load_at_start"
echo "torch-reference: wrote $output (export in $export_dir)" >&2
