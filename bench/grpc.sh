#!/usr/bin/env bash
# gRPC load benchmark: starts the server (Release) on a loopback port with the default database and model,
# runs bench/Synthesis.Bench.Grpc against it (bounded in calls and time) and stops the server.
# Writes results/bench/grpc.json (or $BENCH_OUTPUT); the server's log goes beside it as grpc-server.log.
# The server reads Synthesis__Database, Synthesis__ModelDirectory etc. from the environment like any other start.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-50151}"
output="${BENCH_OUTPUT:-results/bench/grpc.json}"
mkdir -p "$(dirname "$output")"
dotnet build -c Release -v q --nologo src/Synthesis.Server
dotnet build -c Release -v q --nologo bench/Synthesis.Bench.Grpc
Synthesis__ListenAddress="127.0.0.1:$port" dotnet src/Synthesis.Server/bin/Release/net10.0/linux-x64/Synthesis.Server.dll \
  > "$(dirname "$output")/grpc-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
dotnet bench/Synthesis.Bench.Grpc/bin/Release/net10.0/linux-x64/Synthesis.Bench.Grpc.dll "127.0.0.1:$port" "$output"
