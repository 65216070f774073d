#!/usr/bin/env bash
# The settlement benchmark (docs/BENCHMARKS.md). Not a test: run it by hand, on a machine nobody else is using.
#
#   bench/run.sh                          32 clients, 30 s warm-up, 20 s measured per phase; H2, then MariaDB
#   CLIENTS=64 DURATION=60 bench/run.sh
#   SKIP_MARIADB=1 bench/run.sh           H2 only
#   SKIP_H2=1 bench/run.sh                MariaDB only
#   H2_SETTLEMENTS=100000                 the H2 size check's number of settlements (the default)
#
# For each database: builds the jar (no production profile), starts the portal on a fresh database (H2 in a
# temporary directory; MariaDB in the database $BENCH_DB, dropped and created), creates an institution, one employee
# per client, 9 sharers and 16 resident recipients through the registry API, and the recipients' relations and quotas
# in SQL (bench/Bench.java grant; for H2 with the portal stopped). It copies the database as setup left it. Then
# three scenarios, each over HTTP against the portal: own (each client settles 1.00 for its own employee from his own
# account), spread (8 recipients, each with a quota of a different sharer; client i settles for recipient i % 8) and
# onesharer (the same, all 8 quotas of one sharer). On H2 it tops the settlements up to $H2_SETTLEMENTS, stops the
# portal, restarts and stops it, and compares the file with a copy after SHUTDOWN COMPACT. Then the bare floor of
# each scenario over plain JDBC on the copy, with as many threads as clients: a conditional UPDATE of the account
# (own) or of the quota (spread, onesharer), one ledger INSERT and a COMMIT. Prints settlements/s, p50/p99 latency,
# CPU and bytes written to storage per settlement (portal and database server together), and the ratio to the floor.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

CLIENTS=${CLIENTS:-32}
WARMUP=${WARMUP:-30}
# The portal's JVM needs minutes of load before its JIT has compiled the hot path on 2 cores: its first phase warms up
# longer (the later phases run on the same, by then compiled, JVM).
FIRST_WARMUP=${FIRST_WARMUP:-120}
DURATION=${DURATION:-20}
H2_SETTLEMENTS=${H2_SETTLEMENTS:-100000}
SCENARIOS=${SCENARIOS:-"own spread onesharer"}
PORT=${BENCH_PORT:-18080}
BENCH_DB=${BENCH_DB:-gongji_bench}
MYSQL_URL="jdbc:mysql://127.0.0.1:3306/$BENCH_DB?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"

# A JDK >= 21, found as ./mvnw finds it.
. "$ROOT/bin/find-jdk"
use_jdk 21
JAVA="$JAVA_HOME/bin/java"

