#!/usr/bin/env bash
# Regenerates tests/Pyarch.Conformance.Tests/Corpus/py313/*.expected.jsonl with CPython 3.13's own ast
# (through shared/tools/pyast_json.py). Run it after adding or changing a fixture there; review the diff.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON313:-/root/.pyenv/versions/3.13.0/bin/python3}
if ! "$python" -c 'import sys; assert sys.version_info[:2] >= (3, 13)' 2>/dev/null; then
  echo "gen-py313-expected.sh: set PYTHON313 to a CPython 3.13 interpreter (tried $python)" >&2
  exit 2
fi
cd "$root/tests/Pyarch.Conformance.Tests/Corpus/py313"
for f in *.py; do
  "$python" "$root/../shared/tools/pyast_json.py" "$f" > "${f%.py}.expected.jsonl"
done
echo "regenerated $(ls *.py | wc -l) expectations with $("$python" --version)"
