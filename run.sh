#!/usr/bin/env bash
# The main job: installs what is missing, builds, and runs Synthesis.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
synthesis() { dotnet src/Synthesis.Cli/bin/Release/net10.0/linux-x64/synthesis.dll "$@"; }
synthesis formula "Fe2(SO4)3·5H2O"
synthesis distance LiCoO2 NaCoO2
