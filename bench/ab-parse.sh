#!/usr/bin/env bash
# Compares pyarch binaries (e.g. the previous commit's AOT build against this one) on the stdlib parse, run
# alternately so that a busy host slows each about alike: median and minimum wall time of
# `debug ast --list`, on both cores and pinned to one, and for each binary after the first the median of its
# per-round ratios to the first.
#
#   bench/ab-parse.sh ROUNDS OLD/pyarch NEW/pyarch [MORE/pyarch ...]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1
shift
out=bench/out
mkdir -p "$out"
bench/stdlib-corpus.sh "$out/stdlib.txt" > /dev/null

ms() { local s e; s=$(date +%s%N); "$@" debug ast --list "$out/stdlib.txt" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
for _ in $(seq "$rounds"); do
  for binary in "$@"; do
    echo "$binary two $(ms "$binary")"
    echo "$binary one $(ms taskset -c 0 "$binary")"
  done
done | python3 -c '
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in sys.stdin:
    binary, cores, ms = line.split()
    runs[binary, cores].append(int(ms))
first = next(iter(runs))[0]
for (binary, cores), ms in runs.items():
    label = "two cores" if cores == "two" else "one core "
    # Each round runs every binary within a second or so, which a change in the host load affects about alike: the
    # median of the ratios, round by round, to the first binary moves less than the ratio of the medians.
    # The interquartile range of those ratios shows how far the host moved them: on a busy host it spans 10-15%, and a
    # difference of a few percent needs a hundred rounds or a quiet minute.
    ratios = sorted(b / a for a, b in zip(runs[first, cores], ms))
    quartiles = statistics.quantiles(ratios, n=4, method="inclusive") if len(ratios) > 1 else ratios * 3
    paired = "" if binary == first else f", median of paired ratios to the first {statistics.median(ratios):.3f} (interquartile {quartiles[0]:.3f}-{quartiles[2]:.3f})"
    print(f"{binary}  {label}: median {statistics.median(ms):5.0f} ms, min {min(ms):5d} ms, {len(ms)} runs{paired}")
'
