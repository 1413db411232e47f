# Images for the backend and the ui, built from source: docker compose build (targets "backend" and "ui").
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# mdep.skip: the images need no Keycloak distribution (Keycloak runs from its own image)
RUN ./mvnw -B -q -DskipTests -Dmdep.skip=true -Pproduction package

FROM eclipse-temurin:25-jre AS backend
RUN useradd --system --uid 10001 jointboard
COPY --from=build /src/backend/target/backend.jar /app/backend.jar
USER jointboard
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/backend.jar"]

FROM eclipse-temurin:25-jre AS ui
RUN useradd --system --uid 10001 jointboard
COPY --from=build /src/ui/target/ui.jar /app/ui.jar
USER jointboard
EXPOSE 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/ui.jar"]
