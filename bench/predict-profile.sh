#!/usr/bin/env bash
# Where a Predict's time goes, in process: builds bench/Synthesis.Bench.Profile (Release) and runs it with the server's
# settings on the database's kept reactions: per-stage wall time, tensors created and multiply-adds of one Predict
# (5 neighbours, 5 candidates) and of PredictBatch-sized work, the arithmetic floor beside the matmul GFLOP/s of the
# same run, and A/B ratios of the batch regression's suspects (stacked vs members one by one, mmap threshold).
# Environment: SYNTHESIS_DB / Synthesis__Database (default data/synthesis.db), SYNTHESIS_MODEL (models/reaction/paper-10),
# THREADS (0: libtorch's default, as the server), CALLS (500), BENCH_OUTPUT (results/bench/predict-profile.json).
# The neighbour index's embeddings are read from (or cached to) the database's folder, as the server does.
set -euo pipefail
cd "$(dirname "$0")/.."
database="${SYNTHESIS_DB:-${Synthesis__Database:-data/synthesis.db}}"
model="${SYNTHESIS_MODEL:-models/reaction/paper-10}"
output="${BENCH_OUTPUT:-results/bench/predict-profile.json}"
[ -f "$database" ] || { echo "predict-profile: no database at $database (set SYNTHESIS_DB)" >&2; exit 2; }
dotnet build -c Release -v q --nologo bench/Synthesis.Bench.Profile
dotnet bench/Synthesis.Bench.Profile/bin/Release/net10.0/linux-x64/Synthesis.Bench.Profile.dll "$database" "$model" "$output" \
  --threads "${THREADS:-0}" --calls "${CALLS:-500}"
