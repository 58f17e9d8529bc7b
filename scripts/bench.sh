#!/usr/bin/env bash
# Load-tests the shop with the Gatling simulation in benchmark/ and writes the results as Markdown
# (O-COMP-01). `scripts/bench.sh --help` says how.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

LAUNCHER_JAR=launcher/target/launcher.jar
SIMULATION=o11yshop.benchmark.BrowseAndSearchSimulation
REPORT_TOOL=benchmark/src/test/java/o11yshop/benchmark/report/GatlingReport.java
GATLING_RESULTS=benchmark/target/gatling
OUT_DIR=.shop/bench
START_TIMEOUT=${SHOP_BENCH_START_TIMEOUT:-300}

users=${SHOP_BENCH_USERS:-8}
duration=${SHOP_BENCH_DURATION:-60}
ramp_up=${SHOP_BENCH_RAMP_UP:-10}
warm_up=${SHOP_BENCH_WARM_UP:-20}
think_time=${SHOP_BENCH_THINK_TIME:-0}
port=${SHOP_BENCH_PORT:-8080}
shop_url=${SHOP_URL:-}
rebuild=false
modes=${SHOP_BENCH_MODES:-off}
samplings=${SHOP_BENCH_SAMPLING:-all}
rounds=${SHOP_BENCH_ROUNDS:-1}
report_file=""

usage() {
  cat <<'EOF'
Usage: scripts/bench.sh [options]        (also: ./shop bench [options])

Starts the shop (unless --url is given), warms it up, runs the load test (a quarter of the users buy:
sign up, cart, checkout; the others browse and search)
(benchmark/, Gatling) and prints a Markdown table per request: requests, errors, throughput,
p50/p90/p95/p99 and max latency, with the machine and the settings; then the CPU and memory the
shop used, and the telemetry it shipped to the launcher meanwhile (X-Ray segments, OTLP exports,
EMF and JSON log lines, from GET /_launcher/telemetry/volume). The same is written to
.shop/bench/<time>.md; Gatling's HTML report stays in benchmark/target/gatling/.

Options (and the environment variables that set their defaults):
  --users N          concurrent shoppers, closed model             (SHOP_BENCH_USERS, 8)
  --duration S       seconds measured at full load                 (SHOP_BENCH_DURATION, 60)
  --ramp-up S        seconds from 0 to N shoppers, before that     (SHOP_BENCH_RAMP_UP, 10)
  --warm-up S        seconds of unrecorded load first; 0: none     (SHOP_BENCH_WARM_UP, 20)
  --think-time MS    pause between a shopper's pages; 0: none      (SHOP_BENCH_THINK_TIME, 0)
  --port N           the edge's port for the shop started here     (SHOP_BENCH_PORT, 8080)
  --url URL          load a shop that is already running there instead of starting one (SHOP_URL)
  --modes LIST       observability modes to compare, comma-separated: off, xray, otel
                                                                   (SHOP_BENCH_MODES, off)
  --sampling LIST    which requests the shop traces, comma-separated  (SHOP_BENCH_SAMPLING, all)
                       all      every request (as ./shop run does, for the Lab)
                       default  each approach's own default, as in AWS: X-Ray 1 request a second
                                and 5 % of the rest, OpenTelemetry parentbased_traceidratio 0.05
                     with several modes or samplings (or --rounds > 1) the shop is started once per
                     (mode, sampling) and round, interleaved (off/all, xray/all, otel/all, off/default,
                     …, then the next round), and a comparison table is written: each mean with its
                     ratio to off of the same sampling
  --rounds N         how many times each (mode, sampling) is measured    (SHOP_BENCH_ROUNDS, 1)
  --report FILE      where the Markdown goes (default .shop/bench/<time>.md)
  --rebuild          build the services and the launcher again first (else only missing jars)
  -h, --help         show this help

The run fails (exit 1) when more than 1 % of the requests fail; timings never fail it.
EOF
}

say() {
  printf '[bench] %s\n' "$*" >&2
}

die() {
  say "$*"
  exit 1
}

need_count() {
  local name="$1" value="$2" min="$3"
  if ! [[ "$value" =~ ^[0-9]+$ ]] || ((value < min)); then
    die "$name must be a whole number >= $min; got: $value"
  fi
}

# $1: the option, $2: its comma-separated list, the rest: the values it may hold. Prints the list
# without blanks; dies on a value it may not hold, on one listed twice, and on an empty list.
check_list() {
  local option="$1" item seen="," items=()
  IFS=, read -ra items <<<"$2"
  shift 2
  local allowed=" $* " names="$*"
  names="${names// /, }"
  for item in "${items[@]}"; do
    item="${item//[[:space:]]/}"
    [ -n "$item" ] || continue
    [[ "$allowed" == *" $item "* ]] || die "$option: each value is one of $names; got: $item"
    [[ "$seen" != *",$item,"* ]] || die "$option: $item is listed twice"
    seen="$seen$item,"
  done
  [ "$seen" != "," ] || die "$option needs at least one of: $names"
  seen="${seen#,}"
  echo "${seen%,}"
}

