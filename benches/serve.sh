#!/usr/bin/env bash
# Issue 6 benchmarks against Oxigraph's own tools: ingest end to end vs `oxigraph load`,
# SPARQL serving vs `oxigraph serve`, and the event pages. See BENCHMARKS.md and --help.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: benches/serve.sh [OPTIONS]

Benchmarks noticegraph against Oxigraph 0.5.13 on the same data (issue 6):
  ingest  `noticegraph ingest --store FRESH CORPUS` (extraction + RDF + RocksDB) against
          `oxigraph load --location FRESH --file q.nq` of the same quads
          (`noticegraph ingest --output q.nq CORPUS`); medians of --runs runs.
  sparql  `noticegraph serve` against `oxigraph serve` on the same quads, one query mix
          (point lookups, gallery examples, a DESCRIBE, an aggregate) sent by wrk as GET
          requests, with 1 and 32 connections; req/s, p50, p99, server CPU per request.
          By default Oxigraph serves the quads plus their merge (each triple once) in its
          default graph, without --union-default-graph, and both servers must give every
          query the same number of results; --ox-union serves the union instead.
  pages   `/ko/event/…` and `/en/event/…` pages of every event of the store, 32 connections.

Options:
  --only LIST        comma-separated parts to run: ingest,sparql,pages (default: all)
  --corpus DIR       notices to ingest (default: ../shared/corpus/dev from the repository)
  --runs N           ingest runs; the medians are reported (default: 3)
  --duration SECS    length of each measured wrk run (default: 20)
  --warmup SECS      wrk warm-up before the measured runs of a server (default: 5)
  --per-query SECS   also time each query of the mix alone, 1 connection, SECS each
                     (default: 0 = off)
  --keep             keep the work folder (stores, query files, wrk requests, logs) and
                     name it at the end
  --port N           first of the two loopback ports the servers use (default: 18780)
  --ox-union         serve Oxigraph with --union-default-graph over the quads as they are,
                     instead of the default: the quads plus their merge (each triple once)
                     in Oxigraph's default graph. Oxigraph 0.5.13 reads the union as a bag
                     (oxigraph#1919; noticegraph's vendored spareval reads it as a set), so
                     queries whose answers then differ are left out of the mix, and named
                     (a query not answered within --check-timeout counts as different)
  --check-timeout S  longest wait for one answer while checking result counts (default: 60)
  -h, --help         this text

Environment:
  NOTICEGRAPH_BIN       the noticegraph binary (default: $CARGO_TARGET_DIR/release/noticegraph,
                        else target/release/noticegraph; build it with `cargo build --release`)
  NOTICEGRAPH_OXIGRAPH  the oxigraph binary (default: target/oxigraph-0.5.13/bin/oxigraph,
                        installed there from PyPI with pip when missing)
  Needs wrk (Debian: apt-get install -y wrk), curl, jq, python3.

Prints Markdown table rows ready to paste into BENCHMARKS.md, after the load average.
Servers listen on 127.0.0.1 only, on fresh temporary stores, and are stopped on exit.
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
only="ingest,sparql,pages"
corpus="$repo/../shared/corpus/dev"
runs=3
duration=20
warmup=5
per_query=0
port=18780
ox_union=0
keep=0
check_timeout=60

while (($#)); do
    case "$1" in
    --only) only=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --per-query) per_query=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --ox-union) ox_union=1; shift ;;
    --keep) keep=1; shift ;;
    --check-timeout) check_timeout=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "serve.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

die() { echo "serve.sh: $*" >&2; exit 1; }
note() { echo "# $*" >&2; }
wants() { [[ ",$only," == *",$1,"* ]]; }

for part in ${only//,/ }; do
    case "$part" in ingest | sparql | pages) ;; *) die "unknown part '$part' in --only (ingest, sparql, pages)" ;; esac
done
[[ -d "$corpus" ]] || die "no corpus folder $corpus (give one with --corpus)"
corpus=$(cd "$corpus" && pwd)
for tool in wrk curl jq python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install -y $tool)"
done

