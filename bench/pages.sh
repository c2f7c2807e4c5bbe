#!/usr/bin/env bash
# The page benchmark (issue 19, DESIGN.md §9): starts the application on a generated database (bench/README.md),
# signs in as each role, runs wrk against the heaviest pages and prints per page req/s, p50/p95/p99, the server's CPU
# milliseconds per request (the JVM's CPU time from /proc over the run / the requests), the milliseconds one request
# alone spends in SQL executions (db_ms, warm, the bench-only meter thidua.sql.milliseconds: PostgreSQL shares the 2
# cores with the JVM), SQL statements per request (the bench-only counter thidua.sql.statements) and the HTML bytes.
#   bench/pages.sh [DATABASE] [SECONDS] [CONNECTIONS] [PORT]     (defaults: thidua_bench_province 10 32 18095)
# PAGES=home-office,reports,… runs only those (names as printed). WARMUP: seconds of wrk before each page's measured run
# (default 2); WARMUP_PASS: seconds per page of a first pass over all of them (default 0); CDS=0: the plain jar rather
# than the Docker image's way (unpacked, class data archive); JAVA_OPTS: the JVM's options beside -Xmx512m (default the
# Docker image's, -Xms64m -XX:+UseSerialGC; JAVA_OPTS= for the JVM's own choice, G1 here); UNIT_USER: the unit
# officer to sign in as. POOL: connections (default 10, the machine's PostgreSQL is shared). The database is left as it is (reads only, plus sessions).
set -euo pipefail
DB=${1:-thidua_bench_province}
SECONDS_PER_PAGE=${2:-10}
CONNECTIONS=${3:-32}
PORT=${4:-18095}
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"
LOG="$WORK/app.log"
trap 'stop_app' EXIT

