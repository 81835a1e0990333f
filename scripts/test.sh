#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test project.
# The console logger at "minimal" prints each failing test's name, message and stack trace (not only "[FAIL]"),
# and each assembly's "Passed!/Failed!  - Failed: N, Passed: N" summary that .ci/run adds up.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
dotnet test Synthesis.sln -c Release --no-build -v quiet -nologo --logger "console;verbosity=minimal"