ng=${NOTICEGRAPH_BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/noticegraph}
[[ -x "$ng" ]] || die "no noticegraph binary at $ng: run \`cargo build --release\` or set NOTICEGRAPH_BIN"
ox=${NOTICEGRAPH_OXIGRAPH:-$repo/target/oxigraph-0.5.13/bin/oxigraph}
if [[ ! -x "$ox" ]]; then
    [[ -z "${NOTICEGRAPH_OXIGRAPH:-}" ]] || die "NOTICEGRAPH_OXIGRAPH=$ox is not executable"
    note "installing oxigraph 0.5.13 from PyPI into $repo/target/oxigraph-0.5.13"
    python3 -m venv "$repo/target/oxigraph-0.5.13"
    "$repo/target/oxigraph-0.5.13/bin/pip" install --quiet oxigraph==0.5.13
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/noticegraph-bench.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if ((keep)); then note "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ng_port=$port
ox_port=$((port + 1))
ng_url="http://127.0.0.1:$ng_port"
ox_url="http://127.0.0.1:$ox_port"

# ---------------------------------------------------------------- helpers

# seconds SECONDS_START: wall seconds since $1 (from `now`), 3 decimals
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$(now)"; }

# median X...: the median of the numbers given
median() { printf '%s\n' "$@" | sort -g | python3 -c "import sys,statistics; print(f'{statistics.median(float(x) for x in sys.stdin):.3f}')"; }

# ratio A B: A / B with 2 decimals
ratio() { python3 -c "import sys; a,b=map(float,sys.argv[1:]); print(f'{a/b:.2f}' if b else 'n/a')" "$1" "$2"; }

# timed LOG CMD...: runs CMD with its output in LOG, prints its wall seconds
timed() {
    local log=$1 start
    shift
    start=$(now)
    "$@" >"$log" 2>&1 || { cat "$log" >&2; die "failed: $*"; }
    since "$start"
}

# cpu_ticks PID: user + system clock ticks the process used so far
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# wait_up URL PID NAME LOG: waits until URL answers (60 s at most)
wait_up() {
    local i
    for i in $(seq 600); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || { cat "$4" >&2; die "$3 exited before answering"; }
        sleep 0.1
    done
    cat "$4" >&2
    die "$3 did not answer $1 within 60 s"
}

# make_stores: $work/ng (noticegraph store) and $work/ox (Oxigraph store loaded from the
# N-Quads of `ingest --output` of the same corpus), unless the ingest part left them
make_stores() {
    [[ -d "$work/ng" && -d "$work/ox" ]] && return 0
    rm -rf "$work/ng" "$work/ox"
    note "ingesting $corpus into a noticegraph store and into an Oxigraph store"
    timed "$work/ingest.log" "$ng" ingest --store "$work/ng" "$corpus" >/dev/null
    timed "$work/output.log" "$ng" ingest --output "$work/q.nq" "$corpus" >/dev/null
    timed "$work/load.log" "$ox" load --location "$work/ox" --file "$work/q.nq" >/dev/null
}

# merge_default_graph: unless --ox-union, adds to the Oxigraph store's default graph every
# triple of its named graphs once (their RDF merge), which is what noticegraph's default
# graph is, so that Oxigraph's plain default graph answers as noticegraph's union does
merge_default_graph() {
    ((ox_union == 0)) || return 0
    [[ -e "$work/merged.nt" ]] && return 0
    note "merging the named graphs into Oxigraph's default graph (a set of triples)"
    "$ox" query --location "$work/ox" --union-default-graph --results-format nt \
        --results-file "$work/merged.nt" \
        --query 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' >"$work/merge.log" 2>&1 ||
        { cat "$work/merge.log" >&2; die "oxigraph query (CONSTRUCT of the union) failed"; }
    "$ox" load --location "$work/ox" --file "$work/merged.nt" >>"$work/merge.log" 2>&1 ||
        { cat "$work/merge.log" >&2; die "oxigraph load of the merged graph failed"; }
    note "$(wc -l <"$work/merged.nt") distinct triples in the default graph"
}

# start_servers: both servers on their stores, in the background, answering
start_servers() {
    [[ -n "${ng_pid:-}" ]] && return 0
    local union=()
    ((ox_union == 0)) || union=(--union-default-graph)
    merge_default_graph
    mkdir -p "$work/no-samples"
    "$ng" serve --store "$work/ng" --bind "127.0.0.1:$ng_port" --data "$work/no-samples" \
        >"$work/ng-serve.log" 2>&1 &
    ng_pid=$!
    pids+=("$ng_pid")
    "$ox" serve --location "$work/ox" --bind "127.0.0.1:$ox_port" "${union[@]}" \
        >"$work/ox-serve.log" 2>&1 &
    ox_pid=$!
    pids+=("$ox_pid")
    wait_up "$ng_url/sparql?query=ASK%7B%7D" "$ng_pid" "noticegraph serve" "$work/ng-serve.log"
    wait_up "$ox_url/query?query=ASK%7B%7D" "$ox_pid" "oxigraph serve" "$work/ox-serve.log"
}

