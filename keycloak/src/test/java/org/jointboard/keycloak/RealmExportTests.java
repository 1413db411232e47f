package org.jointboard.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The realm export carries every contract of DESIGN.md that tokens depend on. */
class RealmExportTests {

    private final JsonNode realm = new ObjectMapper().readTree(Path.of("realm/jointboard-realm.json").toFile());

    RealmExportTests() throws IOException {
    }

    @Test
    void declaresTheEightRolesAndBruteForceProtection() {
        assertThat(names(realm.get("roles").get("realm"), "name")).containsExactlyInAnyOrder("BOARD_ADMIN", "BOARD_CHAIR",
                "EXECUTIVE_MEMBER", "COMMITTEE_MEMBER", "AGENCY_LEAD", "AGENCY_CONTRIBUTOR", "SCHOOL_LEAD", "VIEWER");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("realm").asString()).isEqualTo("jointboard");
    }

    @Test
    void bothClientsPutTheApiAudienceOrganisationAndPartnershipsInTokens() {
        for (String clientId : List.of("jointboard-ui", "jointboard-cli")) {
            JsonNode client = client(clientId);
            List<String> mappers = names(client.get("protocolMappers"), "protocolMapper");
            assertThat(mappers).contains("oidc-audience-mapper", "oidc-usermodel-attribute-mapper", "oidc-usermodel-realm-role-mapper");
            assertThat(client.toString()).contains("\"included.custom.audience\":\"jointboard-api\"")
                    .contains("\"claim.name\":\"partnerships\"").contains("\"claim.name\":\"organisation\"");
        }
        assertThat(client("jointboard-ui").get("publicClient").asBoolean()).isFalse();
        assertThat(client("jointboard-ui").get("secret").asString()).startsWith("${JOINTBOARD_UI_CLIENT_SECRET:");
        assertThat(client("jointboard-cli").get("publicClient").asBoolean()).isTrue();
        assertThat(client("jointboard-cli").get("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void declaresTheTokenAttributesInTheUserProfileSoKeycloakKeepsThem() {
        String profile = realm.get("components").get("org.keycloak.userprofile.UserProfileProvider").get(0)
                .get("config").get("kc.user.profile.config").get(0).asString();
        assertThat(profile).contains("\"name\": \"organisation\"").contains("\"name\": \"partnerships\"");
    }

    @Test
    void hasEveryDemoUserWithTheirRolesAndScope() {
        Map<String, List<String>> expectedRoles = Map.of("admin", List.of("BOARD_ADMIN"), "chair", List.of("BOARD_CHAIR"),
                "exec", List.of("EXECUTIVE_MEMBER", "COMMITTEE_MEMBER"), "police.lead", List.of("AGENCY_LEAD"),
                "health.lead", List.of("AGENCY_LEAD"), "school.dsl", List.of("SCHOOL_LEAD"), "viewer", List.of("VIEWER"),
                "police.officer", List.of("AGENCY_CONTRIBUTOR"));
        assertThat(names(realm.get("users"), "username")).containsExactlyInAnyOrderElementsOf(expectedRoles.keySet());
        for (JsonNode user : realm.get("users")) {
            assertThat(names(user.get("realmRoles"), null)).as(user.get("username").asString())
                    .containsAll(expectedRoles.get(user.get("username").asString()));
            assertThat(user.get("emailVerified").asBoolean()).isTrue();
            assertThat(user.get("attributes").get("partnerships").size()).isPositive();
        }
        JsonNode police = user("police.lead");
        assertThat(names(police.get("attributes").get("partnerships"), null)).containsExactly("wolverhampton", "walsall");
        assertThat(police.get("attributes").get("organisation").get(0).asString()).isEqualTo("west-midlands-police");
        assertThat(user("admin").get("attributes").get("partnerships").size()).isEqualTo(5);
        JsonNode officer = user("police.officer");
        assertThat(names(officer.get("realmRoles"), null)).doesNotContain("AGENCY_LEAD");
        assertThat(officer.get("attributes").get("organisation").get(0).asString()).isEqualTo("west-midlands-police");
    }

    private JsonNode client(String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private JsonNode user(String username) {
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asString().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static List<String> names(JsonNode array, String field) {
        var names = new ArrayList<String>();
        array.forEach(node -> names.add(field == null ? node.asString() : node.get(field).asString()));
        return names;
    }
}
