#!/usr/bin/env bash
# PostgreSQL stopped for a few seconds under load: requests that need the database get the 503 page "Hệ thống đang
# tạm thời gián đoạn" (never a stack trace), /actuator/health says DOWN, and the application recovers by itself when
# the database is back; a form posted meanwhile wrote nothing half-way.
# It stops THIS MACHINE'S PostgreSQL cluster (every database on it) for OUTAGE seconds: other work using it fails for
# that long. Never run it from CI. Usage: bench/db-restart.sh [OUTAGE=5] [USERS=20] [PORT=18082]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUTAGE=${1:-5}
USERS=${2:-20}
PORT=${3:-18082}
DB=thidua_bench_restart
[ -z "${CI:-}" ] || { echo "db-restart.sh stops the machine's PostgreSQL: not in CI" >&2; exit 1; }
PGVERSION=${PGVERSION:-$(ls /etc/postgresql | sort -V | tail -n 1)}
cluster() { pg_ctlcluster --skip-systemctl-redirect "$PGVERSION" main "$1" 2>/dev/null || runuser -u postgres -- pg_ctlcluster "$PGVERSION" main "$1"; }
trap 'pg_isready -q -h $PGHOST -p $PGPORT || cluster start; stop_app; drop_database $DB' EXIT

fresh_database $DB
start_app $DB "$PORT" "$WORK/app.log"
wait_ready "$PORT"
read -r sub0 ret0 ev0 tg0 <<<"$(db_counts $DB)"

# a signed-in browser, to see the page a user gets during the outage
JAR_COOKIES="$WORK/cookies"
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "username=xabanbo&password=demo1234&_csrf=$token" "http://127.0.0.1:$PORT/login"

java "$BENCH_DIR/Load.java" "http://127.0.0.1:$PORT" "$USERS" $((OUTAGE + 40)) "$WORK/requests.log" >"$WORK/summary.txt" &
LOAD_PID=$!
sleep 15
stopped_at=$(date +%s%3N)
echo "== pg_ctlcluster $PGVERSION main stop (for ${OUTAGE}s) under the load of $USERS users"
cluster stop
# what a signed-in user and the health check see, asked while the database is away (in the background, so that the
# outage lasts OUTAGE seconds however long they wait)
(sleep 1; curl -s -o "$WORK/outage-page.html" -w '%{http_code}' -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/campaigns" \
  >"$WORK/outage-status.txt") &
(sleep 1; curl -s -w ' %{http_code}' "http://127.0.0.1:$PORT/actuator/health" >"$WORK/outage-health.txt") &
sleep "$OUTAGE"
cluster start
started_at=$(date +%s%3N)
echo "== started again after $(((started_at - stopped_at) / 1000))s"
wait $LOAD_PID || true
page_status=$(cat "$WORK/outage-status.txt")
health=$(cat "$WORK/outage-health.txt")
# the first page served with 200 after the database came back
first_ok=$(awk -v t="$started_at" '$1 ~ /^[0-9]+$/ && $2 == 200 && $1 >= t {print $1; exit}' <(sort -n "$WORK/requests.log"))
after=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/campaigns")
read -r sub1 ret1 ev1 tg1 <<<"$(db_counts $DB)"
told() { grep -c "^ACK $1 " "$WORK/requests.log" || true; }

echo "page during the outage: $page_status, says: $(grep -o 'Hệ thống đang tạm thời gián đoạn[^<]*' "$WORK/outage-page.html" | head -1)"
echo "stack trace or exception in it: $(grep -c -E 'Exception|at vn\.atgt|at org\.' "$WORK/outage-page.html" || true)"
echo "/actuator/health during the outage: $health"
echo "requests sent while the database was down or coming back:"
awk -v a="$stopped_at" -v b="$started_at" '$1 ~ /^[0-9]+$/ && $1 >= a - 3000 && $1 <= b' "$WORK/requests.log" \
  | awk '{n++; s[$2]++; if ($2 >= 500 || $2 == 0) f++} END {printf "  %d requests, %d failed; status codes:", n, f; for (k in s) printf " %s=%d", k, s[k]; print ""}'
echo "status codes over the whole run: $(awk '$1 ~ /^[0-9]+$/ {print $2}' "$WORK/requests.log" | sort | uniq -c | awk '{printf "%s=%s ", $2, $1}')"
echo "recovery: first 200 $(( (first_ok - started_at) )) ms after PostgreSQL was started again ($(( (first_ok - stopped_at) )) ms after it stopped); the signed-in page now answers $after"
half=$(half_written $DB)
printf '%-22s %8s %8s\n' "" "told" "database"
printf '%-22s %8s %8s\n' "reports submitted" "$(told SUBMITTED)" "$((sub1 - sub0))"
printf '%-22s %8s %8s\n' "evidence photos" "$(told EVIDENCE)" "$((ev1 - ev0))"
printf '%-22s %8s %8s\n' "targets saved" "$(told TARGET)" "$((tg1 - tg0))"
echo "half-written rows: $half"
echo "stack traces logged by the container: $(grep -c "Servlet.service() for servlet" "$WORK/app.log" || true)"
if [ "$page_status" = 503 ] && [ "$after" = 200 ] && [ "$half" -eq 0 ] && echo "$health" | grep -q DOWN; then
  echo "db-restart: OK"
else
  echo "db-restart: FAILED (logs in $WORK)"
  exit 1
fi
