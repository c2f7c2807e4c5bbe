# Build the jar first: ./mvnw -B package -DskipTests
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app thidua && mkdir -p /app/data && chown -R thidua /app
WORKDIR /app
COPY target/thidua-atgt.jar /tmp/thidua-atgt.jar
COPY tools/cds-archive.sh /tmp/cds-archive.sh
# Unpacked, with a class data sharing archive of what start-up loads (about 40 % shorter start-up; README "Start-up").
# Made here, by the JVM of this image, so it always matches the JVM that runs it.
RUN sh /tmp/cds-archive.sh /tmp/thidua-atgt.jar /app/jar && rm /tmp/thidua-atgt.jar /tmp/cds-archive.sh
USER thidua
EXPOSE 8080
ENV JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseSerialGC -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/jar/thidua-atgt.jsa -jar /app/jar/thidua-atgt.jar"]