parse_options() {
  while (( $# > 0 )); do
    case "$1" in
      --users | --duration | --ramp-up | --warm-up | --think-time | --port | --url | --modes | --sampling | --rounds | --report)
        (( $# >= 2 )) || die "$1 needs a value"
        case "$1" in
          --users) users="$2" ;;
          --duration) duration="$2" ;;
          --ramp-up) ramp_up="$2" ;;
          --warm-up) warm_up="$2" ;;
          --think-time) think_time="$2" ;;
          --port) port="$2" ;;
          --url) shop_url="$2" ;;
          --modes) modes="$2" ;;
          --sampling) samplings="$2" ;;
          --rounds) rounds="$2" ;;
          --report) report_file="$2" ;;
        esac
        shift 2
        ;;
      --rebuild) rebuild=true; shift ;;
      -h | --help) usage; exit 0 ;;
      *) usage >&2; die "unknown option: $1" ;;
    esac
  done
  need_count --users "$users" 1
  need_count --duration "$duration" 1
  need_count --ramp-up "$ramp_up" 0
  need_count --warm-up "$warm_up" 0
  need_count --think-time "$think_time" 0
  need_count --port "$port" 1
  need_count --rounds "$rounds" 1
  modes="$(check_list --modes "$modes" off xray otel)" || exit 1
  samplings="$(check_list --sampling "$samplings" all default)" || exit 1
  if [ -n "$shop_url" ] && [[ "$modes" == *,* || "$samplings" == *,* || "$rounds" -gt 1 ]]; then
    die "--url measures one running shop as it runs; --modes, --sampling and --rounds start shops of their own"
  fi
  shop_url="${shop_url%/}"
}

# scripts/find-jdk.sh is the project's one way to find a JDK; the fallback below only keeps this script
# usable on its own, with the same rule: JAVA_HOME, then the java on PATH, then /usr/lib/jvm/*.
find_java() {
  if [ -f scripts/find-jdk.sh ]; then
    # shellcheck source=scripts/find-jdk.sh
    source scripts/find-jdk.sh
    find_jdk
    return
  fi
  local java home version
  for java in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -x "$java" ] || continue
    read -r version home < <("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '
      /^ *java\.specification\.version = / { v = $2 } /^ *java\.home = / { h = $2 } END { print v, h }') || continue
    if [[ "$version" =~ ^[0-9]+$ ]] && (( version >= 21 )) && [ -x "$home/bin/javac" ]; then
      export JAVA_HOME="$home"
      SHOP_JAVA="$home/bin/java"
      return
    fi
  done
  die "the benchmark needs a JDK 21 or newer; install one or set JAVA_HOME"
}

# ---- the shop ------------------------------------------------------------------------------------

LAUNCHER_PID=""
GATLING_PID=""

