#!/usr/bin/env bash
# 50 simulated users of every role for a while (bench/Load.java) against the jar on a fresh PostgreSQL database with
# the demo data; passes when no request got a server error and what the users were told was saved is what the
# database holds. Usage: bench/load.sh [SECONDS=600] [USERS=50] [PORT=18081]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SECONDS_TO_RUN=${1:-600}
USERS=${2:-50}
PORT=${3:-18081}
DB=thidua_bench_load
trap 'stop_app; [ -n "${KEEP_DATABASE:-}" ] || drop_database $DB' EXIT

fresh_database $DB
start_app $DB "$PORT" "$WORK/app.log"
wait_ready "$PORT"
read -r sub0 ret0 ev0 tg0 <<<"$(db_counts $DB)"
echo "== $USERS users for ${SECONDS_TO_RUN}s against http://127.0.0.1:$PORT"
java "$BENCH_DIR/Load.java" "http://127.0.0.1:$PORT" "$USERS" "$SECONDS_TO_RUN" "$WORK/requests.log" | tee "$WORK/summary.txt"
read -r sub1 ret1 ev1 tg1 <<<"$(db_counts $DB)"
told() { grep -c "^ACK $1 " "$WORK/requests.log" || true; }
server_errors=$(awk '$2 >= 500 && $1 ~ /^[0-9]+$/' "$WORK/requests.log" | wc -l)
no_answer=$(awk '$2 == 0 && $1 ~ /^[0-9]+$/' "$WORK/requests.log" | wc -l)
half=$(half_written $DB)
printf '%-22s %8s %8s\n' "" "told" "database"
printf '%-22s %8s %8s\n' "reports submitted" "$(told SUBMITTED)" "$((sub1 - sub0))"
printf '%-22s %8s %8s\n' "reports returned" "$(told RETURNED)" "$((ret1 - ret0))"
printf '%-22s %8s %8s\n' "evidence photos" "$(told EVIDENCE)" "$((ev1 - ev0))"
printf '%-22s %8s %8s\n' "targets saved" "$(told TARGET)" "$((tg1 - tg0))"
echo "server errors: $server_errors, requests without an answer: $no_answer, half-written rows: $half"
status=0
[ "$server_errors" -eq 0 ] || { echo "FAIL: server errors"; status=1; }
[ "$no_answer" -eq 0 ] || { echo "FAIL: requests without an answer"; status=1; }
[ "$half" -eq 0 ] || { echo "FAIL: half-written rows"; status=1; }
[ "$(told SUBMITTED)" -eq $((sub1 - sub0)) ] || { echo "FAIL: submissions told != held"; status=1; }
[ "$(told RETURNED)" -eq $((ret1 - ret0)) ] || { echo "FAIL: returns told != held"; status=1; }
[ "$(told EVIDENCE)" -eq $((ev1 - ev0)) ] || { echo "FAIL: evidence told != held"; status=1; }
[ "$(told TARGET)" -eq $((tg1 - tg0)) ] || { echo "FAIL: targets told != held"; status=1; }
grep -E " ERROR " "$WORK/app.log" | head -5 || true
[ $status -eq 0 ] && echo "load: OK" || echo "load: FAILED (logs in $WORK)"
exit $status
