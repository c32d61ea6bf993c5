#!/usr/bin/env bash
# Counts the instructions that pyarch binaries execute parsing the stdlib corpus, under valgrind's cachegrind:
# a measure that does not move with the host's load, where wall-clock times here vary by 10-20% from one minute
# to the next (two runs of one binary differ by up to 0.5%, as the GC's timing does). It tells whether a change
# does less work, not whether it runs faster (a cache miss or a mispredicted branch costs more than an
# instruction): confirm a gain with ab-parse.sh. With BRANCHES=1 it also simulates branch prediction and reports
# the mispredictions.
#
#   bench/count-instructions.sh OLD/pyarch NEW/pyarch [MORE/pyarch ...]
#
# Needs valgrind (apt-get install valgrind). For the per-function table, publish with -p:StripSymbols=false:
# the symbols then stay in the binary, where valgrind reads them (it cannot read the separate pyarch.dbg's DWARF 5).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "count-instructions.sh: valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
(( $# >= 1 )) || { echo "usage: bench/count-instructions.sh BINARY..." >&2; exit 2; }

out=bench/out
mkdir -p "$out"
bench/stdlib-corpus.sh "$out/stdlib.txt" > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

branches=()
[[ "${BRANCHES:-}" == 1 ]] && branches=(--branch-sim=yes)
n=0
for binary in "$@"; do
  n=$((n + 1))
  # Alone in a folder, without the pyarch.dbg beside it, whose DWARF 5 makes valgrind give up.
  mkdir "$work/$n"
  objcopy --strip-debug "$binary" "$work/$n/pyarch"
  # pyarch exits 1 when some files are refused (the stdlib has a few); the count is there either way.
  valgrind --tool=cachegrind --cache-sim=no "${branches[@]}" --cachegrind-out-file="$work/$n/cachegrind.out" \
    "$work/$n/pyarch" debug ast --list "$out/stdlib.txt" > /dev/null 2> "$work/$n/log" || true
  total=$(sed -nE 's/.*== I +refs: +//p' "$work/$n/log")
  if [[ -z "$total" ]]; then
    echo "$binary: valgrind gave no count; the end of its log:" >&2
    tail -5 "$work/$n/log" >&2
    continue
  fi
  mispredicted=$(sed -nE 's/.*== Mispredicts: +([0-9,]+).*/\1/p' "$work/$n/log")
  echo "$binary: $total instructions${mispredicted:+, $mispredicted branches mispredicted}"
  table=$(cg_annotate "$work/$n/cachegrind.out" 2> /dev/null | grep -E '^ *[0-9,]+ \( *[0-9.]+%\) +\?\?\?:' \
    | grep -v '???:???' | head -12 || true)
  if [[ -n "$table" ]]; then
    sed 's/???://; s/^/    /' <<< "$table"
  else
    echo "    (no symbols in this binary: publish it with -p:StripSymbols=false for the functions that take most)"
  fi
done