WORK=$(mktemp -d /tmp/gongji-bench.XXXXXX)
PORTAL_PID=
cleanup() {
  if [ -n "$PORTAL_PID" ]; then kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building the jar (./mvnw -q -DskipTests package)"
./mvnw -q -B -DskipTests package
JAR=$(ls "$ROOT"/target/gongji-portal-*.jar | head -1)
# The JDBC drivers for the floor, taken from the jar so that the floor uses exactly the portal's.
mkdir -p "$WORK/lib"
(cd "$WORK/lib" && unzip -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/mysql-connector-j-*.jar')
# H2 runs the portal's append-only trigger class whenever it opens the file (db/h2/V7_1), so the floor and the SQL steps
# that open it need that class too.
(cd "$WORK" && unzip -q "$JAR" 'BOOT-INF/classes/cn/gongji/portal/shared/AppendOnlyTrigger.class')

echo "== machine"
echo "cores: $(nproc); memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}'); $("$JAVA" -version 2>&1 | head -1)"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "clients: $CLIENTS; per phase warm-up: ${WARMUP} s, measured: ${DURATION} s; scenarios: $SCENARIOS"

start_portal() {
  local name=$1; shift
  # Production mode for Vaadin: the jar is built without the production profile (no frontend bundle, which the
  # API does not need) and without Vaadin's dev server, which would otherwise refuse to start.
  # shellcheck disable=SC2086 # PORTAL_JAVA_OPTS: e.g. a JFR recording of the portal under load
  "$JAVA" ${PORTAL_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --vaadin.productionMode=true --portal.demo-data=false "$@" \
    > "$WORK/portal-$name.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/openapi")" = 200 ]; then return; fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "The portal did not start; its log:" >&2
  tail -50 "$WORK/portal-$name.log" >&2
  exit 1
}

stop_portal() {
  kill "$PORTAL_PID"
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=
}

bench() { "$JAVA" -cp "$WORK/lib/*:$WORK/BOOT-INF/classes" "$ROOT/bench/Bench.java" "$@"; }
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# run NAME JDBC FLOOR_JDBC USER ",DBPID" PREPARE [portal arguments]. PREPARE writes the relations and quotas and
# copies the database as setup left it, so that the floor starts from the same data as the portal did, not from what
# the portal's run added to it.
run() {
  local name=$1 jdbc=$2 floor_jdbc=$3 user=$4 dbpids=$5 prepare=$6; shift 6
  echo
  echo "== $name: setup through the registry API, relations and quotas in SQL"
  start_portal "$name" "$@"
  bench setup --url "http://127.0.0.1:$PORT" --clients "$CLIENTS" --out "$WORK/setup-$name.properties"
  "$prepare" "$jdbc" "$user" "$WORK/setup-$name.properties" "$@"
  local warmup=$FIRST_WARMUP
  for scenario in $SCENARIOS; do
    echo "== $name, $scenario: the portal over HTTP"
    bench http --url "http://127.0.0.1:$PORT" --setup "$WORK/setup-$name.properties" --scenario "$scenario" \
      --warmup "$warmup" --duration "$DURATION" --pids "$PORTAL_PID$dbpids" | tee "$WORK/http-$name-$scenario.txt"
    warmup=$WARMUP
  done
  echo "== $name: the HTTP ceiling (the same requests refused with 400 before the database)"
  bench ceiling --url "http://127.0.0.1:$PORT" --setup "$WORK/setup-$name.properties" --scenario own \
    --warmup "$WARMUP" --duration "$DURATION" --pids "$PORTAL_PID" | tee "$WORK/ceiling-$name.txt"
  if [ "$name" = h2 ]; then h2_size "$@"; else stop_portal; fi
  for scenario in $SCENARIOS; do
    echo "== $name, $scenario: the floor over JDBC (same schema, on a copy of the database as setup left it)"
    bench floor --jdbc "$floor_jdbc" --user "$user" --password "" --setup "$WORK/setup-$name.properties" \
      --scenario "$scenario" --warmup "$WARMUP" --duration "$DURATION" --pids "0$dbpids" \
      | tee "$WORK/floor-$name-$scenario.txt"
  done
}

# H2: its file can be opened by one process only, so the SQL of grant runs with the portal stopped; the copy is taken
# with the portal stopped too (an open H2 file is not a consistent copy). Then the portal starts again.
prepare_h2() {
  local jdbc=$1 user=$2 setup=$3; shift 3
  stop_portal
  bench grant --jdbc "$jdbc" --user "$user" --password "" --setup "$setup"
  cp -r "$WORK/h2" "$WORK/h2-floor"
  start_portal h2 "$@"
}

prepare_mariadb() {
  local jdbc=$1 user=$2 setup=$3
  bench grant --jdbc "$jdbc" --user "$user" --password "" --setup "$setup"
  mysql -uroot -e "DROP DATABASE IF EXISTS ${BENCH_DB}_floor; CREATE DATABASE ${BENCH_DB}_floor CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  mysqldump -uroot --single-transaction "$BENCH_DB" | mysql -uroot "${BENCH_DB}_floor"
}

# The H2 size check (docs/BENCHMARKS.md): after $H2_SETTLEMENTS settlements and a restart, the file must be at most
# 3 times the size of the same data after SHUTDOWN COMPACT. Tops the settlements up with the own scenario if the
# phases did fewer, stops the portal, starts and stops it again, and compacts a copy.
h2_size() {
  local done=0 file="$WORK/h2/gongji.mv.db" t0
  for scenario in $SCENARIOS; do
    done=$((done + $(field "$(grep '^RESULT' "$WORK/http-h2-$scenario.txt")" all)))
  done
  if [ "$done" -lt "$H2_SETTLEMENTS" ]; then
    echo "== h2: $done settlements so far; topping up to $H2_SETTLEMENTS with the own scenario"
    bench http --url "http://127.0.0.1:$PORT" --setup "$WORK/setup-h2.properties" --scenario own --warmup 0 \
      --duration 3600 --ops $((H2_SETTLEMENTS - done)) --pids "$PORTAL_PID" | tee "$WORK/http-h2-topup.txt"
  fi
  t0=$(date +%s)
  stop_portal
  H2_STOPPED=$(stat -c %s "$file")
  H2_STOP_SECONDS=$(( $(date +%s) - t0 ))
  start_portal h2 "$@"
  t0=$(date +%s)
  stop_portal
  H2_RESTARTED=$(stat -c %s "$file")
  H2_RESTOP_SECONDS=$(( $(date +%s) - t0 ))
  mkdir -p "$WORK/h2-compact"
  cp "$file" "$WORK/h2-compact/"
  H2_COUNT=$(bench compact --jdbc "jdbc:h2:file:$WORK/h2-compact/gongji" --user sa --password "" \
    | sed -n 's/^SETTLEMENTS //p')
  H2_COMPACT=$(stat -c %s "$WORK/h2-compact/gongji.mv.db")
  echo "== h2 file: $H2_COUNT settlements; $(mb "$H2_STOPPED") MB after the portal stopped (${H2_STOP_SECONDS} s)," \
    "$(mb "$H2_RESTARTED") MB after a restart and stop (${H2_RESTOP_SECONDS} s), $(mb "$H2_COMPACT") MB after SHUTDOWN COMPACT"
}

mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1000000}'; }   # MB = 10^6 bytes, as bench/H2Growth.java

# H2: the portal's own embedded URL (application.properties), in a temporary directory.
H2_URL=$(sed -n 's/^spring.datasource.url=//p' src/main/resources/application.properties \
  | sed "s|\${portal.data-dir:./data}|$WORK/h2|")
H2_FLOOR_URL=${H2_URL//$WORK\/h2\//$WORK/h2-floor/}
if [ -z "${SKIP_H2:-}" ]; then
  run h2 "$H2_URL" "$H2_FLOOR_URL" sa "" prepare_h2 --portal.data-dir="$WORK/h2" --spring.profiles.active=dev
fi

if [ -z "${SKIP_MARIADB:-}" ]; then
  mysql -uroot -e "DROP DATABASE IF EXISTS $BENCH_DB; CREATE DATABASE $BENCH_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  # The server on port 3306 (other mariadbd processes, such as a local Galera cluster, may be running too).
  MARIADB_PID=$(ss -Hltnp 'sport = :3306' 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  MARIADB_PID=${MARIADB_PID:-$(pgrep -xo mariadbd || pgrep -xo mysqld)}
  # root without a password on the local MariaDB: said explicitly (security.ProductionSafetyCheck).
  export PORTAL_DB_URL="$MYSQL_URL" PORTAL_DB_USER=root PORTAL_DB_PASSWORD= PORTAL_ALLOW_INSECURE_DB=true
  run mariadb "$MYSQL_URL" "${MYSQL_URL/\/$BENCH_DB?/\/${BENCH_DB}_floor?}" root ",$MARIADB_PID" prepare_mariadb \
    --spring.profiles.active=dev,mysql
fi

echo
echo "== summary ($CLIENTS clients, ${DURATION} s measured per phase; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-8s %-10s %14s %9s %9s %10s %13s %12s %12s %7s %7s\n' database scenario settlements/s p50-ms p99-ms cpu-ms/op \
  written-KB/op floor-ops/s floor-KB/op ratio errors
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}'; }
for name in h2 mariadb; do
  [ -f "$WORK/http-$name-own.txt" ] || continue
  for scenario in $SCENARIOS; do
    http=$(grep '^RESULT' "$WORK/http-$name-$scenario.txt")
    floor=$(grep '^RESULT' "$WORK/floor-$name-$scenario.txt")
    printf '%-8s %-10s %14s %9s %9s %10s %13s %12s %12s %7s %7s\n' "$name" "$scenario" "$(field "$http" perSecond)" \
      "$(field "$http" p50ms)" "$(field "$http" p99ms)" "$(field "$http" cpuMsPerOp)" \
      "$(field "$http" writtenKbPerOp)" "$(field "$floor" perSecond)" "$(field "$floor" writtenKbPerOp)" \
      "$(ratio "$(field "$http" perSecond)" "$(field "$floor" perSecond)")" \
      "$(( $(field "$http" errors) + $(field "$floor" errors) ))"
  done
  ceiling=$(grep '^RESULT' "$WORK/ceiling-$name.txt")
  echo "$name HTTP ceiling (400 before the database): $(field "$ceiling" perSecond)/s," \
    "$(field "$ceiling" cpuMsPerOp) ms portal CPU/op; the own floor's 0.6 is" \
    "$(awk -v f="$(field "$(grep '^RESULT' "$WORK/floor-$name-own.txt")" perSecond)" 'BEGIN {printf "%.0f", 0.6 * f}')/s"
  # A settlement needs at least the HTTP work of a refused request and the database work of the floor; the two
  # phases never overlap, so their machine CPU per operation adds up. $(nproc) cores divided by that sum is the most
  # settlements per second this machine could do with the load generator on it (docs/BENCHMARKS.md, "The bound").
  floor_own=$(grep '^RESULT' "$WORK/floor-$name-own.txt")
  http_own=$(grep '^RESULT' "$WORK/http-$name-own.txt")
  awk -v n="$name" -v c="$(nproc)" -v h="$(field "$ceiling" machineCpuMsPerOp)" -v f="$(field "$floor_own" machineCpuMsPerOp)" \
      -v p="$(field "$http_own" machineCpuMsPerOp)" -v fo="$(field "$floor_own" perSecond)" 'BEGIN {
    printf "%s bound (machine CPU ms/op): ceiling %.3f + floor %.3f = %.3f -> at most %.0f settlements/s on %d cores;" \
      " 0.6 x floor = %.0f/s; the portal used %.3f ms/settlement\n", n, h, f, h + f, c * 1000 / (h + f), c, 0.6 * fo, p
  }'
  [ -f "$WORK/http-$name-onesharer.txt" ] && [ -f "$WORK/http-$name-spread.txt" ] || continue
  spread=$(grep '^RESULT' "$WORK/http-$name-spread.txt")
  one=$(grep '^RESULT' "$WORK/http-$name-onesharer.txt")
  floor_spread=$(grep '^RESULT' "$WORK/floor-$name-spread.txt")
  floor_one=$(grep '^RESULT' "$WORK/floor-$name-onesharer.txt")
  echo "$name onesharer/spread: portal $(ratio "$(field "$one" perSecond)" "$(field "$spread" perSecond)")," \
    "floor $(ratio "$(field "$floor_one" perSecond)" "$(field "$floor_spread" perSecond)")"
done
if [ -n "${H2_COMPACT:-}" ]; then
  echo
  echo "H2 file size check ($H2_COUNT settlements; the target is at most 3 x the compacted size):"
  echo "  after the portal stopped:    $(mb "$H2_STOPPED") MB"
  echo "  after a restart and stop:    $(mb "$H2_RESTARTED") MB"
  echo "  copy after SHUTDOWN COMPACT: $(mb "$H2_COMPACT") MB"
  echo "  ratio: $(ratio "$H2_RESTARTED" "$H2_COMPACT")$( [ "$H2_COUNT" -lt 100000 ] && echo " (fewer than 100,000 settlements: not the check itself)")"
fi