# select_values URL QUERY: the values of the first variable of a SELECT, one a line
select_values() {
    curl -fsS -G "$1" -H 'Accept: application/sparql-results+json' --data-urlencode "query=$2" |
        jq -r '.head.vars[0] as $v | .results.bindings[] | .[$v].value'
}

# The PREFIX lines the gallery examples use (src/rdf/vocab.rs PREFIXES; the query page
# prepends the same ones).
prologue='PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX ng: <https://w3id.org/noticegraph/ns#>
'

# wrk_lua: the wrk script. Its argument is a file of requests, one a line:
# ACCEPT<TAB>PATH?QUERY; each thread sends them in turn, round robin. At the end it prints
# one line: RESULT requests seconds p50_us p99_us errors non2xx.
wrk_lua() {
    cat <<'EOF'
local reqs = {}
local next_req = 0
local bad = 0
function init(args)
  for line in io.lines(args[1]) do
    local accept, path = line:match("^([^\t]*)\t(.*)$")
    if path then
      table.insert(reqs, wrk.format("GET", path, { ["Accept"] = accept }))
    end
  end
  next_req = 0
end
function request()
  next_req = next_req % #reqs + 1
  return reqs[next_req]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.6f %d %d %d %d\n", summary.requests,
    summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
EOF
}

# bench SERVER_URL PID REQUESTS THREADS CONNECTIONS SECONDS: runs wrk; prints
# "req/s p50_ms p99_ms cpu_ms_per_req errors"
bench() {
    local url=$1 pid=$2 reqs=$3 threads=$4 conns=$5 secs=$6 out before after
    before=$(cpu_ticks "$pid")
    out=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency --timeout 30s \
        -s "$work/rotate.lua" "$url" -- "$reqs" 2>&1) || { echo "$out" >&2; die "wrk failed"; }
    after=$(cpu_ticks "$pid")
    echo "$out" >>"$work/wrk.log"
    echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
        /^RESULT/ { printf "%.1f %.2f %.2f %.3f %d\n", $2 / $3, $4 / 1000, $5 / 1000,
                    ($2 ? 1000 * ticks / hz / $2 : 0), $6 + $7 }'
}

# ---------------------------------------------------------------- ingest

part_ingest() {
    local files i d t_store=() t_out=() t_load=() quads ms mo ml
    files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.json' \) | wc -l)
    note "ingest: $runs runs over $files notices of $corpus"
    for i in $(seq "$runs"); do
        rm -rf "$work/ng" "$work/ox" "$work/q.nq"
        t_store+=("$(timed "$work/ingest.log" "$ng" ingest --store "$work/ng" "$corpus")")
        t_out+=("$(timed "$work/output.log" "$ng" ingest --output "$work/q.nq" "$corpus")")
        t_load+=("$(timed "$work/load.log" "$ox" load --location "$work/ox" --file "$work/q.nq")")
        note "run $i: ingest --store ${t_store[-1]} s, ingest --output ${t_out[-1]} s, oxigraph load ${t_load[-1]} s"
    done
    quads=$(wc -l <"$work/q.nq")
    ms=$(median "${t_store[@]}")
    mo=$(median "${t_out[@]}")
    ml=$(median "${t_load[@]}")
    echo
    echo "| notices | quads | \`ingest --store\` | \`ingest --output\` | \`oxigraph load\` | store ÷ load | store ÷ (output + load) |"
    echo "|---|---|---|---|---|---|---|"
    echo "| $files | $quads | **$ms s** | $mo s | **$ml s** | **$(ratio "$ms" "$ml")×** | $(ratio "$ms" "$(python3 -c "import sys; print(float(sys.argv[1]) + float(sys.argv[2]))" "$mo" "$ml")")× |"
    echo "(medians of $runs runs; runs: store ${t_store[*]}; output ${t_out[*]}; load ${t_load[*]})"
}

# ---------------------------------------------------------------- sparql

# add_query NAME ACCEPT TEXT: one query of the mix, in $work/queries/NAME.{accept,rq}
add_query() {
    mkdir -p "$work/queries"
    printf '%s' "$2" >"$work/queries/$1.accept"
    printf '%s%s' "$prologue" "$3" >"$work/queries/$1.rq"
}

