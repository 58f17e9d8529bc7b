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
rounds=${SHOP_BENCH_ROUNDS:-1}
report_file=""

usage() {
  cat <<'EOF'
Usage: scripts/bench.sh [options]        (also: ./shop bench [options])

Starts the shop (unless --url is given), warms it up, runs the browse-and-search load test
(benchmark/, Gatling) and prints a Markdown table per request: requests, errors, throughput,
p50/p90/p95/p99 and max latency, with the machine and the settings. The same is written to
.shop/bench/<time>.md; Gatling's HTML report stays in benchmark/target/gatling/.

Options (and the environment variables that set their defaults):
  --users N          concurrent shoppers, closed model             (SHOP_BENCH_USERS, 8)
  --duration S       seconds measured at full load                 (SHOP_BENCH_DURATION, 60)
  --ramp-up S        seconds from 0 to N shoppers, before that     (SHOP_BENCH_RAMP_UP, 10)
  --warm-up S        seconds of unrecorded load first; 0: none     (SHOP_BENCH_WARM_UP, 20)
  --think-time MS    pause between a shopper's pages; 0: none      (SHOP_BENCH_THINK_TIME, 0)
  --port N           the edge's port for the shop started here     (SHOP_BENCH_PORT, 8080)
  --url URL          load a shop that is already running there instead of starting one (SHOP_URL)
  --modes LIST       observability modes to compare, comma-separated: off, xray  (SHOP_BENCH_MODES, off)
                     with more than one mode (or --rounds > 1) the shop is started once per mode and
                     round, interleaved (off, xray, off, xray, …), and a comparison table is written
  --rounds N         how many times each mode is measured                (SHOP_BENCH_ROUNDS, 1)
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

parse_options() {
  while (( $# > 0 )); do
    case "$1" in
      --users | --duration | --ramp-up | --warm-up | --think-time | --port | --url | --modes | --rounds | --report)
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
  local mode
  for mode in ${modes//,/ }; do
    [[ "$mode" == off || "$mode" == xray ]] || die "--modes: each mode is off or xray; got: $mode"
  done
  [ -n "${modes//,/}" ] || die "--modes needs at least one mode"
  if [ -n "$shop_url" ] && [[ "$modes" == *,* || "$rounds" -gt 1 ]]; then
    die "--url measures one running shop in its own mode; --modes and --rounds start shops of their own"
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
  "$SHOP_JAVA" -jar "$LAUNCHER_JAR" --port "$port" --no-frontend --observability "$modes" >"$log" 2>&1 </dev/null &
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

# "label<TAB>CPU ticks since the snapshot<TAB>RSS in MiB" per process of the snapshot; "-" for what is
# not known (a process that ended, a tree's memory)
cpu_since() {
  local label pid how before after rss
  while IFS=$'\t' read -r label pid how before; do
    [ -n "$label" ] || continue
    after="$(cpu_ticks "$pid" "$how")" || after=""
    rss=-
    [ "$how" = tree ] || rss="$(rss_mib "$pid")"
    printf '%s\t%s\t%s\n' "$label" "${after:+$((after - before))}" "${rss:--}"
  done <<<"$1"
}

# $1: the shop's processes (from cpu_since), $2: the load generator's ticks, $3: the whole machine's busy
# ticks, $4: the requests measured
resources_table() {
  echo "| Process | CPU time (s) | CPU per request (ms) | Memory at the end (RSS, MiB) |"
  echo "|---|---:|---:|---:|"
  {
    [ -z "$1" ] || awk '{ print "shop\t" $0 }' <<<"$1"
    printf 'load\t%s\n' "$2"
    printf 'machine\t%s\n' "$3"
  } | awk -F'\t' -v hz="$(getconf CLK_TCK)" -v n="$4" '
    function line(name, ticks, rss) { s = ticks / hz; printf "| %s | %.1f | %.2f | %s |\n", name, s, 1000 * s / n, rss }
    $1 == "shop" && $3 == "" { printf "| %s | ended during the run | | |\n", $2; next }
    $1 == "shop" { line($2, $3, $4); shop += $3; shops++ }
    $1 == "load" { load = $2 }
    $1 == "machine" { machine = $2 }
    END {
      if (shops > 0) line("**the shop in total**", shop, "-")
      line("load generator (Maven + Gatling JVMs)", load, "-")
      other = shops > 0 ? "everything else on the machine" : "everything else on the machine (the shop too, if it runs here)"
      if (machine != "") line(other, machine - shop - load, "-")
    }'
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
  elif [ "$modes" = xray ]; then
    echo "- Observability mode: xray (segments to the launcher's local X-Ray daemon, every request sampled, EMF lines every 10 s, as the launcher sets it)"
  else
    echo "- Observability mode: off"
  fi
  [ -z "${START_SECONDS:-}" ] || echo "- Start-up: $START_SECONDS s from starting the launcher until every service reported running"
  echo "- Load: $users concurrent shoppers (closed model), ${ramp_up} s ramp-up, then ${duration} s at full load; think time ${think_time} ms"
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
    echo "## Results (observability: $([ -n "$LAUNCHER_PID" ] && echo "$modes" || echo "the running shop's"))"
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
    echo
    echo "Gatling's report: \`$report_dir/index.html\`"
    if (( gatling_status != 0 )); then
      echo
      echo "**The run failed: more than 1 % of the requests failed** (Gatling's output: \`$GATLING_LOG\`)."
    fi
  } | tee "$file"
}

# ---- comparing modes (O-COMP-01) -------------------------------------------------------------------------
# One run of this script per mode and round, in turn (off, xray, off, xray, …), so that a change in the
# machine's background load shows up as a difference between two runs of the same mode instead of being
# taken for a mode's cost. Each run starts its own shop and writes its own report; the comparison table is
# read from those reports.

compare_modes() {
  local stamp dir round mode file summary
  stamp="$(date '+%Y-%m-%d-%H%M%S')"
  dir="$OUT_DIR/modes-$stamp"
  mkdir -p "$dir"
  for ((round = 1; round <= rounds; round++)); do
    for mode in ${modes//,/ }; do
      file="$dir/$round-$mode.md"
      say "==== round $round of $rounds, observability $mode ===="
      "$0" "$@" --modes "$mode" --rounds 1 --report "$file" >/dev/null ||
        die "the $mode run of round $round failed; see $file and $OUT_DIR"
    done
  done
  summary="$dir/comparison.md"
  comparison_table "$dir" | tee "$summary"
  say "reports in $dir; the comparison in $summary"
}

# One row per run, then one per mode with its mean and that mean as a ratio to off's.
comparison_table() {
  local dir="$1" file
  echo "| Run | Mode | Start-up (s) | Requests | Errors | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | Shop CPU per request (ms) | Services' RSS (MiB) | Everything else (CPU s) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for file in "$dir"/[0-9]*-*.md; do
    awk -v run="$(basename "$file" .md)" -F'|' '
      function trim(value) { gsub(/^ +| +$/, "", value); return value }
      /^- Observability mode: / { mode = $0; sub(/^- Observability mode: /, "", mode); sub(/ .*/, "", mode) }
      /^- Start-up: / { startup = $0; sub(/^- Start-up: /, "", startup); sub(/ .*/, "", startup) }
      /\*\*all requests\*\*/ { requests = trim($3); errors = trim($4); throughput = trim($6); p50 = trim($7); p95 = trim($9); p99 = trim($10) }
      /\*\*the shop in total\*\*/ { cpu = trim($4) }
      /^\| (catalog|inventory|order|identity) \|/ { rss += trim($5) }
      /everything else on the machine/ { other = trim($3) }
      END { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", run, mode, startup, requests, errors, throughput, p50, p95, p99, cpu, rss, other }
    ' "$file"
  done | tee "$dir/.rows"
  echo
  echo "| Mode | Runs | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | Shop CPU per request (ms) | Services' RSS (MiB) | Start-up (s) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'|' '
    function trim(value) { gsub(/^ +| +$/, "", value); return value }
    function cell(mode, column, ratio) {
      mean = sum[mode, column] / runs[mode]
      if (mode == "off" || !(("off", column) in sum)) return sprintf("%.1f", mean)
      base = sum["off", column] / runs["off"]
      return base > 0 ? sprintf("%.1f (×%.2f)", mean, mean / base) : sprintf("%.1f", mean)
    }
    {
      mode = trim($3)
      if (!(mode in runs)) order[++modes] = mode
      runs[mode]++
      for (column = 4; column <= 12; column++) sum[mode, column] += trim($column)
    }
    END {
      for (i = 1; i <= modes; i++) {
        m = order[i]
        printf "| %s | %d | %s | %s | %s | %s | %s | %s | %s |\n", m, runs[m], cell(m, 7), cell(m, 8), cell(m, 9), cell(m, 10), cell(m, 11), cell(m, 12), cell(m, 4)
      }
    }' "$dir/.rows"
  rm -f "$dir/.rows"
}

# ---- main ---------------------------------------------------------------------------------------------

main() {
  # before the shop starts: how busy the machine already was
  LOAD_AVERAGE_AT_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"
  parse_options "$@"
  if [[ "$modes" == *,* ]] || (( rounds > 1 )); then
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
  [ ! -r /proc/$$/stat ] || load_before="$(load_generator_ticks)"
  machine_before="$(machine_busy_ticks 2>/dev/null || true)"
  local window_start=$SECONDS
  say "measuring: $users shoppers, ${ramp_up} s ramp-up + ${duration} s (log: $GATLING_LOG)…"
  run_gatling "$GATLING_LOG" "-Dduration=$duration" "-DrampUp=$ramp_up" \
    "-Dgatling.runDescription=o11y-shop, observability $modes, $users users" || gatling_status=$?
  SHOP_CPU="$(cpu_since "$cpu_before")"
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