port_answers() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# The launcher runs services/<name>/target/<name>-exec.jar for every folder in services/.
build_jars() {
  local pom service missing=()
  [ -f "$LAUNCHER_JAR" ] || missing+=("$LAUNCHER_JAR")
  for pom in services/*/pom.xml; do
    [ -f "$pom" ] || continue
    service="$(basename "$(dirname "$pom")")"
    [ -f "services/$service/target/$service-exec.jar" ] || missing+=("services/$service/target/$service-exec.jar")
  done
  if [ "$rebuild" = true ] || (( ${#missing[@]} > 0 )); then
    say "building the services and the launcher${missing[*]:+ (missing: ${missing[*]})}…"
    ./mvnw -B -q -DskipTests package
  fi
}

start_shop() {
  local log=.shop/bench-launcher.log
  # a shop already on the port would answer the readiness poll and be measured instead of this one
  ! port_answers "$port" ||
    die "port $port is in use (another shop?); stop it, pick another with --port, or measure it with --url"
  mkdir -p .shop
  say "starting the shop on port $port (log: $log)…"
  # job control gives the launcher a process group of its own, so that stopping it leaves no orphan
  set -m
  "$SHOP_JAVA" -jar "$LAUNCHER_JAR" --port "$port" --no-frontend --observability "$modes" --sampling "$samplings" \
    >"$log" 2>&1 </dev/null &
  LAUNCHER_PID=$!
  set +m
  shop_url="http://127.0.0.1:$port"

  local started=$SECONDS
  until all_services_running; do
    if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
      tail -n 40 "$log" >&2
      die "the launcher exited before the shop was running (log: $log)"
    fi
    if (( SECONDS - started > START_TIMEOUT )); then
      tail -n 40 "$log" >&2
      die "the shop was not running within $START_TIMEOUT s (log: $log)"
    fi
    sleep 2
  done
  START_SECONDS=$((SECONDS - started))
  say "the shop is running ($START_SECONDS s)"
  check_own_services
  # another program on the X-Ray daemon's or the OTLP port gets the telemetry, and the volume misses it
  NOT_CAUGHT="$(grep -o '\(X-Ray\|OTLP\) not caught: [^;]*' "$log" | paste -sd ';' | sed 's/;/; /g' || true)"
  [ -z "$NOT_CAUGHT" ] || say "warning: $NOT_CAUGHT; the telemetry volume will miss what went there"
}

# The launcher gives each service a fixed port. If another shop on this machine already holds one, the
# launcher's readiness check can pass against that shop's service, and this run would measure it.
check_own_services() {
  [ -r /proc/net/tcp ] || return 0
  local name service_port pid
  while read -r name service_port pid; do
    listens_on "$pid" "$service_port" ||
      die "port $service_port is held by another process, not by this shop's $name (pid $pid): is another shop running?"
  done < <(launcher_services | grep -o '"name":"[^"]*","port":[0-9]*,"state":"[a-z_]*","pid":[0-9]*' |
    sed -E 's/"name":"([^"]*)","port":([0-9]*),.*"pid":([0-9]*)/\1 \2 \3/')
}

# Whether the process has the listening socket of a TCP port: /proc/net/tcp{,6} give the socket's inode
# (local address ends in the port in hex, state 0A is LISTEN, column 10 the inode), the process's file
# descriptors point at the sockets it holds.
listens_on() {
  local pid="$1" hex inode fd
  printf -v hex '%04X' "$2"
  while read -r inode; do
    for fd in /proc/"$pid"/fd/*; do
      [ "$(readlink "$fd" 2>/dev/null)" != "socket:[$inode]" ] || return 0
    done
  done < <(awk -v port=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == port { print $10 }' \
    /proc/net/tcp /proc/net/tcp6 2>/dev/null)
  return 1
}

# GET /_launcher/services answers [{"name":…,"port":…,"state":…,"pid":…}, …]
launcher_services() {
  curl -fsS --max-time 5 "$shop_url/_launcher/services" 2>/dev/null
}

all_services_running() {
  local services states
  services="$(launcher_services)" || return 1
  states="$(grep -o '"state":"[a-z_]*"' <<<"$services" || true)"
  [ -n "$states" ] && ! grep -qv '"state":"running"' <<<"$states"
}

# SIGTERM lets the launcher stop the services and its database in order; whatever is left of its process
# group after that is killed. The same for a Gatling run that is cut short.
cleanup() {
  local pid
  for pid in "$GATLING_PID" "$LAUNCHER_PID"; do
    [ -n "$pid" ] || continue
    if kill -0 "$pid" 2>/dev/null; then
      [ "$pid" = "$LAUNCHER_PID" ] && say "stopping the shop…"
      kill -TERM "$pid" 2>/dev/null || true
      local waited=0
      while kill -0 "$pid" 2>/dev/null && (( waited < 60 )); do
        sleep 0.5
        waited=$((waited + 1))
      done
    fi
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
}

# ---- load ------------------------------------------------------------------------------------------

# Runs the simulation through Maven with its output in a log file. In the background and waited for, so
# that Ctrl-C or SIGTERM reach the trap at once instead of after the run.
run_gatling() {
  local log="$1"
  shift
  set -m
  ./mvnw -B -q -f benchmark/pom.xml gatling:test \
    "-Dgatling.simulationClass=$SIMULATION" \
    "-Dshop.url=$shop_url" "-Dusers=$users" "-DthinkTime=$think_time" "$@" >"$log" 2>&1 </dev/null &
  GATLING_PID=$!
  set +m
  local status=0
  wait "$GATLING_PID" || status=$?
  GATLING_PID=""
  return "$status"
}

# ---- what the shop used -------------------------------------------------------------------------------
# CPU time per request is the shop's own cost; a load generator on the same cores skews it far less than
# it skews throughput and latency. Read from /proc, so Linux only: elsewhere the table is left out.

# "label<TAB>pid<TAB>how" per process this script started: how is "self" for a JVM (its threads are in
# its own count) or "tree" for PostgreSQL (one process per connection).
measured_processes() {
  [ -n "$LAUNCHER_PID" ] && [ -r "/proc/$LAUNCHER_PID/stat" ] || return 0
  printf 'edge (launcher JVM)\t%s\tself\n' "$LAUNCHER_PID"
  launcher_services | grep -o '"name":"[^"]*","port":[0-9]*,"state":"[a-z_]*","pid":[0-9]*' |
    sed -E 's/"name":"([^"]*)".*"pid":([0-9]*)/\1\t\2\tself/' || true
  local postmaster
  postmaster="$(postmaster_pid)"
  [ -z "$postmaster" ] || printf 'PostgreSQL (embedded)\t%s\ttree\n' "$postmaster"
}

# The embedded PostgreSQL is not the launcher's child: find it by the port the launcher logged.
postmaster_pid() {
  local db_port cmdline
  db_port="$(sed -nE 's/.*embedded PostgreSQL ready on [^ ]*:([0-9]+).*/\1/p' .shop/bench-launcher.log | tail -n 1)"
  [ -n "$db_port" ] || return 0
  for cmdline in /proc/[0-9]*/cmdline; do
    if tr '\0' ' ' <"$cmdline" 2>/dev/null | grep -q "bin/postgres .*-p $db_port "; then
      cmdline="${cmdline#/proc/}"
      echo "${cmdline%/cmdline}"
      return 0
    fi
  done
}

