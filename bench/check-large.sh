#!/usr/bin/env bash
# Whole-process `pyarch check` over the large tree of bench/detect-large.sh — CPython's standard library plus
# Debian's /usr/lib/python3/dist-packages — against `bandit -r` (Debian's bandit) on the same tree, in the same
# run, with the peak resident memory of each (GNU time -v). Goal (issue 4): check at least 20x faster than bandit.
#
#   bench/check-large.sh                       publishes the Native AOT binary first (needs clang, zlib1g-dev)
#   PYARCH=path/to/pyarch bench/check-large.sh
#   SUBSET=stdlib/json bench/check-large.sh     only that folder of the tree (a quick proof that the script works)
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
mkdir -p "$out"
pyarch=${PYARCH:-}
if [[ -z "$pyarch" ]]; then
  dotnet publish src/Pyarch.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" > /dev/null
  pyarch=$out/aot/pyarch
fi
command -v bandit > /dev/null || apt-get install -y -qq --no-install-recommends bandit > /dev/null
[[ -x /usr/bin/time ]] || apt-get install -y -qq time > /dev/null

# One folder holding both trees, as detect-large.sh builds it; SUBSET narrows it to one folder inside.
stdlib=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
ln -s "$stdlib" "$corpus/stdlib"
ln -s /usr/lib/python3/dist-packages "$corpus/dist-packages"
target=$corpus
# bandit -r does not follow symbolic links to folders, so it is given the real folders behind the corpus.
bandit_targets=("$stdlib" /usr/lib/python3/dist-packages)
if [[ -n "${SUBSET:-}" ]]; then
  target=$(readlink -f "$corpus/${SUBSET%%/*}")/${SUBSET#*/}
  bandit_targets=("$target")
fi

files=$(find -L "$target" -name __pycache__ -prune -o -name '*.py' -type f -print | wc -l)
find -L "$target" -name '*.py' -type f -print0 | xargs -0 cat > /dev/null   # warm the page cache for both sides

now() { date +%s.%N; }
t0=$(now)
# Exit 1 means findings, which is the normal outcome here; 2 would be a real failure.
/usr/bin/time -v -o "$out/check-time.txt" "$pyarch" check "$target" --format json > "$out/check.json" || [[ $? == 1 ]]
t1=$(now)
/usr/bin/time -v -o "$out/bandit-time.txt" bandit -r -q -f json -o "$out/bandit.json" "${bandit_targets[@]}" 2> "$out/bandit-stderr.txt" || [[ $? == 1 ]]
t2=$(now)

rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$1"; }
python3 - "$files" "$(nproc)" "$t0" "$t1" "$t2" "${SUBSET:-whole tree}" <<'PY'
import sys
files, cores = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2 = map(float, sys.argv[3:6])
check, bandit = t1 - t0, t2 - t1
print(f"corpus: {files} .py files ({sys.argv[6]}; CPython stdlib + /usr/lib/python3/dist-packages)")
print(f"pyarch check ({cores} cores): {check:6.2f} s")
print(f"bandit -r:               {bandit:6.2f} s")
print(f"bandit / check: {bandit / check:.1f}x  (goal: >= 20x) -> {'met' if bandit / check >= 20 else 'NOT met'}")
PY
echo "peak RSS: check $(rss "$out/check-time.txt"), bandit $(rss "$out/bandit-time.txt")"
python3 - "$out/check.json" "$out/bandit.json" <<'PY'
import json, sys
check, bandit = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
print(f"pyarch: {check['summary']['files']} files walked, {check['summary']['findings']} findings, "
      f"{check['summary']['errors']} inputs not read; bandit: {len(bandit['metrics']) - 1} files scanned, "
      f"{len(bandit['results'])} results, {len(bandit.get('errors', []))} errors")
PY
