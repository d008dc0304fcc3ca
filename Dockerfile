# The portal as a container: built with the Maven wrapper in production mode (Vaadin's pre-built
# bundle, no Node), run on a JRE as an unprivileged user with the 'prod' and 'postgres' profiles.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q -Pproduction dependency:go-offline || true
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests -Dspotless.check.skip=true package \
    && cp target/market-access-portal-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app portal \
    && mkdir -p /app/data && chown portal /app/data
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER portal
ENV SPRING_PROFILES_ACTIVE=prod,postgres
EXPOSE 8080
VOLUME /app/data
# The parallel collector gave the lowest match p99 on a 2-core machine (docs/decisions/007); the
# vector module speeds up Lucene.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/app.jar"]