# The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses), so
# that, counted from 0: [1] is the parent, [11]/[12] user and system time, [13]/[14] those of the
# children it has waited for; in clock ticks. Fails when the process is gone.
read_stat() {
  local line
  { read -r line <"/proc/$1/stat"; } 2>/dev/null || return 1
  read -ra STAT <<<"${line##*) }"
}

# A process's CPU ticks so far: "self" for a JVM (its threads are in its own count); "tree" for
# PostgreSQL (a process per connection): its own, the children it has reaped, and those still alive.
cpu_ticks() {
  local pid="$1" how="$2" total stat
  read_stat "$pid" || return 1
  if [ "$how" = self ]; then
    echo $((STAT[11] + STAT[12]))
    return
  fi
  total=$((STAT[11] + STAT[12] + STAT[13] + STAT[14]))
  for stat in /proc/[0-9]*/stat; do
    stat="${stat#/proc/}"
    if read_stat "${stat%/stat}" && ((STAT[1] == pid)); then
      total=$((total + STAT[11] + STAT[12]))
    fi
  done
  echo "$total"
}

# CPU ticks the whole machine has been busy, all cores together (/proc/stat: user nice system idle
# iowait irq softirq steal …)
machine_busy_ticks() {
  local user nice system irq softirq steal
  # the label, idle and iowait are read into _ and dropped
  read -r _ user nice system _ _ irq softirq steal _ </proc/stat || return 1
  echo $((user + nice + system + irq + softirq + steal))
}

rss_mib() {
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || true
}

# the most the process has had resident since it started (its high-water mark)
peak_rss_mib() {
  awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || true
}

# This script's reaped children: Maven and the Gatling JVM it forks, once the run has ended.
load_generator_ticks() {
  read_stat $$ && echo $((STAT[13] + STAT[14]))
}

snapshot_cpu() {
  local label pid how
  while IFS=$'\t' read -r label pid how; do
    printf '%s\t%s\t%s\t%s\n' "$label" "$pid" "$how" "$(cpu_ticks "$pid" "$how" || echo 0)"
  done < <(measured_processes)
}

# "label<TAB>CPU ticks since the snapshot<TAB>RSS in MiB<TAB>peak RSS in MiB" per process of the
# snapshot; "-" for what is not known (a process that ended, a tree's memory)
cpu_since() {
  local label pid how before after rss peak
  while IFS=$'\t' read -r label pid how before; do
    [ -n "$label" ] || continue
    after="$(cpu_ticks "$pid" "$how")" || after=""
    rss=-
    peak=-
    if [ "$how" != tree ]; then
      rss="$(rss_mib "$pid")"
      peak="$(peak_rss_mib "$pid")"
    fi
    printf '%s\t%s\t%s\t%s\n' "$label" "${after:+$((after - before))}" "${rss:--}" "${peak:--}"
  done <<<"$1"
}

# $1: the shop's processes (from cpu_since), $2: the load generator's ticks, $3: the whole machine's busy
# ticks, $4: the requests measured
resources_table() {
  echo "| Process | CPU time (s) | CPU per request (ms) | Memory at the end (RSS, MiB) | Peak memory (RSS, MiB) |"
  echo "|---|---:|---:|---:|---:|"
  {
    [ -z "$1" ] || awk '{ print "shop\t" $0 }' <<<"$1"
    printf 'load\t%s\n' "$2"
    printf 'machine\t%s\n' "$3"
  } | awk -F'\t' -v hz="$(getconf CLK_TCK)" -v n="$4" '
    function line(name, ticks, rss, peak) { s = ticks / hz; printf "| %s | %.1f | %.2f | %s | %s |\n", name, s, 1000 * s / n, rss, peak }
    $1 == "shop" && $3 == "" { printf "| %s | ended during the run | | | |\n", $2; next }
    $1 == "shop" { line($2, $3, $4, $5); shop += $3; shops++ }
    $1 == "load" { load = $2 }
    $1 == "machine" { machine = $2 }
    END {
      if (shops > 0) line("**the shop in total**", shop, "-", "-")
      line("load generator (Maven + Gatling JVMs)", load, "-", "-")
      other = shops > 0 ? "everything else on the machine" : "everything else on the machine (the shop too, if it runs here)"
      if (machine != "") line(other, machine - shop - load, "-", "-")
    }'
}

