#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
dotnet test Synthesis.sln -c Release --no-build -v quiet -nologo
