#!/usr/bin/env bash
# Retrains only the stoichiometry regressors of a trained model in each variant (the action autoencoder and the
# classifier members are copied, so every variant sees the same reaction embeddings) and evaluates each on the
# test set: results/reaction/regressor-variants/<variant>.json. About 10 min a variant for random-10 on 2 cores.
#   bench/regressor-variants.sh [model folder] [database]
set -euo pipefail
cd "$(dirname "$0")/.."
model="${1:-models/reaction/random-10}"
db="${2:-data/model-training.db}"
out=results/reaction/regressor-variants
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/Synthesis.Cli -c Release -v quiet -nologo >/dev/null
cli=src/Synthesis.Cli/bin/Release/net10.0/linux-x64/synthesis
split=$(/usr/bin/python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(m['split'], m['max_precursors'], m['members'])" "$model/model.json")
read -r kind max members <<<"$split"
thesis=(--no-precursor-mixture --fraction-loss squared-error)
declare -A variants=(
  [thesis]="${thesis[*]} --regressor-patience 8"
  [member-embeddings]="${thesis[*]} --regressor-context members --regressor-patience 8"
  [cross-entropy]="--no-precursor-mixture --regressor-patience 8"
  [mixture]="--fraction-loss squared-error --regressor-patience 8"
  [mixture-cross-entropy]="--regressor-patience 8"
  [mixture-cross-entropy-patience-20]="--regressor-patience 20"
  [mixture-cross-entropy-patience-30]="--regressor-patience 30"
)
mkdir -p "$out"
for name in "${!variants[@]}"; do
  rm -rf "$work/$name" && mkdir -p "$work/$name"
  cp "$model"/autoencoder.bin "$model"/classifier-*.bin "$work/$name/"
  # shellcheck disable=SC2086 # the variant's flags are meant to split
  "$cli" train reaction --split "$kind" --max-precursors "$max" --members "$members" --db "$db" --model "$work/$name" --resume ${variants[$name]}
  "$cli" evaluate reaction --model "$work/$name" --db "$db" --out "$work/$name-results" >/dev/null
  cp "$work/$name-results/metrics.json" "$out/$name.json.tmp" && mv "$out/$name.json.tmp" "$out/$name.json"
  echo "$name → $out/$name.json"
done
