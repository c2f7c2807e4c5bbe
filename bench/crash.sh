#!/usr/bin/env bash
# Crash safety: kill -9 of the application in the middle of report submissions, saves with evidence and target
# (registration) saves made over HTTP by simulated users; after a restart, every save whose success page a user saw
# must be in the database, and nothing may be half-written. Prints what the users were told and what the database
# holds. Usage: bench/crash.sh [SECONDS_BEFORE_KILL=25] [USERS=30] [PORT=18083]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BEFORE_KILL=${1:-25}
USERS=${2:-30}
PORT=${3:-18083}
DB=thidua_bench_crash
trap 'stop_app; drop_database $DB' EXIT

fresh_database $DB
start_app $DB "$PORT" "$WORK/app.log"
wait_ready "$PORT"
read -r sub0 ret0 ev0 tg0 <<<"$(db_counts $DB)"
psql_db $DB "SELECT COALESCE(MAX(id), 0) FROM report_transitions" >"$WORK/first-step.txt"

java "$BENCH_DIR/Load.java" "http://127.0.0.1:$PORT" "$USERS" $((BEFORE_KILL + 5)) "$WORK/requests.log" >"$WORK/summary.txt" &
LOAD_PID=$!
sleep "$BEFORE_KILL"
echo "== kill -9 $APP_PID after ${BEFORE_KILL}s of load"
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
wait $LOAD_PID || true

echo "== restart"
start_app $DB "$PORT" "$WORK/app-after.log"
wait_ready "$PORT"
read -r sub1 ret1 ev1 tg1 <<<"$(db_counts $DB)"
told() { grep -c "^ACK $1 " "$WORK/requests.log" || true; }
half=$(half_written $DB)
printf '%-22s %8s %8s\n' "" "told" "database"
printf '%-22s %8s %8s\n' "reports submitted" "$(told SUBMITTED)" "$((sub1 - sub0))"
printf '%-22s %8s %8s\n' "reports returned" "$(told RETURNED)" "$((ret1 - ret0))"
printf '%-22s %8s %8s\n' "evidence photos" "$(told EVIDENCE)" "$((ev1 - ev0))"
printf '%-22s %8s %8s\n' "targets saved" "$(told TARGET)" "$((tg1 - tg0))"
echo "requests: $(awk '$1 ~ /^[0-9]+$/' "$WORK/requests.log" | wc -l), without an answer (the server was gone): $(awk '$2 == 0 && $1 ~ /^[0-9]+$/' "$WORK/requests.log" | wc -l)"

# Each acknowledged submission, report by report: the database holds at least as many SUBMITTED steps (since the
# start) as the users were told about; more only when the server died between the commit and the answer.
first=$(cat "$WORK/first-step.txt")
missing=0
while read -r count report; do
  held=$(psql_db $DB "SELECT COUNT(*) FROM report_transitions WHERE report_id = $report AND action = 'SUBMITTED' AND id > $first")
  if [ "$held" -lt "$count" ]; then
    echo "report $report: told $count submissions, database holds $held"
    missing=$((missing + 1))
  fi
done < <(grep '^ACK SUBMITTED ' "$WORK/requests.log" | sed 's/.*report=\([0-9]*\).*/\1/' | sort | uniq -c)
while read -r name; do
  [ "$(psql_db $DB "SELECT COUNT(*) FROM targets WHERE indicator_name = '$name'")" -eq 1 ] || { echo "target '$name' missing"; missing=$((missing + 1)); }
done < <(grep '^ACK TARGET ' "$WORK/requests.log" | sed 's/^ACK TARGET //')
echo "acknowledged but missing: $missing, half-written rows: $half"
if [ "$missing" -eq 0 ] && [ "$half" -eq 0 ] && [ $((sub1 - sub0)) -ge "$(told SUBMITTED)" ] \
    && [ $((ev1 - ev0)) -ge "$(told EVIDENCE)" ] && [ $((tg1 - tg0)) -ge "$(told TARGET)" ]; then
  echo "crash: OK"
else
  echo "crash: FAILED (logs in $WORK)"
  exit 1
fi
