# Build the portal with the project's own Maven wrapper, then run it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# The jar holds no test classes: skip compiling them (they also need tools/, not copied here).
RUN ./mvnw -B -q package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app ita && mkdir -p /app /var/lib/ita && chown ita /var/lib/ita
WORKDIR /app
COPY --from=build /src/target/ita-portal-*.jar /app/ita-portal.jar
USER ita
ENV ITA_STORAGE_DIR=/var/lib/ita
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/ita-portal.jar"]
