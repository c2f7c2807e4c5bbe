#!/usr/bin/env bash
# Backup and restore as README "Backups" says: pg_dump of the database, pg_restore into a fresh database, then the row
# count of every table and a checksum of every stored file compared between the two.
# Usage: bench/backup-restore.sh [DATABASE]  — without one, a fresh database gets the demo data and 20 s of load first.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SOURCE_DB=${1:-}
RESTORED_DB=thidua_bench_restored
PORT=${PORT:-18084}
made_source=
trap 'stop_app; drop_database $RESTORED_DB; [ -z "$made_source" ] || drop_database $SOURCE_DB' EXIT

if [ -z "$SOURCE_DB" ]; then
  SOURCE_DB=thidua_bench_backup
  made_source=1
  fresh_database $SOURCE_DB
  start_app $SOURCE_DB "$PORT" "$WORK/app.log"
  wait_ready "$PORT"
  java "$BENCH_DIR/Load.java" "http://127.0.0.1:$PORT" 20 20 "$WORK/requests.log" >/dev/null
  stop_app
fi

DUMP="$WORK/thidua-$(date +%F).dump"
echo "== pg_dump --format=custom --file=$DUMP postgresql://$PGADMIN@$PGHOST:$PGPORT/$SOURCE_DB"
pg_dump --format=custom --file="$DUMP" "postgresql://$PGADMIN@$PGHOST:$PGPORT/$SOURCE_DB"
fresh_database $RESTORED_DB
echo "== pg_restore --no-owner --dbname=postgresql://$PGADMIN@$PGHOST:$PGPORT/$RESTORED_DB $DUMP"
pg_restore --no-owner --exit-on-error --dbname="postgresql://$PGADMIN@$PGHOST:$PGPORT/$RESTORED_DB" "$DUMP"
echo "dump: $(du -h "$DUMP" | cut -f1)"

count_rows() {
  local db=$1 table
  for table in $(psql_db "$db" "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
      AND table_type = 'BASE TABLE' ORDER BY table_name"); do
    echo "$table $(psql_db "$db" "SELECT COUNT(*) FROM \"$table\"")"
  done
}
files_checksum() {
  psql_db "$1" "SELECT COUNT(*) || ' files, ' || COALESCE(SUM(LENGTH(content)), 0) || ' bytes, sha256 ' ||
    encode(sha256(convert_to(COALESCE(string_agg(storage_key || ':' || encode(sha256(content), 'hex'), ','
      ORDER BY storage_key), ''), 'UTF8')), 'hex') FROM stored_file_contents"
}

count_rows $SOURCE_DB >"$WORK/source.txt"
count_rows $RESTORED_DB >"$WORK/restored.txt"
printf '%-36s %10s %10s\n' table original restored
join -a1 -a2 -e missing -o 0,1.2,2.2 "$WORK/source.txt" "$WORK/restored.txt" | while read -r table a b; do
  printf '%-36s %10s %10s %s\n' "$table" "$a" "$b" "$([ "$a" = "$b" ] && echo "" || echo DIFFERENT)"
done | tee "$WORK/compare.txt"
tables=$(wc -l <"$WORK/source.txt")
rows=$(awk '{s += $2} END {print s}' "$WORK/source.txt")
different=$(grep -c DIFFERENT "$WORK/compare.txt" || true)
source_files=$(files_checksum $SOURCE_DB)
restored_files=$(files_checksum $RESTORED_DB)
echo "stored files, original: $source_files"
echo "stored files, restored: $restored_files"
echo "$tables tables, $rows rows compared, $different different"
if [ "$different" -eq 0 ] && [ "$source_files" = "$restored_files" ]; then
  echo "backup-restore: OK"
else
  echo "backup-restore: FAILED"
  exit 1
fi
