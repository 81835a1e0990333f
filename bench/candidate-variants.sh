#!/usr/bin/env bash
# Candidate options side by side on a model's own split (bench/Synthesis.Bench.Candidates): per variant a scorer trained as
# `synthesis train candidates` trains one, its test and validation figures (exact product, top-5, recorded among the
# candidates, EleMD, AUROC, ECE) and the milliseconds per ranking → results/reaction/candidate-variants.json.
#   bench/candidate-variants.sh [variant ...]        (default: all; ~1–2 min each on 2 cores)
#   bench/candidate-variants.sh misses               why the test reactions' recorded products are not among the default
#                                                    candidates, and so the most any ranking of them can reach; the
#                                                    most any method reading only the inputs can reach; and the answers
#                                                    beside the literature's own majority, by whether the training
#                                                    literature records the precursor set, the cation set or neither (~2 min)
#                                                    → results/reaction/candidate-misses.json
#   bench/candidate-variants.sh examples             per test reaction the rank of its recorded product and the shipped
#                                                    scorer's first five answers → data/candidate-examples.tsv (~1 min)
#   bench/candidate-variants.sh retrieval-view       the candidate step reading the retrieval-aware fractions instead of the
#                                                    ensemble's mean, each with its own scorer (~3 min)
#                                                    → results/reaction/retrieval-view.json
#   bench/candidate-variants.sh features             every candidate's features of the scorer's reactions and the test
#                                                    reactions → data/candidate-features.csv (~230 MB, ~1 min; not versioned), which
#                                                    bench/scorer_prototypes.py reads
# Environment: SYNTHESIS_DB (a database imported from the dataset; no server may hold it), SYNTHESIS_MODEL
# (models/reaction/paper-10-small), BENCH_OUTPUT (the json above).
set -euo pipefail
cd "$(dirname "$0")/.."
database="${SYNTHESIS_DB:-data/model-training.db}"
[ -f "$database" ] || { echo "candidate-variants: no database at $database (set SYNTHESIS_DB)" >&2; exit 2; }
dotnet build -c Release -v q --nologo bench/Synthesis.Bench.Candidates
dotnet bench/Synthesis.Bench.Candidates/bin/Release/net10.0/linux-x64/Synthesis.Bench.Candidates.dll \
  "${SYNTHESIS_MODEL:-models/reaction/paper-10-small}" "$database" \
  "${BENCH_OUTPUT:-$(case "${1:-}" in misses) echo results/reaction/candidate-misses.json ;; features) echo data/candidate-features.csv ;;
  examples) echo data/candidate-examples.tsv ;; retrieval-view) echo results/reaction/retrieval-view.json ;; *) echo results/reaction/candidate-variants.json ;; esac)}" "$@"
