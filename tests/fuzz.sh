#!/usr/bin/env bash
# Mutation fuzzing of sample data, templates and the house style (issue 12; see docs/security.md).
# dotnet test runs 12 cases of each; this runs more: tests/fuzz.sh [cases], default 500.
set -euo pipefail
cd "$(dirname "$0")/.."
SEND_FUZZ_CASES="${1:-500}" dotnet test --project tests/Send.Reporting.Tests -- --filter-class "Send.Reporting.Tests.FuzzTests"
