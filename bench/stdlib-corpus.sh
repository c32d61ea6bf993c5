#!/usr/bin/env bash
# Writes the parse benchmarks' corpus, the .py files of this python3's standard library (not its site- or
# dist-packages), one path a line in a stable order, to FILE, and reads them once so that every side of a
# comparison reads from the page cache; prints how many bytes that read. Used by parse-stdlib.sh and ab-parse.sh,
# so both measure the same files.
#
#   bench/stdlib-corpus.sh FILE
set -euo pipefail
stdlib=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
find "$stdlib" -name '*.py' -not -path '*/site-packages/*' -not -path '*/dist-packages/*' | LC_ALL=C sort > "$1"
tr '\n' '\0' < "$1" | xargs -0 cat | wc -c