# mix_queries: the query mix, from the data of the noticegraph server
mix_queries() {
    local event label ex
    event=$(select_values "$ng_url/sparql" "${prologue}SELECT ?e WHERE { ?e a schema:Event ; rdfs:label ?l } ORDER BY ?e LIMIT 1")
    [[ -n "$event" ]] || die "the store holds no event"
    label=$(select_values "$ng_url/sparql" "${prologue}SELECT ?l WHERE { <$event> rdfs:label ?l FILTER(lang(?l) = \"en\") } ORDER BY ?l LIMIT 1")
    [[ -n "$label" ]] || label=$(select_values "$ng_url/sparql" "${prologue}SELECT ?l WHERE { <$event> rdfs:label ?l } ORDER BY ?l LIMIT 1")
    label=${label//\\/\\\\}
    label=${label//\"/\\\"}
    json='application/sparql-results+json'
    add_query point-event "$json" "SELECT ?p ?o WHERE { <$event> ?p ?o }"
    add_query point-label "$json" "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(STR(?l) = \"$label\") }"
    add_query describe 'application/n-triples' "DESCRIBE <$event>"
    add_query count-types "$json" "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) ?type"
    for ex in "$repo"/src/http/examples/*.en.rq; do
        add_query "gallery-$(basename "$ex" .en.rq)" "$json" "$(cat "$ex")"
    done
}

# results URL ACCEPT QUERY_FILE: how many results the answer holds (SELECT: solutions;
# N-Triples: distinct triples)
results() {
    local body
    body=$(curl -fs --max-time "$check_timeout" -G "$1" -H "Accept: $2" --data-urlencode "query@$3") || {
        echo "no answer in ${check_timeout} s"
        return 0
    }
    case "$2" in
    application/sparql-results+json) jq '.results.bindings | length' <<<"$body" ;;
    *) grep -c . <<<"$body" | tr -d ' ' ;;
    esac
}

# request_lines PATH NAME...: "ACCEPT<TAB>PATH?query=…" for the named queries
request_lines() {
    local path=$1 name q
    shift
    for name in "$@"; do
        q=$(jq -sRr @uri <"$work/queries/$name.rq")
        printf '%s\t%s?query=%s\n' "$(cat "$work/queries/$name.accept")" "$path" "$q"
    done
}

part_sparql() {
    local names=() name n_ng n_ox bad=0 quads_ng quads_ox conns threads r_ng r_ox
    make_stores
    start_servers
    mix_queries
    quads_ng=$(select_values "$ng_url/sparql" 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')
    quads_ox=$(select_values "$ox_url/query" 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')
    note "quads in named graphs: noticegraph $quads_ng, oxigraph $quads_ox"
    [[ "$quads_ng" == "$quads_ox" ]] || die "the stores differ in size"
    echo
    echo "| query | results (noticegraph / oxigraph) |"
    echo "|---|---|"
    for f in "$work"/queries/*.rq; do
        name=$(basename "$f" .rq)
        n_ng=$(results "$ng_url/sparql" "$(cat "$work/queries/$name.accept")" "$f")
        n_ox=$(results "$ox_url/query" "$(cat "$work/queries/$name.accept")" "$f")
        if [[ "$n_ng" == "$n_ox" ]]; then
            names+=("$name")
            echo "| $name | $n_ng / $n_ox |"
        else
            echo "| $name | $n_ng / $n_ox: **differ, left out** |"
            bad=1
        fi
    done
    ((bad == 0 || ox_union == 1)) || die "the servers disagree on the number of results (queries in $work/queries)"
    ((${#names[@]} > 0)) || die "no query of the mix gets the same answer from both servers"
    if ((ox_union == 1)); then
        # a query left running by the check would slow the measured runs: restart Oxigraph
        kill "$ox_pid"; wait "$ox_pid" 2>/dev/null || true
        "$ox" serve --location "$work/ox" --bind "127.0.0.1:$ox_port" --union-default-graph \
            >>"$work/ox-serve.log" 2>&1 &
        ox_pid=$!
        pids+=("$ox_pid")
        wait_up "$ox_url/query?query=ASK%7B%7D" "$ox_pid" "oxigraph serve" "$work/ox-serve.log"
    fi
    request_lines /sparql "${names[@]}" >"$work/ng.req"
    request_lines /query "${names[@]}" >"$work/ox.req"
    wrk_lua >"$work/rotate.lua"
    note "warm-up: $warmup s each"
    bench "$ng_url" "$ng_pid" "$work/ng.req" 2 32 "$warmup" >/dev/null
    bench "$ox_url" "$ox_pid" "$work/ox.req" 2 32 "$warmup" >/dev/null
    echo
    echo "| connections | noticegraph req/s | p50 | p99 | CPU/req | Oxigraph req/s | p50 | p99 | CPU/req | req/s ratio | p50 ratio | p99 ratio |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    for conns in 1 32; do
        threads=$((conns == 1 ? 1 : 2))
        note "mix of ${#names[@]} queries, $conns connection(s), $duration s each"
        read -r -a r_ng <<<"$(bench "$ng_url" "$ng_pid" "$work/ng.req" "$threads" "$conns" "$duration")"
        read -r -a r_ox <<<"$(bench "$ox_url" "$ox_pid" "$work/ox.req" "$threads" "$conns" "$duration")"
        ((r_ng[4] == 0 && r_ox[4] == 0)) || note "WARNING: errors or non-2xx answers: noticegraph ${r_ng[4]}, oxigraph ${r_ox[4]}"
        echo "| $conns (\`-t$threads -c$conns\`) | **${r_ng[0]}** | ${r_ng[1]} ms | ${r_ng[2]} ms | ${r_ng[3]} ms | **${r_ox[0]}** | ${r_ox[1]} ms | ${r_ox[2]} ms | ${r_ox[3]} ms | **$(ratio "${r_ng[0]}" "${r_ox[0]}")** | $(ratio "${r_ng[1]}" "${r_ox[1]}") | $(ratio "${r_ng[2]}" "${r_ox[2]}") |"
    done
    if ((per_query > 0)); then
        echo
        echo "| query alone, 1 connection | noticegraph req/s | p50 | CPU/req | Oxigraph req/s | p50 | CPU/req | req/s ratio |"
        echo "|---|---|---|---|---|---|---|---|"
        for name in "${names[@]}"; do
            request_lines /sparql "$name" >"$work/one-ng.req"
            request_lines /query "$name" >"$work/one-ox.req"
            read -r -a r_ng <<<"$(bench "$ng_url" "$ng_pid" "$work/one-ng.req" 1 1 "$per_query")"
            read -r -a r_ox <<<"$(bench "$ox_url" "$ox_pid" "$work/one-ox.req" 1 1 "$per_query")"
            echo "| $name | ${r_ng[0]} | ${r_ng[1]} ms | ${r_ng[3]} ms | ${r_ox[0]} | ${r_ox[1]} ms | ${r_ox[3]} ms | $(ratio "${r_ng[0]}" "${r_ox[0]}") |"
        done
    fi
}

# ---------------------------------------------------------------- pages

part_pages() {
    local base lang n failed r
    make_stores
    start_servers
    wrk_lua >"$work/rotate.lua"
    base=$(select_values "$ng_url/sparql" "SELECT ?e WHERE { ?e a <https://schema.org/Event> } ORDER BY ?e" |
        sed -n 's#^.*/id/event/#event/#p')
    [[ -n "$base" ]] || die "the store holds no event under {base}id/event/"
    echo
    echo "| pages (32 connections, \`-t2 -c32\`) | pages | req/s | p50 | p99 | CPU/req |"
    echo "|---|---|---|---|---|---|"
    for lang in ko en; do
        # event IRIs are IRIs: percent-encode what a URI path may not hold
        python3 -c '
import sys, urllib.parse
for line in sys.stdin:
    path = "/" + sys.argv[1] + "/" + line.strip()
    print("text/html\t" + urllib.parse.quote(path, safe="/%:@!$&'"'"'()*+,;=-._~"))
' "$lang" <<<"$base" >"$work/pages-$lang.req"
        n=$(wc -l <"$work/pages-$lang.req")
        failed=0
        while IFS=$'\t' read -r _ path; do
            [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$ng_url$path")" == 200 ]] ||
                { note "not 200: $path"; failed=$((failed + 1)); }
        done <"$work/pages-$lang.req"
        ((failed == 0)) || die "$failed of $n $lang event pages do not answer 200"
        bench "$ng_url" "$ng_pid" "$work/pages-$lang.req" 2 32 "$warmup" >/dev/null
        read -r -a r <<<"$(bench "$ng_url" "$ng_pid" "$work/pages-$lang.req" 2 32 "$duration")"
        ((r[4] == 0)) || note "WARNING: ${r[4]} errors or non-2xx answers"
        echo "| /$lang/event/… | $n | **${r[0]}** | ${r[1]} ms | **${r[2]} ms** | ${r[3]} ms |"
    done
}

# ---------------------------------------------------------------- main

note "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
note "noticegraph: $ng; oxigraph: $("$ox" --version)"
if wants ingest; then part_ingest; fi
if wants sparql; then part_sparql; fi
if wants pages; then part_pages; fi
note "done, load $(cut -d' ' -f1-3 /proc/loadavg)"
