# Shared by the bench scripts: a fresh PostgreSQL database, the application jar started on it, and psql.
# The scripts talk only to this machine (127.0.0.1) and stop what they started.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR=${JAR:-$ROOT/target/thidua-atgt.jar}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
# a role that may create databases (PGPASSWORD for its password, if it has one)
PGADMIN=${PGADMIN:-postgres}
WORK=${WORK:-$(mktemp -d /tmp/thidua-bench.XXXXXX)}
mkdir -p "$WORK"
APP_PID=

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN" "$@"; }
psql_db() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN" -d "$1" -c "$2"; }

fresh_database() {
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" \
    -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'"
}

drop_database() {
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" 2>/dev/null || true
}

# start_app DATABASE PORT LOGFILE: the jar with the demo data (every role has accounts, password demo1234)
start_app() {
  [ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
  SPRING_PROFILES_ACTIVE=demo \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" \
  SPRING_DATASOURCE_USERNAME="$PGADMIN" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  SERVER_PORT="$2" THIDUA_STORAGE_DIR="$WORK/files" \
    java -Xmx512m -jar "$JAR" >>"$3" 2>&1 &
  APP_PID=$!
}

# wait_ready PORT [SECONDS]: until /actuator/health answers 200 (the demo data loaded)
wait_ready() {
  local limit=${2:-600} i
  for ((i = 0; i < limit; i++)); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health")" = 200 ]; then
      return 0
    fi
    if [ -n "$APP_PID" ] && ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the application stopped while starting" >&2
      return 1
    fi
    sleep 1
  done
  echo "the application was not ready after ${limit}s" >&2
  return 1
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

# Counts the load compares with what the users were told, and the checks that nothing is half-written.
db_counts() {
  psql_db "$1" "SELECT (SELECT COUNT(*) FROM report_transitions WHERE action = 'SUBMITTED') || ' ' ||
    (SELECT COUNT(*) FROM report_transitions WHERE action = 'RETURNED') || ' ' ||
    (SELECT COUNT(*) FROM report_evidence) || ' ' ||
    (SELECT COUNT(*) FROM targets WHERE indicator_name LIKE 'Chỉ tiêu tải thử %')"
}

# Rows that would show a half-written save: a submitted report without its time or its SUBMITTED step, a stored file
# without its content or whose content is not the bytes it was stored with (sha256).
half_written() {
  psql_db "$1" "SELECT
    (SELECT COUNT(*) FROM progress_reports r WHERE r.status = 'SUBMITTED' AND (r.last_submitted_at IS NULL OR NOT EXISTS
       (SELECT 1 FROM report_transitions t WHERE t.report_id = r.id AND t.action = 'SUBMITTED'))) +
    (SELECT COUNT(*) FROM stored_files f WHERE NOT EXISTS
       (SELECT 1 FROM stored_file_contents c WHERE c.storage_key = f.storage_key)) +
    (SELECT COUNT(*) FROM stored_files f JOIN stored_file_contents c ON c.storage_key = f.storage_key
       WHERE encode(sha256(c.content), 'hex') <> f.sha256)"
}
