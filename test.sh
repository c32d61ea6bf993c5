#!/usr/bin/env bash
# Runs the whole test suite (every test project of Pyarch.slnx, Release) and ends with one line:
# "N passed, N failed", summed over all test assemblies. Exits non-zero when anything failed,
# including a build failure or a test assembly that never reported.
set -uo pipefail
cd "$(dirname "$0")"

# Pyarch.Reporting.Tests validates pyarch's SARIF with Microsoft's SARIF Multitool, pinned by
# tests/tools/package-lock.json: installed from npm on the first run, and again when the lock file changes.
if [[ ! tests/tools/node_modules/.package-lock.json -nt tests/tools/package-lock.json ]]; then
  (cd tests/tools && npm ci --no-audit --no-fund) || echo "test.sh: npm ci in tests/tools failed; the SARIF validation test will say so" >&2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test Pyarch.slnx -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one summary per assembly:
#   Passed!  - Failed:     0, Passed:   185, Skipped:     0, Total:   185, Duration: 7 s - X.Tests.dll (net10.0)
read -r passed failed reported < <(
  grep -E '^\s*(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$log" |
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\1 \2/' |
    awk '{ f += $1; p += $2; n++ } END { print p + 0, f + 0, n + 0 }'
)

expected=$(grep -c '<Project Path="tests/' Pyarch.slnx)
if (( reported < expected )); then
  echo "test.sh: only $reported of $expected test assemblies reported results (a build failure or a crashed test host)" >&2
  failed=$(( failed + expected - reported ))
fi
if (( status != 0 && failed == 0 )); then
  echo "test.sh: dotnet test exited with $status" >&2
  failed=1
fi

echo "$passed passed, $failed failed"
(( failed == 0 ))
