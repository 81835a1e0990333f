#!/usr/bin/env bash
# The main job: installs what is missing, builds, starts the Synthesis server — gRPC on 127.0.0.1:50051, the web
# page and the HTTP/JSON routes on http://127.0.0.1:8080/ — (importing the reaction dataset into data/synthesis.db
# on first start, loading the shipped model), asks it for a real prediction with the Python client, and keeps
# serving until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh

address="${SYNTHESIS_ADDRESS:-127.0.0.1:50051}"
http_address="${SYNTHESIS_HTTP_ADDRESS:-127.0.0.1:8080}"
export Synthesis__ListenAddress="$address" Synthesis__HttpAddress="$http_address"
echo "run: starting the server; the first start imports the dataset and embeds its reactions (2-3 minutes on 2 idle cores, about 5 GB of memory)"
dotnet src/Synthesis.Server/bin/Release/net10.0/linux-x64/Synthesis.Server.dll &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT INT TERM

# Quietly (health checks are not logged) until the server reports SERVING: the first start imports 30,031 reactions
# and embeds them, logging each stage and a line every 30 s meanwhile. Then one real prediction.
serving() {
  /usr/bin/python3 - "$address" <<'PY' 2>/dev/null
import sys, grpc
with grpc.insecure_channel(sys.argv[1]) as channel:
    check = channel.unary_unary("/grpc.health.v1.Health/Check", request_serializer=lambda _: b"", response_deserializer=bytes)
    sys.exit(0 if check(None, timeout=5) == b"\x08\x01" else 1)  # HealthCheckResponse{status: SERVING}
PY
}
while ! serving; do
  kill -0 "$server" 2>/dev/null || { echo "run: the server stopped; see its log above" >&2; exit 1; }
  if [ "$SECONDS" -gt 1800 ]; then echo "run: the server did not report SERVING within 30 minutes" >&2; exit 1; fi
  sleep 2
done
PYTHONPATH=clients/python /usr/bin/python3 clients/python/examples/predict.py "$address"
echo "run: gRPC on $address; web page and HTTP/JSON on http://$http_address/ (Ctrl-C to stop)"
wait "$server"