# ---- the telemetry the shop shipped ------------------------------------------------------------------
# The launcher counts what reaches its telemetry sink since it started (GET /_launcher/telemetry/volume):
# X-Ray datagrams, OTLP exports per signal, EMF and JSON log lines on the services' stdout. Read before and
# after the measured run; the difference is the run's telemetry.

# The volume as "path<TAB>number" lines (xray.bytes, otlp.traces.wireBytes, emf.lines, …); nothing when the
# shop has no such endpoint. The launcher writes compact JSON of objects and numbers, which this flattens.
read_volume() {
  local json
  json="$(curl -fsS --max-time 5 "$shop_url/_launcher/telemetry/volume" 2>/dev/null)" || return 0
  awk '{
    gsub(/[{},]/, "\n&\n")
    count = split($0, tokens, "\n")
    for (t = 1; t <= count; t++) {
      token = tokens[t]
      if (token ~ /^"[^"]*":$/) {
        path[++depth] = substr(token, 2, length(token) - 3)
      } else if (token == "}") {
        if (depth > 0) depth--
      } else if (token ~ /^"[^"]*":-?[0-9]+$/) {
        split(token, pair, "\":")
        prefix = ""
        for (i = 1; i <= depth; i++) prefix = prefix path[i] "."
        printf "%s%s\t%s\n", prefix, substr(pair[1], 2), pair[2]
      }
    }
  }' <<<"$json"
}

# "path<TAB>after - before" for each path of $2 (after) that $1 (before) has too
volume_since() {
  awk -F'\t' 'NR == FNR { before[$1] = $2; next } ($1 in before) { printf "%s\t%.0f\n", $1, $2 - before[$1] }' \
    <(printf '%s\n' "$1") <(printf '%s\n' "$2")
}

# $1: the volume of the run (from volume_since), $2: the requests measured
volume_table() {
  awk -F'\t' -v n="$2" '
    { v[$1] = $2 }
    function row(name, messages, bytes, unpacked) {
      printf "| %s | %.0f | %.0f | %.0f | %.1f |\n", name, messages, bytes, unpacked, bytes / n
    }
    END {
      print "| Channel | Messages | Bytes as sent | Bytes uncompressed | Bytes per request |"
      print "|---|---:|---:|---:|---:|"
      row("X-Ray segment documents (UDP datagrams to the daemon)", v["xray.datagrams"], v["xray.bytes"], v["xray.bytes"])
      split("traces metrics logs", signals, " ")
      for (i = 1; i <= 3; i++) {
        s = signals[i]
        row("OTLP " s " (exports to the receiver)", v["otlp." s ".requests"], v["otlp." s ".wireBytes"], v["otlp." s ".uncompressedBytes"])
        total += v["otlp." s ".wireBytes"]; unpacked += v["otlp." s ".uncompressedBytes"]; exports += v["otlp." s ".requests"]
      }
      row("EMF lines (stdout)", v["emf.lines"], v["emf.bytes"], v["emf.bytes"])
      messages = v["xray.datagrams"] + exports + v["emf.lines"]
      total += v["xray.bytes"] + v["emf.bytes"]; unpacked += v["xray.bytes"] + v["emf.bytes"]
      row("**telemetry in total** (X-Ray + OTLP + EMF)", messages, total, unpacked)
      row("JSON log lines (stdout; not in the total)", v["logLines.lines"], v["logLines.bytes"], v["logLines.bytes"])
    }' <<<"$1"
}

# ---- the report --------------------------------------------------------------------------------------

machine_description() {
  local cpu memory os
  cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
  [ -n "$cpu" ] || cpu="$(sysctl -n machdep.cpu.brand_string 2>/dev/null || echo unknown)"
  memory="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)"
  [ -n "$memory" ] || memory="$(sysctl -n hw.memsize 2>/dev/null | awk '{ printf "%.1f GiB", $1 / 1073741824 }')"
  os="$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME, ") || true)$(uname -srm)"
  echo "- CPU: $(nproc 2>/dev/null || sysctl -n hw.ncpu) cores ($cpu)"
  echo "- Memory: $memory"
  echo "- OS: $os"
  echo "- Java (Gatling, and the shop when started here): $("$SHOP_JAVA" -version 2>&1 | head -n 2 | paste -sd ';' | sed 's/;/; /')"
  [ -z "$LOAD_AVERAGE_AT_START" ] || echo "- Load average when the benchmark started (1, 5, 15 min): $LOAD_AVERAGE_AT_START"
}

