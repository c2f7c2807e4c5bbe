# Build the jar first: ./mvnw -B package -DskipTests
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app thidua && mkdir -p /app/data && chown -R thidua /app
WORKDIR /app
COPY target/thidua-atgt.jar /app/thidua-atgt.jar
USER thidua
EXPOSE 8080
ENV JAVA_OPTS="-Xmx512m -XX:+UseSerialGC -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/thidua-atgt.jar"]
