#!/usr/bin/env bash
# The model's speed in process, each figure beside the matmul GFLOP/s measured in the same run, with the server's settings:
#   bench/model-speed.sh profile    where a Predict's time goes (bench/Synthesis.Bench.Profile): per-stage wall time, tensors
#                                   created and multiply-adds of one Predict (5 neighbours, 5 candidates) and of PredictBatch-
#                                   sized work, the arithmetic floor, and A/B ratios (stacked vs members one by one, pass size,
#                                   mmap threshold) → results/bench/predict-profile.json
#   bench/model-speed.sh training   whole epochs of one fresh classifier member on the model's configuration and split
#                                   (bench/Synthesis.Bench.Training) → results/bench/training-epoch.json
# Environment: SYNTHESIS_DB / Synthesis__Database (default data/synthesis.db; the neighbour index's embeddings are cached in
# its folder, as the server does), SYNTHESIS_MODEL (models/reaction/paper-10-small, the default), THREADS (profile: 1, as the
# server; training: 0, libtorch's default, one per core), CALLS (profile: 500), EPOCHS (training: 2), BENCH_OUTPUT (the json above).
set -euo pipefail
cd "$(dirname "$0")/.."
database="${SYNTHESIS_DB:-${Synthesis__Database:-data/synthesis.db}}"
model="${SYNTHESIS_MODEL:-models/reaction/paper-10-small}"
case "${1:-}" in
  profile) project=Profile; output=results/bench/predict-profile.json; extra=(--calls "${CALLS:-500}"); threads="${THREADS:-1}" ;;
  training) project=Training; output=results/bench/training-epoch.json; extra=(--epochs "${EPOCHS:-2}"); threads="${THREADS:-0}" ;;
  *) echo "usage: bench/model-speed.sh profile|training" >&2; exit 2 ;;
esac
[ -f "$database" ] || { echo "model-speed: no database at $database (set SYNTHESIS_DB)" >&2; exit 2; }
dotnet build -c Release -v q --nologo "bench/Synthesis.Bench.$project"
dotnet "bench/Synthesis.Bench.$project/bin/Release/net10.0/linux-x64/Synthesis.Bench.$project.dll" "$database" "$model" \
  "${BENCH_OUTPUT:-$output}" --threads "$threads" "${extra[@]}"
