#!/usr/bin/env sh
# tools/cds-archive.sh JAR DIR: the application unpacked into DIR with a class data sharing archive of the classes its
# start-up loads (DIR/thidua-atgt.jsa; DIR given as the absolute path the application will be started from), so that the JVM maps them ready-parsed instead of reading and verifying each
# from the nested jar: start-up about 40 % shorter (README, "Start-up"). Start it with
#   java -XX:SharedArchiveFile=DIR/thidua-atgt.jsa -jar DIR/thidua-atgt.jar
# The archive belongs to the JVM that made it: make it again after a JVM upgrade or a new jar (a JVM that cannot use
# it says so in a warning and starts without it). The training start-up runs on a throw-away in-memory database and
# stops once the application context is ready: nothing is served, nothing is written anywhere else.
set -eu
JAR=$1
DIR=$2
java -Djarmode=tools -jar "$JAR" extract --force --destination "$DIR" >/dev/null
# the JVM checks that the jar's path is the one the archive was made with: the absolute path, in both
DIR=$(cd "$DIR" && pwd)
# unpacked under the given jar's name: the start command names it thidua-atgt.jar (its lib/ stays beside it)
NAME=$(basename "$JAR")
[ "$NAME" = thidua-atgt.jar ] || mv "$DIR/$NAME" "$DIR/thidua-atgt.jar"
TRAINING_FILES=$(mktemp -d)
SPRING_PROFILES_ACTIVE=default \
SPRING_DATASOURCE_URL="jdbc:h2:mem:cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
SPRING_DATASOURCE_USERNAME=sa SPRING_DATASOURCE_PASSWORD= THIDUA_STORAGE_DIR="$TRAINING_FILES" \
  java -XX:ArchiveClassesAtExit="$DIR/thidua-atgt.jsa" -Dspring.context.exit=onRefresh -Xlog:cds=off \
  -Xlog:cds+dynamic=off -jar "$DIR/thidua-atgt.jar" >"$TRAINING_FILES/training.log" 2>&1 || { cat "$TRAINING_FILES/training.log" >&2; exit 1; }
rm -rf "$TRAINING_FILES"
[ -s "$DIR/thidua-atgt.jsa" ] || { echo "no class data archive made" >&2; exit 1; }
