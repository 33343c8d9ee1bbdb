#!/usr/bin/env bash
# Runs clang-tidy with the project's checks (.clang-tidy, every finding an error) on every source
# file of the project that the build compiles: not the files the build generates (moc, rcc, uic)
# and not other projects' headers. Exits non-zero on any finding.
#   scripts/clang-tidy.sh [BUILD_DIR] [FILE_REGEX...]
# BUILD_DIR (default build/dev) must have been built: the sources include generated headers.
# FILE_REGEX limits the run to the files whose path in the repository matches one (e.g. 'models/'
# or 'editsession\.cpp$'); '!REGEX' leaves out the matching files ('!^tests/': the product only).
# A file that passed is not checked again until it, a file it includes (as the build last saw its
# includes), .clang-tidy, its compile command or clang-tidy changes: the results are kept in
# BUILD_DIR/clang-tidy/passed. CLANG_TIDY_JOBS sets the number of parallel runs (default: nproc).
# scripts/dev.sh test runs it after the tests when CI is set.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build/dev}" && pwd)
shift || true
exec python3 - "$here" "$build" "${CLANG_TIDY_JOBS:-$(nproc)}" "$@" <<'EOF'
import concurrent.futures, hashlib, json, os, re, shlex, subprocess, sys, time

here, build, jobs, regexes = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
# The project's own folders; anything else (the build tree's generated files, /usr/include) is
# not ours to fix.
ours = f"^{re.escape(here)}/(app|catalog|core|demostore|models|net|spelling|tests|translations|ui|workflow)/"

# The build's compile commands are GCC's: clang does not know -fcoroutines (QCoro adds it; clang
# enables coroutines with C++20 by itself), so a copy without it, holding only our sources, is
# what clang-tidy reads.
db = os.path.join(build, "clang-tidy")
passed_dir = os.path.join(db, "passed")
os.makedirs(passed_dir, exist_ok=True)
# A file that several targets compile (tests/englishplurals.cpp is in every test) is checked once.
commands, seen = [], set()
with open(os.path.join(build, "compile_commands.json")) as f:
    for c in json.load(f):
        if re.match(ours, c["file"]) and c["file"] not in seen:
            seen.add(c["file"])
            commands.append(c)
for c in commands:
    c["command"] = re.sub(r"(^| )-fcoroutines(?= |$)", " ", c["command"])
with open(os.path.join(db, "compile_commands.json"), "w") as f:
    json.dump(commands, f, indent=1)
included = [r for r in regexes if not r.startswith("!")]
excluded = [r[1:] for r in regexes if r.startswith("!")]


def wanted_file(path):
    path = os.path.relpath(path, here)
    return ((not included or any(re.search(r, path) for r in included))
            and not any(re.search(r, path) for r in excluded))


wanted = [c for c in commands if wanted_file(c["file"])]

# What each object file was built from, as the compiler reported it (ninja's deps log).
deps = {}
try:
    log = subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True, text=True,
                         check=True).stdout
    target = None
    for line in log.splitlines():
        if line and not line[0].isspace():
            target = line.split(":", 1)[0] if "(VALID)" in line else None
            if target:
                deps[target] = []
        elif target and line.strip():
            deps[target].append(os.path.normpath(os.path.join(build, line.strip())))
except (OSError, subprocess.CalledProcessError):
    pass  # no cache: every file is checked

version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True).stdout
with open(os.path.join(here, ".clang-tidy"), "rb") as f:
    config = f.read()
digests = {}


def digest(path):
    # Other projects' headers change only with their packages: size and time say enough.
    if path not in digests:
        try:
            if path.startswith("/usr/"):
                st = os.stat(path)
                digests[path] = f"{st.st_size}:{st.st_mtime_ns}"
            else:
                with open(path, "rb") as f:
                    digests[path] = hashlib.sha256(f.read()).hexdigest()
        except OSError:
            digests[path] = "missing"
    return digests[path]


def key(c):
    args = shlex.split(c["command"])
    obj = args[args.index("-o") + 1] if "-o" in args else None
    inputs = deps.get(obj)
    if not inputs:
        return None
    h = hashlib.sha256()
    for part in (version, config.decode(), c["command"], *(p + "=" + digest(p) for p in inputs)):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


def check(c):
    # CPU time is what a run costs on a busy machine too: wall time depends on the load.
    start = time.monotonic()
    proc = subprocess.Popen(["clang-tidy", "--quiet", "-p", db, f"-header-filter={ours}", c["file"]],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return c, proc.returncode, output, time.monotonic() - start, usage.ru_utime + usage.ru_stime


todo, skipped = [], 0
for c in wanted:
    k = key(c)
    if k and os.path.exists(os.path.join(passed_dir, k)):
        skipped += 1
    else:
        todo.append((c, k))
print(f"clang-tidy: {len(wanted)} source files, {skipped} unchanged since they passed, "
      f"{len(todo)} to check with {jobs} jobs", file=sys.stderr)

start = time.monotonic()
failed, cpu = [], 0.0
with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
    keys = {c["file"]: k for c, k in todo}
    for done, future in enumerate(
            concurrent.futures.as_completed([pool.submit(check, c) for c, _ in todo]), 1):
        c, returncode, output, seconds, cpu_seconds = future.result()
        cpu += cpu_seconds
        name = os.path.relpath(c["file"], here)
        figures = f"{seconds:.1f} s, {cpu_seconds:.1f} s CPU, {done}/{len(todo)}"
        if returncode == 0:
            if keys[c["file"]]:
                open(os.path.join(passed_dir, keys[c["file"]]), "w").close()
            print(f"  {name}: {figures}", file=sys.stderr, flush=True)
            continue
        failed.append(name)
        # clang-tidy's own statistics ("N warnings generated") are noise next to the findings.
        out = [l for l in output.splitlines()
               if not re.match(r"^\d+ warnings? (and \d+ errors? )?generated\.$", l)]
        print(f"  {name}: FINDINGS ({figures})\n" + "\n".join(out), flush=True)

elapsed = time.monotonic() - start
print(f"clang-tidy: {len(todo)} files checked in {elapsed:.0f} s with {jobs} jobs, "
      f"{cpu:.0f} s CPU ({cpu / max(len(todo), 1):.1f} s a file); "
      + (f"FINDINGS in {len(failed)}: {' '.join(failed)}" if failed else "no findings"),
      file=sys.stderr)
sys.exit(1 if failed else 0)
EOF
