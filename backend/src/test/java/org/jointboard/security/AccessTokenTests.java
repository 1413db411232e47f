package org.jointboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

/** The API only answers callers with a valid JointBoard access token, and reads who they are from it. */
@BackendIntegrationTest
class AccessTokenTests extends GraphQlTestSupport {

    private static final String ME = "{\"query\":\"{ me { username } }\"}";

    @Test
    void meReflectsTheTokensRolesOrganisationAndPartnerships() {
        as(TestTokens.policeLead()).documentName("me").execute().path("me").matchesJson("""
                {"username": "police.lead", "name": "Demo police.lead", "roles": ["AGENCY_LEAD"],
                 "organisationCode": "west-midlands-police", "partnershipCodes": ["walsall", "wolverhampton"]}""");
    }

    @Test
    void everyRealmRoleComesBackFromMe() {
        as(TestTokens.token("everyone", Roles.ALL, null, java.util.List.of("wolverhampton"))).documentName("me").execute()
                .path("me.roles").entityList(String.class).satisfies(roles -> assertThat(roles).containsExactlyInAnyOrderElementsOf(Roles.ALL));
    }

    @Test
    void rolesThatAreNotJointBoardRolesAreIgnored() {
        as(TestTokens.noJointBoardRole()).documentName("me").execute().path("me.roles").entityList(String.class).hasSize(0);
    }

    @Test
    void noTokenIsUnauthorized() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(ME).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTamperedTokenIsUnauthorized() {
        String token = TestTokens.admin();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        postMe(tampered).expectStatus().isUnauthorized();
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() {
        JWTClaimsSet claims = TestTokens.claims("admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton"))
                .audience(List.of("account")).build();
        postMe(TestTokens.sign(claims)).expectStatus().isUnauthorized();
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorized() {
        JWTClaimsSet claims = TestTokens.claims("admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton"))
                .issuer("http://localhost:8180/realms/master").build();
        postMe(TestTokens.sign(claims)).expectStatus().isUnauthorized();
    }

    @Test
    void aTokenWithoutAnExpiryIsUnauthorized() {
        var claims = TestTokens.claims("admin", java.util.List.of("BOARD_ADMIN"), null, java.util.List.of("wolverhampton"))
                .expirationTime(null).build();
        postMe(TestTokens.sign(claims)).expectStatus().isUnauthorized();
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        JWTClaimsSet claims = TestTokens.claims("admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton"))
                .expirationTime(new java.util.Date(System.currentTimeMillis() - 600_000)).build();
        postMe(TestTokens.sign(claims)).expectStatus().isUnauthorized();
    }

    @Test
    void healthIsOpenMetricsNeedAnAdminAndGraphiqlAndIntrospectionAreOffOutsideDev() {
        http().get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist();
        http().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        http().get().uri("/actuator/prometheus").header("Authorization", "Bearer " + TestTokens.viewer()).exchange().expectStatus().isForbidden();
        http().get().uri("/actuator/prometheus").header("Authorization", "Bearer " + TestTokens.admin()).exchange().expectStatus().isOk();
        http().get().uri("/graphiql").exchange().expectStatus().isNotFound();
        var errors = errors(as(TestTokens.admin()).document("{ __schema { types { name } } }").execute());
        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec postMe(String token) {
        return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token).bodyValue(ME).exchange();
    }
}
