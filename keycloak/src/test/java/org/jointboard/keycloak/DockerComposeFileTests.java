package org.jointboard.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker here: check that docker-compose.yml parses and wires the four services as the README says. */
class DockerComposeFileTests {

    private static final Path ROOT = Path.of("..");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void namesMongoKeycloakMailpitBackendAndUiEachWithAHealthCheck() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsOnlyKeys("mongo", "keycloak", "mailpit", "backend", "ui", "mongo-rs1", "mongo-rs2", "mongo-rs3");
        services.forEach((name, definition) -> assertThat((Map<String, Object>) definition).as(name).containsKey("healthcheck"));
    }

    @Test
    void imagesArePinnedAndBuiltOnesComeFromTheDockerfileTargets() throws IOException {
        for (String name : List.of("mongo", "keycloak", "mongo-rs1", "mongo-rs2", "mongo-rs3")) {
            String image = (String) service(name).get("image");
            assertThat(image).as(name).matches(".+:\\d+\\.\\d+\\.\\d+");
        }
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        for (String name : List.of("backend", "ui")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) service(name).get("build");
            assertThat(dockerfile).contains("AS " + build.get("target"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBackendUsesTheComposeMongoAndTheUiTheComposeBackend() throws IOException {
        assertThat((Map<String, Object>) service("backend").get("environment"))
                .containsEntry("MONGODB_URI", "${JOINTBOARD_MONGODB_URI:-mongodb://mongo:27017/jointboard}");
        assertThat((Map<String, Object>) service("ui").get("environment")).containsEntry("BACKEND_URL", "http://backend:8080");
        assertThat((Map<String, Object>) service("backend").get("environment")).as("reminders go to the compose Mailpit")
                .containsEntry("JOINTBOARD_SMTP_HOST", "mailpit").containsEntry("JOINTBOARD_SMTP_PORT", "1025");
        assertThat((String) service("mailpit").get("image")).matches(".+:v\\d+\\.\\d+\\.\\d+");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheRealmExportThatExists() throws IOException {
        List<String> volumes = (List<String>) service("keycloak").get("volumes");
        String realm = volumes.getFirst().split(":")[0];
        assertThat(ROOT.resolve(realm)).exists();
        assertThat((List<String>) service("keycloak").get("command")).contains("--import-realm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReplicaSetProfileStartsThreeMembersOfOneSetAndInitiatesItWithAllThree() throws IOException {
        for (String member : List.of("mongo-rs1", "mongo-rs2", "mongo-rs3")) {
            assertThat((List<String>) service(member).get("profiles")).as(member).containsExactly("replica-set");
            assertThat((List<String>) service(member).get("command")).as(member).containsSequence("--replSet", "rs0");
        }
        String initiate = String.join(" ", (List<String>) ((Map<String, Object>) service("mongo-rs1").get("healthcheck")).get("test"));
        assertThat(initiate).contains("rs.initiate({_id: 'rs0'").contains("mongo-rs1:27017", "mongo-rs2:27017", "mongo-rs3:27017");
        assertThat((Map<String, Object>) service("mongo").get("profiles")).as("the single mongo stays the default").isNull();
    }
}
