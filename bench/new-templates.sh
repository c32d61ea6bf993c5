#!/usr/bin/env bash
# Whole-process time of `pyarch new` per template (render + write + move into place), median of N runs.
# Usage: bench/new-templates.sh [PYARCH_BINARY] [RUNS]   (default: artifacts/aot/pyarch, 15 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
pyarch=${1:-artifacts/aot/pyarch}
runs=${2:-15}
[[ -x "$pyarch" ]] || { echo "build it first: dotnet publish src/Pyarch.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/aot" >&2; exit 2; }
pyarch=$(realpath "$pyarch")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cases=("django" "django-monolith" "flask" "fastapi" "api" "api --framework flask" "data-science"
       "fastapi --with celery,redis-cache,sentry,prometheus,structlog,graphql,websockets,github-actions --db postgres --env uv")
printf '%-48s %10s %10s %6s\n' "template" "median ms" "max ms" "files"
for case in "${cases[@]}"; do
  read -r -a args <<< "$case"
  times=()
  for ((i = 0; i < runs; i++)); do
    out="$work/p$i"
    start=$(date +%s%N)
    "$pyarch" new "${args[@]:0:1}" bench_project "${args[@]:1}" --output "$out" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
    files=$(find "$out" -type f | wc -l)
    rm -rf "$out"
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$(( runs / 2 ))]}
  max=${sorted[$(( runs - 1 ))]}
  printf '%-48s %10.1f %10.1f %6d\n' "${case:0:48}" "$(bc -l <<< "$median/1000")" "$(bc -l <<< "$max/1000")" "$files"
done