settings_description() {
  local commit
  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [ -z "$(git status --porcelain 2>/dev/null | head -n 1)" ] || commit="$commit, with uncommitted changes"
  echo "- Simulation: \`$SIMULATION\` (commit $commit)"
  echo "- Shop: $shop_url ($([ -n "$LAUNCHER_PID" ] && echo "started by this script: launcher, embedded PostgreSQL, one JVM per service" || echo "already running"))"
  if [ -z "$LAUNCHER_PID" ]; then
    echo "- Observability mode: the running shop's own"
    echo "- Sampling: the running shop's own"
  else
    case "$modes" in
      xray) echo "- Observability mode: xray (X-Ray SDK: segments to the launcher's local X-Ray daemon over UDP; EMF metric lines on stdout every 10 s)" ;;
      otel) echo "- Observability mode: otel (OpenTelemetry SDK: OTLP/HTTP exports to the launcher's receiver; metrics every 10 s)" ;;
      *) echo "- Observability mode: off (nothing traced or measured)" ;;
    esac
    case "$samplings" in
      all) echo "- Sampling: all (every request traced: X-Ray rules that sample everything, OTEL_TRACES_SAMPLER=parentbased_always_on)" ;;
      *) echo "- Sampling: default (each approach's own: X-Ray 1 request a second and 5 % of the rest, OpenTelemetry parentbased_traceidratio 0.05)" ;;
    esac
    [ -z "${NOT_CAUGHT:-}" ] || echo "- Warning: $NOT_CAUGHT; the telemetry volume misses what went there"
  fi
  [ -z "${START_SECONDS:-}" ] || echo "- Start-up: $START_SECONDS s from starting the launcher until every service reported running"
  echo "- Load: $users concurrent users (closed model; a quarter of them buy, the rest browse and search), ${ramp_up} s ramp-up, then ${duration} s at full load; think time ${think_time} ms"
  echo "- Warm-up before it: ${warm_up} s of the same journey, not recorded"
  echo "- The load generator (Gatling) runs on the same machine and shares its CPU with the shop"
}

write_report() {
  local report_dir="$1" file="$2" gatling_status="$3" table total_requests
  table="$("$SHOP_JAVA" "$REPORT_TOOL" "$report_dir")"
  total_requests="$(awk -F'|' '/\*\*all requests\*\*/ { gsub(/ /, "", $3); print $3 }' <<<"$table")"
  {
    echo "# o11y-shop benchmark, $(date '+%Y-%m-%d %H:%M %Z')"
    echo
    echo "## Settings"
    echo
    settings_description
    echo
    echo "## Machine"
    echo
    machine_description
    echo
    echo "## Results (observability: $([ -n "$LAUNCHER_PID" ] && echo "$modes, sampling $samplings" || echo "the running shop's"))"
    echo
    echo "Latency in ms, over every request of the measured run (ramp-up included); throughput is the run's mean."
    echo
    echo "$table"
    if [ -n "$LOAD_TICKS" ] && [[ "$total_requests" =~ ^[1-9][0-9]*$ ]]; then
      echo
      echo "## CPU and memory during the measured run"
      echo
      echo "CPU time summed over all cores, from /proc, over the $WINDOW_SECONDS s from just before the measured run"
      echo "to just after it (Maven's and Gatling's start and Gatling's report included, so at most"
      echo "$(( WINDOW_SECONDS * $(nproc 2>/dev/null || echo 1) )) CPU s); per request: divided by the requests measured."
      echo "\"Everything else\" is what other processes on the machine used meanwhile."
      echo
      resources_table "$SHOP_CPU" "$LOAD_TICKS" "$MACHINE_TICKS" "$total_requests"
    fi
    if [ -n "$VOLUME" ] && [[ "$total_requests" =~ ^[1-9][0-9]*$ ]]; then
      echo
      echo "## Telemetry shipped during the measured run"
      echo
      echo "What reached the launcher's telemetry sink (GET /_launcher/telemetry/volume, read just before and"
      echo "just after the measured run, the same window as the CPU time); per request: divided by the requests"
      echo "measured. X-Ray: each datagram with its header line; OTLP: each export's body as sent (gzipped when"
      echo "the exporter compresses) and decoded; lines: UTF-8 bytes without the line break. The total is what"
      echo "tracing and metrics ship; the JSON log lines are written in every mode, so they stand apart."
      echo "Periodic exports (metrics every 10 s) and batches still in flight at either edge of the window are"
      echo "counted when they arrive."
      echo
      volume_table "$VOLUME" "$total_requests"
    fi
    echo
    echo "Gatling's report: \`$report_dir/index.html\`"
    if (( gatling_status != 0 )); then
      echo
      echo "**The run failed: more than 1 % of the requests failed** (Gatling's output: \`$GATLING_LOG\`)."
    fi
  } | tee "$file"
}

