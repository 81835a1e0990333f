#!/usr/bin/env bash
# The main job: installs what is missing, builds, starts the Synthesis gRPC server on 127.0.0.1:50051
# (importing the reaction dataset into data/synthesis.db on first start, loading the shipped model),
# asks it for a real prediction with the Python client, and keeps serving until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh

address="${SYNTHESIS_ADDRESS:-127.0.0.1:50051}"
export Synthesis__ListenAddress="$address"
dotnet src/Synthesis.Server/bin/Release/net10.0/linux-x64/Synthesis.Server.dll &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT INT TERM

# The first start imports 30,031 reactions and indexes their embeddings: wait until a prediction answers.
for _ in $(seq 1 300); do
  kill -0 "$server" 2>/dev/null || { echo "run: the server stopped; see its log above" >&2; exit 1; }
  if PYTHONPATH=clients/python /usr/bin/python3 clients/python/examples/predict.py "$address" 2>/dev/null; then
    echo "run: serving on $address (Ctrl-C to stop)"
    wait "$server"
    exit 0
  fi
  sleep 2
done
echo "run: the server did not answer within 10 minutes" >&2
exit 1