[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
# As the Docker image starts it (CDS=0: the plain jar): unpacked, with the class data sharing archive of
# tools/cds-archive.sh, made here before the timed start-up
RUN=(-jar "$JAR")
if [ "${CDS:-1}" = 1 ]; then
  made=$(date +%s.%N)
  sh "$ROOT/tools/cds-archive.sh" "$JAR" "$WORK/app"
  echo "class data archive made in $(echo "$(date +%s.%N) - $made" | bc | cut -c1-5) s"
  RUN=(-XX:SharedArchiveFile="$WORK/app/thidua-atgt.jsa" -jar "$WORK/app/thidua-atgt.jar")
fi
SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
SPRING_DATASOURCE_USERNAME="$PGADMIN" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
SERVER_PORT="$PORT" THIDUA_STORAGE_DIR="$WORK/files" THIDUA_REMINDERS_ENABLED=false \
SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=${POOL:-10} THIDUA_BENCH_COUNT_STATEMENTS=true MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,metrics \
  java -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads ${JAVA_OPTS--Xms64m -XX:+UseSerialGC} "${RUN[@]}" >>"$LOG" 2>&1 &
APP_PID=$!
started=$(date +%s.%N)
wait_ready "$PORT" "${READY_SECONDS:-300}"
echo "started in $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s (pid $APP_PID, log $LOG)"

# sign_in USER: prints the SESSION cookie of a fresh session of USER (password demo1234)
sign_in() {
  local jar="$WORK/$1.cookies" token
  token=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo1234" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
}
q() { psql_db "$DB" "$1"; }

declare -A COOKIE
UNIT_USER=${UNIT_USER:-$(q "SELECT s.username FROM users s JOIN progress_reports r ON r.unit_id = s.unit_id JOIN campaigns c ON c.id = r.campaign_id WHERE c.status = 'ACTIVE' AND s.username LIKE 'dv-%' AND r.status = 'SUBMITTED' ORDER BY s.id LIMIT 1")}
HEAD_USER=$(q "SELECT s.username FROM users s JOIN user_roles r ON r.user_id = s.id WHERE r.role = 'UNIT_HEAD' ORDER BY s.id LIMIT 1")
for user in thuongtruc lanhdao admin "$UNIT_USER" "$HEAD_USER"; do
  COOKIE[$user]=$(sign_in "$user")
  [ -n "${COOKIE[$user]}" ] || { echo "could not sign in as $user" >&2; exit 1; }
done
CAMPAIGN=$(q "SELECT id FROM campaigns WHERE status = 'ACTIVE' ORDER BY start_date DESC LIMIT 1")
REPORT=$(q "SELECT r.id FROM progress_reports r JOIN users s ON s.unit_id = r.unit_id WHERE s.username = '$UNIT_USER' AND r.campaign_id = $CAMPAIGN AND r.status = 'SUBMITTED' ORDER BY r.id LIMIT 1")

# name|user|path
PAGE_LIST="home-office|thuongtruc|/
home-leader|lanhdao|/
home-unit|$UNIT_USER|/
home-head|$HEAD_USER|/
campaigns|thuongtruc|/campaigns
targets|thuongtruc|/campaigns/$CAMPAIGN/targets
reports|thuongtruc|/campaigns/$CAMPAIGN/reports
review|thuongtruc|/campaigns/$CAMPAIGN/review
report|thuongtruc|/reports/$REPORT
report-unit|$UNIT_USER|/reports/$REPORT
matrix|thuongtruc|/campaigns/$CAMPAIGN/monitoring
late|thuongtruc|/campaigns/$CAMPAIGN/monitoring/late
accidents|thuongtruc|/campaigns/$CAMPAIGN/accidents
black-spots|thuongtruc|/campaigns/$CAMPAIGN/black-spots
notifications|$UNIT_USER|/notifications
audit|admin|/admin/audit
dashboard|lanhdao|/campaigns/$CAMPAIGN/dashboard
results|lanhdao|/campaigns/$CAMPAIGN/results
scores|thuongtruc|/campaigns/$CAMPAIGN/scores
commendations|thuongtruc|/campaigns/$CAMPAIGN/commendations
rollup|thuongtruc|/rollup/$CAMPAIGN
submissions|thuongtruc|/submissions"

# drain: requests of a slow page go on after wrk has hung up (its 30 s timeout), and would be counted in the next
# page's CPU time and statements; wait (at most 3 minutes) until the server has no request in flight but the one
# asking (Micrometer's http.server.requests.active), then until the sign-in page answers within 300 ms
active() {
  curl -s --max-time 10 -H "Cookie: ${COOKIE[admin]}" "$BASE/actuator/metrics/http.server.requests.active" \
    | sed -n 's/.*"statistic":"ACTIVE_TASKS","value":\([0-9.E]*\).*/\1/p' | awk '{ printf "%d", $1 }'
}
drain() {
  local i t n
  for ((i = 0; i < 180; i++)); do
    n=$(active)
    [ -n "$n" ] || { echo "(no http.server.requests.active metric: drain by the sign-in page only)" >&2; break; }
    [ "$n" -le 1 ] && break
    sleep 1
  done
  for ((i = 0; i < 60; i++)); do
    t=$(curl -s -o /dev/null --max-time 5 -w '%{time_total}' "$BASE/login" || echo 5)
    if awk -v t="$t" 'BEGIN { exit !(t < 0.3) }'; then return 0; fi
    sleep 1
  done
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
# the JIT compiler threads' share (kept alive for the run by -XX:-UseDynamicNumberOfCompilerThreads, so none of their
# time leaves with an exited thread): the JVM warming up, not the page; printed apart as jit_ms
jit_ticks() {
  local t comm
  for t in /proc/"$APP_PID"/task/*; do
    read -r comm <"$t/comm" || continue
    case "$comm" in C1\ Compiler*|C2\ Compiler*) awk '{ print $14 + $15 }' "$t/stat" ;; esac
  done | awk '{ s += $1 } END { print s + 0 }'
}
TICK=$(getconf CLK_TCK)
statements() {
  curl -s --max-time 60 -H "Cookie: ${COOKIE[admin]}" "$BASE/actuator/metrics/thidua.sql.statements" \
    | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p' | awk '{ printf "%d", $1 }'
}
# milliseconds spent in SQL executions since start (the same bench-only wrapper: round trip and PostgreSQL's work)
sql_ms() {
  curl -s --max-time 60 -H "Cookie: ${COOKIE[admin]}" "$BASE/actuator/metrics/thidua.sql.milliseconds" \
    | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p' | awk '{ printf "%.3f", $1 }'
}
# what reading the counter itself costs (its own request's statements, and their SQL time: the median of three)
s1=$(statements); s2=$(statements); METER_COST=$((s2 - s1))
# (an application without the SQL time meter, an older jar: db_ms printed as -)
SQL_METER_MS=
[ -z "$(sql_ms)" ] || SQL_METER_MS=$(for i in 1 2 3; do d0=$(sql_ms); d1=$(sql_ms); echo "$d1 - $d0" | bc; done | sort -n | sed -n 2p)

# WARMUP_PASS seconds (default 0): first drive every selected page for that long, so that the measured runs find the
# JIT's work on the shared code (Thymeleaf, Spring Security, Hibernate, the layout) done, as on a server that has run
# for a while; a page's own code still warms up in its WARMUP seconds
if [ "${WARMUP_PASS:-0}" -gt 0 ]; then
  while IFS='|' read -r name user path; do
    if [ -n "${PAGES:-}" ] && [[ ",$PAGES," != *",$name,"* ]]; then continue; fi
    BENCH_COOKIE="${COOKIE[$user]}" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_PASS}s" --timeout 30s -s "$BENCH_DIR/pages.lua" \
      "$BASE$path" >/dev/null
    drain
  done <<<"$PAGE_LIST"
  echo "warm-up pass: ${WARMUP_PASS} s per page"
fi

printf '%-14s %8s %8s %8s %8s %8s %7s %7s %7s %9s %6s\n' page req/s p50_ms p95_ms p99_ms cpu_ms jit_ms db_ms stmts bytes non2xx
while IFS='|' read -r name user path; do
  if [ -n "${PAGES:-}" ] && [[ ",$PAGES," != *",$name,"* ]]; then continue; fi
  cookie=${COOKIE[$user]}
  drain
  code=$(curl -s --max-time 120 -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  bytes=$(stat -c %s "$WORK/page.html")
  if [ "$code" != 200 ]; then
    printf '%-14s status %s for %s\n' "$name" "$code" "$path"
    continue
  fi
  # one request's statements, alone (the counter's own read subtracted)
  a=$(statements); curl -s --max-time 120 -o /dev/null -H "Cookie: $cookie" "$BASE$path"; b=$(statements)
  stmts=$((b - a - METER_COST))
  # warm-up, then the measured run
  BENCH_COOKIE="$cookie" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-2}s" --timeout 30s -s "$BENCH_DIR/pages.lua" "$BASE$path" >/dev/null
  drain
  t0=$(cpu_ticks); j0=$(jit_ticks)
  out=$(BENCH_COOKIE="$cookie" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" --timeout 30s -s "$BENCH_DIR/pages.lua" "$BASE$path")
  t1=$(cpu_ticks); j1=$(jit_ticks)
  read -r requests non2xx p50 p95 p99 rps < <(echo "$out" | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 }')
  [ "${requests:-0}" -gt 0 ] || requests=1
  cpu=$(echo "scale=2; ($t1 - $t0) * 1000 / $TICK / $requests" | bc)
  jit=$(echo "scale=2; ($j1 - $j0) * 1000 / $TICK / $requests" | bc)
  # the SQL time of one request alone, warm (the median of three)
  drain
  db=-
  [ -z "$SQL_METER_MS" ] || db=$(for i in 1 2 3; do
         d0=$(sql_ms); curl -s --max-time 120 -o /dev/null -H "Cookie: $cookie" "$BASE$path"; d1=$(sql_ms)
         printf '%.2f\n' "$(echo "$d1 - $d0 - $SQL_METER_MS" | bc)"
       done | sort -n | sed -n 2p)
  printf '%-14s %8.1f %8.1f %8.1f %8.1f %8.2f %7.2f %7s %7d %9d %6d\n' "$name" "$rps" "$p50" "$p95" "$p99" "$cpu" "$jit" "$db" \
    "$stmts" "$bytes" "$non2xx"
done <<<"$PAGE_LIST"
echo "RSS after the run: $(awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$APP_PID/status"); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
