#!/usr/bin/env bash
# Whole-process parser throughput on the CPython standard library, pyarch (Native AOT) against CPython's own
# ast.parse over the same files in the same run (python3, and Debian's optimized build when it is another one;
# ROUNDS rounds, 3 unless set), plus the AOT binary's start-up time.
#
#   bench/parse-stdlib.sh            publishes the AOT binary first (needs clang, zlib1g-dev)
#   PYARCH=path/to/pyarch bench/parse-stdlib.sh
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
mkdir -p "$out"
pyarch=${PYARCH:-}
if [[ -z "$pyarch" ]]; then
  dotnet publish src/Pyarch.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" >/dev/null
  pyarch=$out/aot/pyarch
fi

bytes=$(bench/stdlib-corpus.sh "$out/stdlib.txt")
files=$(wc -l < "$out/stdlib.txt")
cores=$(nproc)

now() { date +%s.%N; }

# CPython, as the references: python3 (the oracle's interpreter), and Debian's /usr/bin/python3 when it is another
# build. A pyenv-style build has no profile-guided optimization and parses slower than Debian's, so a ratio against
# it alone flatters pyarch; each ratio is reported against both.
references=(python3)
debian=/usr/bin/python3
if [[ -x "$debian" && "$(readlink -f "$debian")" != "$(readlink -f "$(type -P python3)")" ]]; then
  references+=("$debian")
fi

# The host is shared and its load moves from moment to moment: each round runs pyarch on all cores, pyarch on one
# and each CPython, in turn, and each is reported as its median over the rounds.
rounds=${ROUNDS:-3}
(( rounds >= 1 )) || { echo "ROUNDS must be at least 1" >&2; exit 2; }
: > "$out/parse-rounds.txt"
for _ in $(seq "$rounds"); do
  t0=$(now)
  "$pyarch" debug ast --list "$out/stdlib.txt" > "$out/pyarch-summary.txt" 2> /dev/null || true
  t1=$(now)
  taskset -c 0 "$pyarch" debug ast --list "$out/stdlib.txt" > /dev/null 2>&1 || true
  times="$t0 $t1 $(now)"
  for python in "${references[@]}"; do
    "$python" - "$out/stdlib.txt" <<'PY'
import ast, sys, warnings
warnings.simplefilter("ignore")
for path in open(sys.argv[1]).read().split("\n"):
    if path:
        try:
            ast.parse(open(path, "rb").read())
        except (SyntaxError, ValueError):
            pass
PY
    times="$times $(now)"
  done
  echo "$times" >> "$out/parse-rounds.txt"
done

python3 - "$files" "$bytes" "$cores" "$out/parse-rounds.txt" "${references[@]}" <<'PY'
import statistics, subprocess, sys
files, size, cores = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rounds = [list(map(float, line.split())) for line in open(sys.argv[4])]
references = sys.argv[5:]
all_cores, one_core, *cpythons = ([r[i + 1] - r[i] for r in rounds] for i in range(len(rounds[0]) - 1))
mb = size / 1e6
spread = lambda times: f"median of {len(times)}, {min(times):.2f}-{max(times):.2f} s"
medians = [statistics.median(times) for times in cpythons]
print(f"corpus: {files} files, {mb:.1f} MB (CPython stdlib)")
for label, times in ((f"{cores} cores", all_cores), ("1 core ", one_core)):
    t = statistics.median(times)
    ratios = ", ".join(f"{reference / t:.1f}x {python}" for python, reference in zip(references, medians))
    print(f"pyarch, {label}:   {t:6.2f} s  {mb / t:7.1f} MB/s  ({ratios})  {spread(times)}")
for python, times, reference in zip(references, cpythons, medians):
    version = subprocess.run([python, "-c", "import platform; print(platform.python_version())"], capture_output=True, text=True).stdout.strip()
    print(f"CPython {version} ast.parse ({python}): {reference:6.2f} s  {mb / reference:7.1f} MB/s  {spread(times)}")
PY
echo "pyarch summary: $(cat "$out/pyarch-summary.txt")"

# Start-up: the time to print the version, against a Native AOT program that only prints a line, built here with
# the same SDK and the same start-up settings as pyarch (plain data sections, fixed address, invariant globalization):
# the floor any such binary pays on this machine at this moment (loader, runtime, GC set-up). /usr/bin/true, timed the
# same way, shows what the harness itself takes to start a process and wait for it.
hello=$out/hello
sdk=$(dotnet --version)
if [[ ! -x "$hello/out/hello" || "$(cat "$hello/sdk" 2>/dev/null)" != "$sdk" ]]; then
  mkdir -p "$hello"
  cat > "$hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
    <IlcDehydrate>false</IlcDehydrate><PositionIndependentExecutable>false</PositionIndependentExecutable>
  </PropertyGroup>
</Project>
XML
  echo 'System.Console.WriteLine("0.0.0");' > "$hello/Program.cs"
  dotnet publish "$hello" -c Release -r linux-x64 -o "$hello/out" > /dev/null
  echo "$sdk" > "$hello/sdk"
fi
python3 - "$pyarch" "$hello/out/hello" "$(type -P true)" <<'PY'
import subprocess, sys, time
pyarch, hello, true = sys.argv[1], sys.argv[2], sys.argv[3]
runs = {pyarch: [], hello: [], true: []}
for _ in range(60):  # alternate, so all meet the same machine load
    for exe in runs:
        args = [exe] if exe == true else [exe, "--version"]
        t = time.perf_counter(); subprocess.run(args, stdout=subprocess.DEVNULL); runs[exe].append(time.perf_counter() - t)
med = {exe: sorted(r)[len(r) // 2] * 1000 for exe, r in runs.items()}
print(f"start-up (pyarch --version): median {med[pyarch]:.1f} ms, min {min(runs[pyarch]) * 1000:.1f} ms over {len(runs[pyarch])} runs")
print(f"hello-world AOT reference:    median {med[hello]:.1f} ms, min {min(runs[hello]) * 1000:.1f} ms (pyarch's own start-up: {med[pyarch] - med[hello]:.1f} ms more)")
print(f"{true} (the harness alone):      median {med[true]:.1f} ms, min {min(runs[true]) * 1000:.1f} ms (starting and waiting for a process that does nothing)")
PY
