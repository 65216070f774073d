#!/usr/bin/env bash
# Start-up time: how long the portal takes from `java` to answering GET /login with 200, on an existing H2
# database. Not a test: run it by hand (the numbers depend on how busy the machine is; compare medians).
#
#   bench/startup.sh                      the jar: java -jar target/gongji-portal-*.jar, 5 restarts
#   RUNS=7 bench/startup.sh
#   bench/startup.sh bin/portal           any launcher; it gets the same arguments as the jar would
#   JAR=/path/to/app.jar bench/startup.sh
#
# Builds nothing: build the jar first (./mvnw -Pproduction -DskipTests package; a jar built without the
# production profile works too, it is started with --vaadin.productionMode=true). Starts the portal once in a
# temporary directory to create the database with the demo data (profile dev; not timed), stops it, then times RUNS restarts on
# that database and prints each time and the median. Extra portal arguments: PORTAL_ARGS="--foo=bar".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-18090}
TIMEOUT=${TIMEOUT:-180}

# A JDK >= 21, found as ./mvnw finds it (bin/find-jdk).
. "$ROOT/bin/find-jdk"
use_jdk 21
JAVA="$JAVA_HOME/bin/java"

JAR=${JAR:-$(ls "$ROOT"/target/gongji-portal-*.jar | grep -v -- '-plain\.jar$' | head -1)}
if [ $# -gt 0 ]; then COMMAND=("$@"); else COMMAND=("$JAVA" -jar "$JAR"); fi
# A launcher given by a relative path (bin/portal) is found from the project root, not from the temporary directory.
if [[ "${COMMAND[0]}" == */* && "${COMMAND[0]}" != /* ]]; then COMMAND[0]=$ROOT/${COMMAND[0]}; fi

WORK=$(mktemp -d /tmp/gongji-startup.XXXXXX)
PORTAL_PID=
cleanup() {
  if [ -n "$PORTAL_PID" ]; then kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# start NAME: starts the portal, waits for /login to answer 200 and sets ELAPSED to the milliseconds that took, CPU
# to the CPU milliseconds the portal used until then.
start() {
  local name=$1 begin code
  begin=$(now_ms)
  # From the temporary directory, so that nothing relative to the working directory is found by accident.
  (cd "$WORK" && exec "${COMMAND[@]}" --server.port="$PORT" --portal.data-dir="$WORK/data" \
    --vaadin.productionMode=true --spring.profiles.active=dev ${PORTAL_ARGS:-}) > "$WORK/portal-$name.log" 2>&1 &
  PORTAL_PID=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)
    if [ "$code" = 200 ]; then break; fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null || [ $(( $(now_ms) - begin )) -gt $(( TIMEOUT * 1000 )) ]; then
      echo "The portal did not answer /login; its log:" >&2
      tail -50 "$WORK/portal-$name.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  ELAPSED=$(( $(now_ms) - begin ))
  # CPU time the portal's process has used by then (user + system, all threads): less dependent on what else the
  # machine is doing than the elapsed time. A launcher must exec java for this to be the JVM's.
  CPU=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$PORTAL_PID/stat")
}

stop() {
  kill "$PORTAL_PID"
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=
}

echo "command: ${COMMAND[*]}"
echo "cores: $(nproc); $("$JAVA" -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start first
first=$ELAPSED
first_cpu=$CPU
# Let the demo data (loaded once the portal has started) be written before it stops.
for _ in $(seq 1 300); do
  if grep -q 'Demo data loaded' "$WORK/portal-first.log" 2>/dev/null || ! kill -0 "$PORTAL_PID" 2>/dev/null; then break; fi
  sleep 0.2
done
sleep 1
stop
echo "first start (creates the database): ${first} ms (CPU ${first_cpu} ms)"

times=()
cpus=()
for i in $(seq 1 "$RUNS"); do
  start "run$i"
  stop
  echo "restart $i: ${ELAPSED} ms (CPU ${CPU} ms)"
  times+=("$ELAPSED")
  cpus+=("$CPU")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "RESULT runs=$RUNS median_ms=$(median "${times[@]}") median_cpu_ms=$(median "${cpus[@]}")" \
  "all_ms=$(IFS=,; echo "${times[*]}") load=$(cut -d' ' -f1 /proc/loadavg)"
