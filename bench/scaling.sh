#!/usr/bin/env bash
# Neighbour search and Predict against dataset size (bench/Synthesis.Bench.Scaling): real subsets 1k, 3k, 10k and all
# indexed reactions, then real + synthetic embeddings to 100k and 1M; exact and approximate search side by side.
# Writes results/bench/scaling.json and results/bench/scaling.png (or $BENCH_OUTPUT and the .png beside it).
# Database $SYNTHESIS_DB (its cached embeddings beside it are reused), model $SYNTHESIS_MODEL, torch threads $THREADS
# (default 1). Extra arguments go to the bench: --real 1000,3000 --synthetic 100000 --queries 200 --predicts 100.
# About 12 minutes on 2 shared cores with the shipped paper-10-small (the 1M graph: 9), ~30 with paper-10; peak ~2-3 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
output="${BENCH_OUTPUT:-results/bench/scaling.json}"
dotnet build -c Release -v q --nologo bench/Synthesis.Bench.Scaling
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
exec dotnet bench/Synthesis.Bench.Scaling/bin/Release/net10.0/linux-x64/Synthesis.Bench.Scaling.dll \
  "${SYNTHESIS_DB:-data/synthesis.db}" "${SYNTHESIS_MODEL:-models/reaction/paper-10-small}" "$output" --threads "${THREADS:-1}" "$@"
