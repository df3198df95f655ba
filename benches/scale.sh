#!/usr/bin/env bash
# Extraction at scale (issue 6, BENCHMARKS.md "Extraction at scale"): the batch mode
# `noticegraph ingest --output - --jobs 1` (the whole pipeline and the N-Quads writer, no
# store) over the dev corpus and over 1k, 10k and 100k synthetic notices written by
# `synth-corpus` from the built-in gazetteer, under `/usr/bin/time -v`: wall and CPU time,
# notices/s, MB/s per core, CPU time per notice and its growth between sizes (linear: about
# 1.0), peak RSS. One more run of the 10k set on 2 threads for parallel scaling.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: benches/scale.sh [--sizes "1000 10000 100000"] [--seed N] [--parallel SIZE]
                        [--dev DIR] [--dev-repeat N] [--no-build] [--help]

Builds the release binaries without the RocksDB store (`--no-default-features`; the batch
mode has no store; unless --no-build), writes the synthetic corpus once (the
largest size; smaller sizes are its first folders, which are the same notices) under
$CARGO_TARGET_DIR/synth-corpus/seed-N (default target/; reused while the generator binary
is unchanged and the cached corpus is large enough), then times `noticegraph ingest --output - --jobs 1` (quads to /dev/null)
on one notice (start-up), the dev corpus and each size, and `--jobs 2` on the
--parallel size. Prints one Markdown table row per run.

  --sizes "A B …"   synthetic corpus sizes, multiples of 1000 (default "1000 10000 100000")
  --seed N          generator seed (default 1)
  --parallel SIZE   size also run with --jobs 2 (default 10000; 0: none)
  --dev DIR         dev corpus (default ../shared/corpus/dev; "": skip)
  --dev-repeat N    also run the dev corpus given N times in one batch (default 20;
                    1: not), so that start-up and first-use costs are spread out
  --no-build        use the binaries already built

Columns: CPU = user + system seconds; "CPU/notice" = (CPU − start-up CPU) / notices, where start-up is a run
on one notice (background graphs, gazetteer, lazily compiled patterns);
"growth" = CPU/notice divided by the previous size's; MB = 10^6 bytes of notice files;
MB/s per core = MB / wall / jobs. Needs GNU time (`apt-get install time`).
EOF
}

sizes="1000 10000 100000"
seed=1
parallel=10000
dev=../shared/corpus/dev
dev_repeat=20
build=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --sizes) sizes=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --parallel) parallel=$2; shift 2 ;;
        --dev) dev=$2; shift 2 ;;
        --dev-repeat) dev_repeat=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "scale.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."
[[ -x /usr/bin/time ]] || { echo "scale.sh: GNU time missing: apt-get install time" >&2; exit 1; }
target=${CARGO_TARGET_DIR:-target}
if [[ $build == 1 ]]; then
    echo "building release binaries…" >&2
    # the batch mode needs no store: no RocksDB (a C++ build of most of an hour on 2 cores)
    cargo build --release --no-default-features --bin noticegraph --bin synth-corpus >&2
fi
bin=$target/release/noticegraph
synth=$target/release/synth-corpus
for b in "$bin" "$synth"; do
    [[ -x $b ]] || { echo "scale.sh: $b missing (run without --no-build)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

largest=0
for n in $sizes; do
    if (( n % 1000 != 0 || n <= 0 )); then
        echo "scale.sh: size $n is not a positive multiple of 1000" >&2
        exit 2
    fi
    if ((n > largest)); then largest=$n; fi
done
if ((parallel > largest)); then largest=$parallel; fi

# the synthetic corpus, written once per seed and generator build
corpus=$target/synth-corpus/seed-$seed
generator=$(sha256sum "$synth" | cut -c1-16)
read -r cached_generator cached_count <"$corpus/.stamp" 2>/dev/null || cached_count=0
if [[ ${cached_generator:-} != "$generator" ]] || ((cached_count < largest)); then
    rm -rf "$corpus"
    "$synth" --count "$largest" --seed "$seed" --out "$corpus"
    echo "$generator $largest" >"$corpus/.stamp"
fi

# folders of the first $1 synthetic notices
folders() {
    local i
    for ((i = 0; i < $1 / 1000; i++)); do printf '%s/%03d\n' "$corpus" "$i"; done
}

# seconds from GNU time's "h:mm:ss" or "m:ss.ss"
seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$1"
}

