#!/usr/bin/env bash
# Whole-process `pyarch detect` over a large tree — CPython's standard library plus Debian's
# /usr/lib/python3/dist-packages — against CPython merely ast.parse-ing the same .py files, in the same
# run, with the peak resident memory of each (GNU time -v). Goal: detect under a tenth of CPython's time.
#
#   bench/detect-large.sh                 publishes the Native AOT binary first (needs clang, zlib1g-dev)
#   PYARCH=path/to/pyarch bench/detect-large.sh
#   EXTRA_APT="python3-django python3-sympy" bench/detect-large.sh   installs more Debian python3-* first
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
mkdir -p "$out"
pyarch=${PYARCH:-}
if [[ -z "$pyarch" ]]; then
  dotnet publish src/Pyarch.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" > /dev/null
  pyarch=$out/aot/pyarch
fi
if [[ -n "${EXTRA_APT:-}" ]]; then
  apt-get install -y -qq --no-install-recommends $EXTRA_APT > /dev/null
fi
[[ -x /usr/bin/time ]] || apt-get install -y -qq time > /dev/null

# One folder holding both trees, as a user would point detect at a checkout.
stdlib=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
ln -s "$stdlib" "$corpus/stdlib"
ln -s /usr/lib/python3/dist-packages "$corpus/dist-packages"

# The .py files detect reads: the walk skips caches, build output, VCS folders and virtualenvs.
find -L "$corpus" \( -name __pycache__ -o -name build -o -name dist -o -name .git -o -name node_modules \
  -o -name .tox -o -name .venv -o -name '*.egg-info' \) -prune -o -name '*.py' -type f -print | LC_ALL=C sort > "$out/detect-files.txt"
files=$(wc -l < "$out/detect-files.txt")
bytes=$(tr '\n' '\0' < "$out/detect-files.txt" | xargs -0 cat | wc -c)
tr '\n' '\0' < "$out/detect-files.txt" | xargs -0 cat > /dev/null   # warm the page cache for both sides

now() { date +%s.%N; }
t0=$(now)
/usr/bin/time -v -o "$out/detect-time.txt" "$pyarch" detect "$corpus" --format json > "$out/detect.json"
t1=$(now)
/usr/bin/time -v -o "$out/cpython-time.txt" python3 - "$out/detect-files.txt" <<'PY'
import ast, sys, warnings
warnings.simplefilter("ignore")
for path in open(sys.argv[1]).read().split("\n"):
    if path:
        try:
            ast.parse(open(path, "rb").read())
        except (SyntaxError, ValueError):
            pass
PY
t2=$(now)

rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$1"; }
python3 - "$files" "$bytes" "$(nproc)" "$t0" "$t1" "$t2" <<'PY'
import sys
files, size, cores = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
t0, t1, t2 = map(float, sys.argv[4:7])
detect, cpython = t1 - t0, t2 - t1
print(f"corpus: {files} .py files, {size / 1e6:.1f} MB (CPython stdlib + /usr/lib/python3/dist-packages)")
print(f"pyarch detect ({cores} cores): {detect:6.2f} s")
print(f"CPython ast.parse only:   {cpython:6.2f} s")
print(f"detect / CPython: {detect / cpython:.3f}  (goal: < 0.100) -> {'met' if detect / cpython < 0.1 else 'NOT met'}")
PY
echo "peak RSS: detect $(rss "$out/detect-time.txt"), CPython $(rss "$out/cpython-time.txt")"
echo "detect problems reported: $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['problems']))" "$out/detect.json")"
