#!/usr/bin/env bash
# Full import + cleaning of the 30k-reaction dataset into a fresh database: wall time and peak memory
# (/usr/bin/time -v), written to results/dataset/import-benchmark.json. Targets: < 60 s, < 2 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
source_file="${1:-datasets/reactions/solid-state_dataset_2019-12-03.json.xz}"
out=results/dataset/import-benchmark.json
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/Synthesis.Cli -c Release -v quiet -nologo >/dev/null
cli=src/Synthesis.Cli/bin/Release/net10.0/linux-x64/synthesis
/usr/bin/time -v "$cli" import "$source_file" --db "$work/bench.db" >"$work/stdout" 2>"$work/time"

wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
summary=$(head -1 "$work/stdout")
mkdir -p results/dataset
tmp="$out.tmp"
cat >"$tmp" <<JSON
{
  "command": "$cli import $source_file --db <fresh temp db>",
  "source_file": "$source_file",
  "wall_seconds": $wall,
  "peak_rss_mb": $(( rss_kb / 1024 )),
  "cores": $(nproc),
  "summary": "$summary",
  "measured_utc": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "targets": {"wall_seconds": 60, "peak_rss_mb": 2048}
}
JSON
mv "$tmp" "$out"
cat "$out"
