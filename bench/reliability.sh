#!/usr/bin/env bash
# Reliability runs against a real server process (Release, shipped model), each writing results/reliability/<mode>.json:
#   bench/reliability.sh first-start            # no database yet: time to SERVING and peak RSS of the first start (import + embeddings)
#   bench/reliability.sh memory [predicts] [batches]   # RSS over N Predict (8 clients) then M PredictBatch of 1,024 (default 10000 50)
#   bench/reliability.sh soak [seconds] [clients]      # mixed calls from many clients: errors, p50/p99, RSS before/after (default 60 64)
#   bench/reliability.sh fuzz [per-method]             # hostile requests per public method: statuses, faults (default 10000)
# Database: $Synthesis__Database, else data/synthesis.db (imported on its first start); first-start wants it absent
# (move it aside) and leaves it warm for the other modes.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:?usage: bench/reliability.sh first-start|memory|soak|fuzz [args]}"
shift
port="${BENCH_PORT:-50161}"
mkdir -p results/reliability
output="results/reliability/$mode.json"
dotnet build -c Release -v q --nologo src/Synthesis.Server
dotnet build -c Release -v q --nologo bench/Synthesis.Bench.Reliability
database="${Synthesis__Database:-data/synthesis.db}"
if [ "$mode" = first-start ] && [ -e "$database" ]; then
  echo "first-start measures a start without a database: move $database aside first" >&2
  exit 2
fi
Synthesis__ListenAddress="127.0.0.1:$port" dotnet src/Synthesis.Server/bin/Release/net10.0/linux-x64/Synthesis.Server.dll \
  > "results/reliability/$mode-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
bench=bench/Synthesis.Bench.Reliability/bin/Release/net10.0/linux-x64/Synthesis.Bench.Reliability.dll
case "$mode" in
  first-start) dotnet "$bench" first-start "127.0.0.1:$port" "$server" "$output" ;;
  memory) dotnet "$bench" memory "127.0.0.1:$port" "${1:-10000}" "${2:-50}" "$server" "$output" ;;
  soak) dotnet "$bench" soak "127.0.0.1:$port" "${1:-60}" "${2:-64}" "$server" "$output" ;;
  fuzz) dotnet "$bench" fuzz "127.0.0.1:$port" "${1:-10000}" "$server" "$output" ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