field() { grep -F "$1" "$work/time" | sed 's/.*: //'; }

startup_cpu=0
prev_per_notice=""
# run LABEL JOBS PATH… : one timed batch and its table row
run() {
    local label=$1 jobs=$2
    shift 2
    local notices bytes load
    notices=$(find "$@" -name '*.txt' | wc -l)
    bytes=$(find "$@" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    load=$(cut -d' ' -f1 /proc/loadavg)
    local status=0
    /usr/bin/time -v -o "$work/time" "$bin" ingest --output - --jobs "$jobs" "$@" \
        >/dev/null 2>"$work/stderr" || status=$?
    load="$load–$(cut -d' ' -f1 /proc/loadavg)"
    if [[ $status != 0 ]]; then
        echo "scale.sh: $label: noticegraph ingest failed ($status):" >&2
        grep -v '^warning' "$work/stderr" | tail -5 >&2
    fi
    local wall user sys rss cpu
    wall=$(seconds "$(field 'Elapsed (wall clock) time')")
    user=$(field 'User time (seconds)')
    sys=$(field 'System time (seconds)')
    rss=$(field 'Maximum resident set size (kbytes)')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    if [[ $label == start-up ]]; then
        startup_cpu=$cpu
        printf '| start-up (1 synthetic notice) | 1 | – | %s | %.2f | %.2f | – | – | – | – | %.0f | %s |\n' \
            "$jobs" "$wall" "$cpu" "$((rss / 1000))" "$load"
        return
    fi
    local per_notice growth=–
    per_notice=$(awk -v c="$cpu" -v s="$startup_cpu" -v n="$notices" 'BEGIN { printf "%.3f", (c - s) * 1000 / n }')
    if [[ $label == synthetic* && $jobs == 1 ]]; then
        [[ -n $prev_per_notice ]] &&
            growth=$(awk -v a="$per_notice" -v b="$prev_per_notice" 'BEGIN { printf "×%.2f", a / b }')
        prev_per_notice=$per_notice
    fi
    awk -v label="$label" -v n="$notices" -v b="$bytes" -v j="$jobs" -v w="$wall" -v c="$cpu" \
        -v pn="$per_notice" -v g="$growth" -v rss="$rss" -v load="$load" 'BEGIN {
        printf "| %s | %d | %.2f | %d | %.2f | %.2f | %.0f | %.3f | %.2f ms | %s | %.0f | %s |\n",
            label, n, b / 1e6, j, w, c, n / w, b / 1e6 / w / j, pn, g, rss / 1000, load
    }'
}

echo "noticegraph $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores" >&2
echo "| corpus | notices | MB | jobs | wall s | CPU s | notices/s | MB/s per core | CPU/notice | growth | peak RSS MB | load (1 min) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
# start-up: the background graphs, the gazetteer and every lazily built pattern, paid once
mkdir "$work/one"
cp "$(find "$corpus/000" -name '*.txt' | sort | head -1)" "$work/one/"
run start-up 1 "$work/one"
if [[ -n $dev ]]; then
    run "dev" 1 "$dev"
    # the dev corpus given $dev_repeat times: steady state once every pattern is compiled
    mapfile -t devs < <(for ((i = 0; i < dev_repeat; i++)); do echo "$dev"; done)
    if ((dev_repeat > 1)); then run "dev ×$dev_repeat" 1 "${devs[@]}"; fi
fi
for n in $sizes; do
    mapfile -t dirs < <(folders "$n")
    run "synthetic $n" 1 "${dirs[@]}"
done
if (( parallel > 0 )); then
    mapfile -t dirs < <(folders "$parallel")
    run "synthetic $parallel" 2 "${dirs[@]}"
fi
