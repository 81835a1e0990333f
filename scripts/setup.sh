#!/usr/bin/env bash
# Installs what Synthesis needs on Debian 12 beyond the .NET 10 SDK, then restores and builds the solution.
# Idempotent: packages already present are not reinstalled.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (https://learn.microsoft.com/dotnet/core/install/linux-debian)" >&2
  exit 1
fi

# Debian packages: Python gRPC for the Python client and its tests (no PyPI needed); headless Chromium and its
# driver for the web page's browser tests (tests/Synthesis.Web.Tests); spglib's C library, which finds the symmetry
# of crystal structures for protostructure labels (src/Synthesis.Chemistry/Symmetry, through P/Invoke); PyTorch on
# OpenBLAS for the reaction model's reference implementation (bench/torch_reference, checked by tests/Synthesis.Models.Tests).
packages=(python3 python3-grpcio python3-grpc-tools python3-protobuf chromium chromium-driver libsymspg1 python3-torch libopenblas0-pthread)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet build Synthesis.sln -c Release -v quiet -nologo -clp:ErrorsOnly
