package org.jointboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointboard.keycloak.TestKeycloak;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real chain: a Keycloak started from its distribution with the jointboard realm, tokens from the
 * {@code jointboard-cli} client, and the backend validating them with its production decoder (issuer,
 * audience, signature from the realm's JWKS).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PartnershipFixtures.class)
class KeycloakEndToEndIT extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;

    static final TestKeycloak keycloak = TestKeycloak.start();


    @DynamicPropertySource
    static void trustTheTestKeycloak(DynamicPropertyRegistry properties) {
        properties.add("jointboard.security.token.issuer", keycloak::issuer);
        properties.add("jointboard.security.token.jwk-set-uri", keycloak::jwkSetUri);
    }

    @AfterAll
    static void stopKeycloak() {
        keycloak.close();
    }

    @BeforeEach
    void givenTheDemoPartnerships() {
        partnershipFixtures.storeDemoPartnerships();
    }

    @Test
    void adminGetsATokenFromKeycloakAndTheBackendKnowsWhoTheyAre() {
        as(keycloak.accessToken("admin", "demo")).documentName("me").execute().path("me").matchesJson("""
                {"username": "admin", "roles": ["BOARD_ADMIN"],
                 "partnershipCodes": ["walsall", "warwickshire", "wiltshire", "wirral", "wolverhampton"]}""");
    }

    @Test
    void theAgencyLeadsTokenCarriesTheirOrganisationAndPartnerships() {
        as(keycloak.accessToken("police.lead", "demo")).documentName("me").execute().path("me").matchesJson("""
                {"username": "police.lead", "name": "Pat Police", "roles": ["AGENCY_LEAD"],
                 "organisationCode": "west-midlands-police", "partnershipCodes": ["walsall", "wolverhampton"]}""");
    }

    @Test
    void theContributorsTokenCarriesTheirRoleOrganisationAndPartnerships() {
        as(keycloak.accessToken("police.officer", "demo")).documentName("me").execute().path("me").matchesJson("""
                {"username": "police.officer", "name": "Imran Shah", "roles": ["AGENCY_CONTRIBUTOR"],
                 "organisationCode": "west-midlands-police", "partnershipCodes": ["walsall", "wolverhampton"]}""");
    }

    @Test
    void adminCreatesAnOrganisationButTheAgencyLeadIsRefused() {
        var input = PartnershipFixtures.agencyInput("walsall-healthcare", "Walsall Healthcare NHS Trust", "walsall");
        assertSingleError(as(keycloak.accessToken("police.lead", "demo")).documentName("createOrganisation")
                .variable("input", input).execute(), "FORBIDDEN");
        as(keycloak.accessToken("admin", "demo")).documentName("createOrganisation").variable("input", input).execute()
                .path("createOrganisation.organisation.code").entity(String.class).isEqualTo("walsall-healthcare");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        var refused = keycloak.tokenResponse("admin", "not-the-password");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
    }

    @Test
    void bruteForceDetectionLocksAnAccountAfterFiveWrongPasswords() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(keycloak.tokenResponse("chair", "guess-" + attempt).statusCode()).isEqualTo(400);
        }
        assertThat(keycloak.tokenResponse("chair", "demo").statusCode()).as("right password while locked").isEqualTo(400);
    }

    @Test
    void aKeycloakTokenWithABrokenSignatureIsRejected() {
        String token = keycloak.accessToken("viewer", "demo");
        String broken = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        http().post().uri("/graphql").header("Authorization", "Bearer " + broken)
                .header("Content-Type", "application/json").bodyValue("{\"query\":\"{ me { username } }\"}")
                .exchange().expectStatus().isUnauthorized();
    }
}
