#!/usr/bin/env bash
# Regenerates the Python gRPC stubs (synthesis/v1/*_pb2*.py) from protos/ with Debian's
# python3-grpc-tools (1.14, protoc 3.5.1); the output runs on Debian's python3-protobuf 3.21 and
# python3-grpcio 1.51. The stubs are committed, so a fresh clone needs this only after a .proto change.
# google/api/{annotations,http}.proto (the HTTP/JSON routes) are vendored under protos/ and generated into
# google/api/ here: Debian packages no googleapis-common-protos, and `google` is a namespace package, so
# clients/python/google/api sits beside python3-protobuf's google/protobuf without an __init__.py in google/.
#   apt-get install -y python3-grpc-tools python3-grpcio python3-protobuf && clients/python/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
protos="$(cd "$here/../../protos" && pwd)"
rm -rf "$here/synthesis" "$here/google"
/usr/bin/python3 -m grpc_tools.protoc -I"$protos" --python_out="$here" --grpc_python_out="$here" "$protos"/synthesis/v1/*.proto
/usr/bin/python3 -m grpc_tools.protoc -I"$protos" --python_out="$here" "$protos"/google/api/*.proto
touch "$here/synthesis/__init__.py" "$here/synthesis/v1/__init__.py" "$here/google/api/__init__.py"
