#!/usr/bin/env bash
# The settlement benchmark (docs/BENCHMARKS.md). Not a test: run it by hand, on a machine nobody else is using.
#
#   bench/run.sh                          32 clients, 60 s warm-up, 30 s measured, on H2 and then on MariaDB
#   CLIENTS=64 DURATION=60 bench/run.sh
#   SKIP_MARIADB=1 bench/run.sh           H2 only
#
# For each database: builds the jar (no production profile), starts the portal on a fresh database (H2 in a
# temporary directory; MariaDB in the database $BENCH_DB, dropped and created), creates an institution and one
# employee per client through the registry API, lets every client settle 1.00 for its own patient over HTTP in a
# loop, stops the portal, and measures the bare floor on a copy of the database as setup left it (same schema,
# same accounts): one conditional UPDATE of the account, one ledger INSERT and a COMMIT per settlement over plain
# JDBC, with as many threads as clients. Prints settlements/s, p50/p99 latency, CPU and bytes written to storage
# per settlement (portal and database server together), and the ratio to the floor.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

CLIENTS=${CLIENTS:-32}
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
PORT=${BENCH_PORT:-18080}
BENCH_DB=${BENCH_DB:-gongji_bench}
MYSQL_URL="jdbc:mysql://127.0.0.1:3306/$BENCH_DB?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"

# A JDK >= 21, found as ./mvnw finds it.
jdk_major() { sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(jdk_major "$JAVA_HOME")" = "" ] || [ "$(jdk_major "$JAVA_HOME")" -lt 21 ]; then
  for candidate in /usr/lib/jvm/*; do
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$candidate/bin/javac" ]; then JAVA_HOME=$candidate; fi
  done
fi
export JAVA_HOME
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

echo "== machine"
echo "cores: $(nproc); memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}'); $("$JAVA" -version 2>&1 | head -1)"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "clients: $CLIENTS; warm-up: ${WARMUP} s; measured: ${DURATION} s"

start_portal() {
  local name=$1; shift
  # Production mode for Vaadin: the jar is built without the production profile (no frontend bundle, which the
  # API does not need) and without Vaadin's dev server, which would otherwise refuse to start.
  "$JAVA" -jar "$JAR" --server.port="$PORT" --vaadin.productionMode=true --portal.demo-data=false "$@" \
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

bench() { "$JAVA" -cp "$WORK/lib/*" "$ROOT/bench/Bench.java" "$@"; }

# run NAME FLOOR_JDBC USER ",DBPID" SNAPSHOT [portal arguments]: SNAPSHOT copies the database as setup left it, so
# that the floor starts from the same data as the portal did, not from what the portal's run added to it.
run() {
  local name=$1 jdbc=$2 user=$3 dbpids=$4 snapshot=$5; shift 5
  echo
  echo "== $name: the portal over HTTP"
  start_portal "$name" "$@"
  bench setup --url "http://127.0.0.1:$PORT" --clients "$CLIENTS" --out "$WORK/setup-$name.properties"
  "$snapshot" "$@"
  bench http --url "http://127.0.0.1:$PORT" --setup "$WORK/setup-$name.properties" --warmup "$WARMUP" \
    --duration "$DURATION" --pids "$PORTAL_PID$dbpids" | tee "$WORK/http-$name.txt"
  stop_portal
  echo "== $name: the floor over JDBC (same schema, on a copy of the database as setup left it)"
  bench floor --jdbc "$jdbc" --user "$user" --password "" --clients "$CLIENTS" --warmup "$WARMUP" \
    --duration "$DURATION" --pids "0$dbpids" | tee "$WORK/floor-$name.txt"
}

# H2's file is copied with the portal stopped (an open H2 file is not a consistent copy), then the portal restarts.
snapshot_h2() {
  stop_portal
  cp -r "$WORK/h2" "$WORK/h2-floor"
  start_portal h2 "$@"
}

snapshot_mariadb() {
  mysql -uroot -e "DROP DATABASE IF EXISTS ${BENCH_DB}_floor; CREATE DATABASE ${BENCH_DB}_floor CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  mysqldump -uroot --single-transaction "$BENCH_DB" | mysql -uroot "${BENCH_DB}_floor"
}

# H2: the portal's own embedded URL (application.properties), in a temporary directory.
H2_URL=$(sed -n 's/^spring.datasource.url=//p' src/main/resources/application.properties \
  | sed "s|\${portal.data-dir:./data}|$WORK/h2|")
run h2 "${H2_URL//$WORK\/h2\//$WORK/h2-floor/}" sa "" snapshot_h2 --portal.data-dir="$WORK/h2"

if [ -z "${SKIP_MARIADB:-}" ]; then
  mysql -uroot -e "DROP DATABASE IF EXISTS $BENCH_DB; CREATE DATABASE $BENCH_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  MARIADB_PID=$(pgrep -x mariadbd || pgrep -x mysqld)
  export PORTAL_DB_URL="$MYSQL_URL" PORTAL_DB_USER=root PORTAL_DB_PASSWORD=
  run mariadb "${MYSQL_URL/\/$BENCH_DB?/\/${BENCH_DB}_floor?}" root ",$MARIADB_PID" snapshot_mariadb \
    --spring.profiles.active=mysql
fi

echo
echo "== summary ($CLIENTS clients, ${DURATION} s measured; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-8s %14s %10s %10s %10s %12s %12s %14s %8s\n' database settlements/s p50-ms p99-ms cpu-ms/op written-KB/op \
  floor-ops/s floor-KB/op ratio
for name in h2 mariadb; do
  [ -f "$WORK/http-$name.txt" ] || continue
  http=$(grep '^RESULT' "$WORK/http-$name.txt")
  floor=$(grep '^RESULT' "$WORK/floor-$name.txt")
  field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
  printf '%-8s %14s %10s %10s %10s %12s %12s %14s %8s\n' "$name" "$(field "$http" perSecond)" \
    "$(field "$http" p50ms)" "$(field "$http" p99ms)" "$(field "$http" cpuMsPerOp)" "$(field "$http" writtenKbPerOp)" \
    "$(field "$floor" perSecond)" "$(field "$floor" writtenKbPerOp)" \
    "$(awk -v a="$(field "$http" perSecond)" -v b="$(field "$floor" perSecond)" 'BEGIN {printf "%.2f", a / b}')"
done
