#!/usr/bin/env bash
# Runs clang-tidy with the project's checks (.clang-tidy, every finding an error) on every source
# file of the project that the build compiles: not the files the build generates (moc, rcc, uic)
# and not other projects' headers. Exits non-zero on any finding.
#   scripts/clang-tidy.sh [BUILD_DIR] [FILE_REGEX...]
# BUILD_DIR (default build/dev) must have been built: the sources include generated headers.
# FILE_REGEX limits the run to matching paths (e.g. 'models/' or 'editsession\.cpp$').
# scripts/dev.sh test runs it after the tests when CI is set.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build/dev}" && pwd)
shift || true
jobs=$(nproc)

# The project's own folders; anything else (the build tree's generated files, /usr/include) is
# not ours to fix.
ours="^$here/(app|catalog|core|demostore|models|net|spelling|tests|translations|ui|workflow)/"

# The build's compile commands are GCC's: clang does not know -fcoroutines (QCoro adds it; clang
# enables coroutines with C++20 by itself), so a copy without it, holding only our sources, is
# what clang-tidy reads.
db="$build/clang-tidy"
mkdir -p "$db"
python3 - "$build/compile_commands.json" "$db/compile_commands.json" "$ours" <<'EOF'
import json, re, sys
source, target, ours = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
with open(source) as f:
    commands = json.load(f)
kept = []
for c in commands:
    if not ours.match(c["file"]):
        continue
    c["command"] = re.sub(r"(^| )-fcoroutines(?= |$)", " ", c["command"])
    kept.append(c)
with open(target, "w") as f:
    json.dump(kept, f, indent=1)
print(f"clang-tidy: {len(kept)} source files", file=sys.stderr)
EOF

start=$(date +%s)
status=0
run-clang-tidy -quiet -j "$jobs" -p "$db" -header-filter="$ours" "$@" || status=$?
echo "clang-tidy: $(($(date +%s) - start)) s with $jobs jobs, $([[ $status -eq 0 ]] && echo "no findings" || echo "FINDINGS (exit $status)")" >&2
exit $status