# ---- comparing modes (O-COMP-01) -------------------------------------------------------------------------
# One run of this script per mode, sampling and round, in turn (off/all, xray/all, otel/all, off/default, …,
# then the next round), so that a change in the machine's background load shows up as a difference between
# two runs of the same mode instead of being taken for a mode's cost. Each run starts its own shop and
# writes its own report; the comparison table is read from those reports.

compare_modes() {
  local stamp dir round mode sampling file summary
  stamp="$(date '+%Y-%m-%d-%H%M%S')"
  dir="$OUT_DIR/modes-$stamp"
  mkdir -p "$dir"
  for ((round = 1; round <= rounds; round++)); do
    for sampling in ${samplings//,/ }; do
      for mode in ${modes//,/ }; do
        file="$dir/$round-$mode-$sampling.md"
        say "==== round $round of $rounds, observability $mode, sampling $sampling ===="
        "$0" "$@" --modes "$mode" --sampling "$sampling" --rounds 1 --report "$file" >/dev/null ||
          die "the $mode run with sampling $sampling of round $round failed; see $file and $OUT_DIR"
      done
    done
  done
  summary="$dir/comparison.md"
  comparison_table "$dir" | tee "$summary"
  say "reports in $dir; the comparison in $summary"
}

# One row per run, then one per mode and sampling with its means and each mean as a ratio to the mean of
# off with the same sampling.
comparison_table() {
  local dir="$1" file
  echo "| Run | Mode | Sampling | Start-up (s) | Requests | Errors | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | Shop CPU per request (ms) | Services' peak RSS (MiB) | Telemetry (bytes/request) | JSON log lines (bytes/request) | Everything else (CPU s) |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for file in "$dir"/[0-9]*-*.md; do
    awk -v run="$(basename "$file" .md)" -F'|' '
      function trim(value) { gsub(/^ +| +$/, "", value); return value }
      BEGIN { sampling = "all" }
      /^- Observability mode: / { mode = $0; sub(/^- Observability mode: /, "", mode); sub(/ .*/, "", mode) }
      /^- Sampling: / { sampling = $0; sub(/^- Sampling: /, "", sampling); sub(/ .*/, "", sampling) }
      /^- Start-up: / { startup = $0; sub(/^- Start-up: /, "", startup); sub(/ .*/, "", startup) }
      /\*\*all requests\*\*/ { requests = trim($3); errors = trim($4); throughput = trim($6); p50 = trim($7); p95 = trim($9); p99 = trim($10) }
      /\*\*the shop in total\*\*/ { cpu = trim($4) }
      /^\| (catalog|inventory|order|identity) \|/ { rss += trim($6) }
      /everything else on the machine/ { other = trim($3) }
      /\*\*telemetry in total\*\*/ { telemetry = trim($6) }
      /^\| JSON log lines/ { logs = trim($6) }
      END { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", run, mode, sampling, startup, requests, errors, throughput, p50, p95, p99, cpu, rss, telemetry, logs, other }
    ' "$file"
  done | tee "$dir/.rows"
  echo
  echo "| Mode | Sampling | Runs | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | Shop CPU per request (ms) | Services' peak RSS (MiB) | Start-up (s) | Telemetry (bytes/request) | JSON log lines (bytes/request) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'|' '
    function trim(value) { gsub(/^ +| +$/, "", value); return value }
    # the mean of a column over the runs of a mode and sampling that have it; with its ratio to off
    function cell(mode, sampling, column) {
      if (!((mode, sampling, column) in sum)) return "-"
      mean = sum[mode, sampling, column] / count[mode, sampling, column]
      if (mode == "off" || !(("off", sampling, column) in sum)) return sprintf("%.1f", mean)
      base = sum["off", sampling, column] / count["off", sampling, column]
      return base > 0 ? sprintf("%.1f (×%.2f)", mean, mean / base) : sprintf("%.1f", mean)
    }
    {
      mode = trim($3); sampling = trim($4)
      if (!((mode, sampling) in runs)) { order[++groups] = mode SUBSEP sampling }
      runs[mode, sampling]++
      for (column = 5; column <= 16; column++) {
        value = trim($column)
        if (value ~ /^-?[0-9.]+$/) { sum[mode, sampling, column] += value; count[mode, sampling, column]++ }
      }
    }
    END {
      for (i = 1; i <= groups; i++) {
        split(order[i], key, SUBSEP); m = key[1]; s = key[2]
        printf "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", m, s, runs[m, s],
          cell(m, s, 8), cell(m, s, 9), cell(m, s, 10), cell(m, s, 11), cell(m, s, 12), cell(m, s, 13), cell(m, s, 5),
          cell(m, s, 14), cell(m, s, 15)
      }
    }' "$dir/.rows"
  rm -f "$dir/.rows"
  echo
  echo "Means over the runs; in brackets each mean's ratio to the mean of \`off\` with the same sampling (none"
  echo "where off has 0, as it has for telemetry). Sampling \`all\` traces every request, \`default\` is each"
  echo "approach's own default (X-Ray 1 request a second and 5 % of the rest, OpenTelemetry"
  echo "parentbased_traceidratio 0.05); in mode off nothing is traced either way."
  echo
  echo "- Telemetry (bytes/request): what tracing and metrics shipped to the launcher's telemetry sink during the"
  echo "  measured run — X-Ray UDP datagrams (header line and segment document), OTLP export bodies for traces,"
  echo "  metrics and logs as sent (gzipped when the exporter compresses), and EMF lines on stdout — read from"
  echo "  GET /_launcher/telemetry/volume just before and just after the run, divided by the requests Gatling made."
  echo "  Periodic exports (metrics every 10 s) count per second, not per request, and what is in flight at either"
  echo "  edge of the window is counted when it arrives."
  echo "- JSON log lines (bytes/request): the services' other JSON lines on stdout (CloudWatch Logs' share in AWS),"
  echo "  written in every mode; not in the telemetry column."
  echo "- Shop CPU per request includes the launcher, whose telemetry sink does the work that the X-Ray daemon or"
  echo "  the collector would do in AWS. Services' peak RSS: each service's high-water mark, summed."
}

# ---- main ---------------------------------------------------------------------------------------------

main() {
  # before the shop starts: how busy the machine already was
  LOAD_AVERAGE_AT_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"
  parse_options "$@"
  if [[ "$modes" == *,* || "$samplings" == *,* ]] || (( rounds > 1 )); then
    compare_modes "$@"
    return
  fi
  command -v curl >/dev/null 2>&1 || die "the benchmark needs curl"
  find_java

  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if [ -z "$shop_url" ]; then
    build_jars
    start_shop
  else
    say "measuring the shop at $shop_url"
  fi

  local stamp
  stamp="$(date '+%Y-%m-%d-%H%M%S')"
  mkdir -p "$OUT_DIR"
  if (( warm_up > 0 )); then
    say "warming up: ${warm_up} s, $users shoppers, not recorded (log: $OUT_DIR/$stamp-warm-up.log)…"
    run_gatling "$OUT_DIR/$stamp-warm-up.log" "-Dduration=$warm_up" -DrampUp=0 -Dgatling.noReports=true ||
      { tail -n 40 "$OUT_DIR/$stamp-warm-up.log" >&2; die "the warm-up failed; see $OUT_DIR/$stamp-warm-up.log"; }
  fi

  GATLING_LOG="$OUT_DIR/$stamp-gatling.log"
  local marker="$OUT_DIR/.$stamp-started" cpu_before load_before="" machine_before gatling_status=0
  touch "$marker"
  cpu_before="$(snapshot_cpu)"
  local volume_before
  volume_before="$(read_volume)"
  [ ! -r /proc/$$/stat ] || load_before="$(load_generator_ticks)"
  machine_before="$(machine_busy_ticks 2>/dev/null || true)"
  local window_start=$SECONDS
  say "measuring: $users shoppers, ${ramp_up} s ramp-up + ${duration} s (log: $GATLING_LOG)…"
  run_gatling "$GATLING_LOG" "-Dduration=$duration" "-DrampUp=$ramp_up" \
    "-Dgatling.runDescription=o11y-shop, observability $modes, sampling $samplings, $users users" || gatling_status=$?
  SHOP_CPU="$(cpu_since "$cpu_before")"
  VOLUME=""
  [ -z "$volume_before" ] || VOLUME="$(volume_since "$volume_before" "$(read_volume)")"
  WINDOW_SECONDS=$((SECONDS - window_start))
  LOAD_TICKS=""
  [ -z "$load_before" ] || LOAD_TICKS=$(( $(load_generator_ticks) - load_before ))
  MACHINE_TICKS=""
  [ -z "$machine_before" ] || MACHINE_TICKS=$(( $(machine_busy_ticks) - machine_before ))

  local report_dir
  report_dir="$(find "$GATLING_RESULTS" -mindepth 1 -maxdepth 1 -type d -newer "$marker" \
    -exec test -f '{}/index.html' ';' -print 2>/dev/null | sort | tail -n 1)"
  rm -f "$marker"
  if [ -z "$report_dir" ]; then
    tail -n 40 "$GATLING_LOG" >&2
    die "Gatling wrote no report; see $GATLING_LOG"
  fi
  local file="${report_file:-$OUT_DIR/$stamp.md}"
  write_report "$report_dir" "$file" "$gatling_status"
  say "written to $file"
  (( gatling_status == 0 )) || die "more than 1 % of the requests failed"
}

main "$@"
