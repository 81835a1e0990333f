#!/usr/bin/env bash
# Training throughput: builds bench/Synthesis.Bench.Training (Release) and times whole epochs of one fresh classifier
# member on the model's configuration and split (the shipped paper-10 by default), beside the matmul GFLOP/s of the same
# run. Environment: SYNTHESIS_DB / Synthesis__Database (default data/synthesis.db), SYNTHESIS_MODEL
# (models/reaction/paper-10), EPOCHS (2), THREADS (0: libtorch's default), BENCH_OUTPUT (results/bench/training-epoch.json).
set -euo pipefail
cd "$(dirname "$0")/.."
database="${SYNTHESIS_DB:-${Synthesis__Database:-data/synthesis.db}}"
model="${SYNTHESIS_MODEL:-models/reaction/paper-10}"
output="${BENCH_OUTPUT:-results/bench/training-epoch.json}"
[ -f "$database" ] || { echo "training-epoch: no database at $database (set SYNTHESIS_DB)" >&2; exit 2; }
dotnet build -c Release -v q --nologo bench/Synthesis.Bench.Training
dotnet bench/Synthesis.Bench.Training/bin/Release/net10.0/linux-x64/Synthesis.Bench.Training.dll "$database" "$model" "$output" \
  --epochs "${EPOCHS:-2}" --threads "${THREADS:-0}"
