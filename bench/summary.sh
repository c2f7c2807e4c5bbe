#!/usr/bin/env bash
# The year-end report at scale (issue 17): starts the jar on a generated database (bench/README.md) at -Xmx512m, signs
# in as the standing office and times, with curl, creating a year-end draft of the active campaign, its page (bytes),
# refreshing its figures, the DOCX and the annex XLSX, then creating a six-month draft over the campaign's first six
# periods and refreshing it, then prints the JVM's RSS and the heap used after a full GC.
#   bench/summary.sh [DATABASE] [PORT]      (defaults: thidua_bench_province 18095; JAR=… for another jar)
# The database keeps the drafts it creates (each run adds two).
set -euo pipefail
DB=${1:-thidua_bench_province}
PORT=${2:-18095}
source "$(dirname "$0")/lib.sh"
BASE="http://127.0.0.1:$PORT"
LOG="$WORK/app.log"
trap 'stop_app' EXIT

[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
SPRING_DATASOURCE_USERNAME="$PGADMIN" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
SERVER_PORT="$PORT" THIDUA_STORAGE_DIR="$WORK/files" THIDUA_REMINDERS_ENABLED=false \
SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=${POOL:-10} LOGGING_LEVEL_VN_ATGT_THIDUA_SUMMARY=DEBUG \
  java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" >>"$LOG" 2>&1 &
APP_PID=$!
wait_ready "$PORT" 300
echo "started (pid $APP_PID, log $LOG)"

COOKIES="$WORK/office.cookies"
token=$(curl -s -c "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -b "$COOKIES" -c "$COOKIES" --data-urlencode "username=thuongtruc" \
  --data-urlencode "password=demo1234" --data-urlencode "_csrf=$token" "$BASE/login"
CAMPAIGN=$(psql_db "$DB" "SELECT id FROM campaigns WHERE status = 'ACTIVE' ORDER BY start_date DESC LIMIT 1")
LIST="$BASE/campaigns/$CAMPAIGN/summary-reports"
csrf() { curl -s -b "$COOKIES" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
# timed NAME CURL-ARGS…: prints the name, the status, the seconds and the bytes
timed() {
  local name=$1; shift
  curl -s -b "$COOKIES" -o "$WORK/out" -w "$name %{http_code} %{time_total} s %{size_download} bytes\n" "$@"
}
timed create -D "$WORK/headers" --data-urlencode "kind=YEAR_END" --data-urlencode "_csrf=$(csrf "$LIST")" "$LIST"
REPORT=$(sed -n 's/^Location: .*summary-reports\/\([0-9]*\).*/\1/ip' "$WORK/headers" | tr -d '\r')
[ -n "$REPORT" ] || { echo "no report created" >&2; cat "$WORK/headers" >&2; exit 1; }
URL="$LIST/$REPORT"
timed page "$URL"
timed page-again "$URL"
timed page-filtered "$URL?area=&unit=xa&text=an+toan&page=3"
version=$(sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' "$WORK/out" | head -n 1)
timed refresh --data-urlencode "version=$version" --data-urlencode "_csrf=$(csrf "$URL")" "$URL/refresh"
timed docx "$URL/docx"
timed xlsx "$URL/xlsx"
timed xlsx-again "$URL/xlsx"
# the six-month read (ReportProgress.progress(campaign, from, to)): periods 1–6 of the campaign, by start date
read -r FIRST LAST <<<"$(psql_db "$DB" "SELECT (ARRAY_AGG(id ORDER BY start_date, id))[1],
  (ARRAY_AGG(id ORDER BY start_date, id))[6] FROM campaign_periods WHERE campaign_id = $CAMPAIGN AND baseline = FALSE" \
  | tr '|' ' ')"
timed create-six-month -D "$WORK/headers" --data-urlencode "kind=SIX_MONTH" --data-urlencode "firstPeriodId=$FIRST" \
  --data-urlencode "lastPeriodId=$LAST" --data-urlencode "_csrf=$(csrf "$LIST")" "$LIST"
SIX=$(sed -n 's/^Location: .*summary-reports\/\([0-9]*\).*/\1/ip' "$WORK/headers" | tr -d '\r')
if [ -n "$SIX" ]; then
  curl -s -b "$COOKIES" -o "$WORK/out" "$LIST/$SIX"
  version=$(sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' "$WORK/out" | head -n 1)
  timed refresh-six-month --data-urlencode "version=$version" --data-urlencode "_csrf=$(csrf "$LIST/$SIX")" \
    "$LIST/$SIX/refresh"
else
  echo "no six-month report created" >&2
fi
jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
echo "heap after a full GC: $(jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*K\).*/\1/p' | head -n 1)"
echo "RSS: $(awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$APP_PID/status"); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -a "summary" "$LOG" | grep -ai "ms\|OutOfMemory" | tail -n 30 || true
