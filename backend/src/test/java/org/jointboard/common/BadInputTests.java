package org.jointboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

/** Malformed input gets the error contract (BAD_REQUEST, the field named, plain words), never a 5xx or internals. */
@BackendIntegrationTest
class BadInputTests extends GraphQlTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    PartnershipFixtures partnershipFixtures;

    @BeforeEach
    void givenPartnerships() {
        partnershipFixtures.storeDemoPartnerships();
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "[]", "\"query\"", "42", "{}", "{\"query\": 5}", "{\"query\": null}", "not json",
            "{\"query\": \"{ me { username } }\", \"variables\": \"x\"}", "{\"query\": \"{ me { username } }\", \"variables\": [1]}" })
    void aBodyThatIsNotAGraphQlRequestIsABadRequest(String body) throws Exception {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asString()).as(response.body()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).doesNotContain("Exception").doesNotContain("java.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+999999999-12-31", "0000-01-01", "-0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01", "2026-13-01", "" })
    void datesOutsideAnyPlausibleRangeAreRefusedNamingTheField(String date) throws Exception {
        JsonNode response = graphQl("query($to: Date!) { attendanceReport(partnership: \"wolverhampton\", from: \"2026-01-01\", to: $to) { from } }",
                Map.of("to", date));
        JsonNode error = response.path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asString()).as(response.toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("extensions").path("field").asString()).as(response.toString()).isEqualTo("to");
    }

    /** Values written into the query itself: refused naming the argument, in words, without GraphQL Java's dump of the value. */
    @Test
    void literalsThatDoNotFitAreRefusedWithoutInternals() throws Exception {
        for (String query : List.of(
                "{ attendanceReport(partnership: \"wolverhampton\", from: \"2026-01-01\", to: \"+999999999-12-31\") { from } }",
                "mutation { createOrganisation(input: {code: 5, name: {a: 1}, kind: NHS_TRUST, partnershipCodes: [\"wolverhampton\"]}) { organisation { code } } }")) {
            JsonNode error = graphQl(query, Map.of()).path("errors").path(0);
            assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(error.path("extensions").path("field").asString()).isNotEmpty();
            assertThat(error.path("message").asString()).doesNotContain("Value{").doesNotContain("Validation error (");
        }
    }

    @Test
    void anIdGivenAsAnObjectIsRefusedWithoutEchoingIt() throws Exception {
        JsonNode response = graphQl("query($id: ID!) { organisation(id: $id) { code } }", Map.of("id", Map.of("$gt", "")));
        JsonNode error = response.path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asString()).as(response.toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).doesNotContain("$gt").doesNotContain("{");
    }

    /** Control and text-direction characters make names lie in lists and exports: refused wherever text is given. */
    @ParameterizedTest
    @ValueSource(strings = { "wolv\u0000", "Police\u202Eecilop", "a\u2066b\u2069", "bell\u0007", "c1\u0085" })
    void invisibleCharactersAreRefusedNamingTheField(String text) throws Exception {
        JsonNode search = graphQl("query($f: OrganisationFilter) { organisations(first: 5, filter: $f) { edges { node { code } } } }",
                Map.of("f", Map.of("name", text)));
        assertThat(search.path("errors").path(0).path("extensions").path("field").asString()).isEqualTo("f.name");
        JsonNode created = graphQl("mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { code } } }",
                Map.of("input", Map.of("code", "x-trust", "name", text, "kind", "NHS_TRUST", "partnershipCodes", List.of("wolverhampton"))));
        assertThat(created.path("errors").path(0).path("extensions").path("field").asString()).isEqualTo("name");
        assertThat(created.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(partnershipFixtures.organisationCount()).isZero();
    }

    /** A refused list reads as refused: null beside the error, not an empty page that looks like "nothing there". */
    @Test
    void aRefusedListIsNullNotEmpty() throws Exception {
        JsonNode response = graphQl("{ organisations(first: 5, filter: {name: \"" + "a".repeat(101) + "\"}) { edges { node { code } } } }", Map.of());
        assertThat(response.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(response.path("data").isNull() || response.path("data").path("organisations").isNull()).as(response.toString()).isTrue();
        JsonNode forbidden = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Authorization", "Bearer " + TestTokens.policeLead()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ riskRegister(partnership: \\\"wolverhampton\\\", first: 5) { edges { node { id } } } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(forbidden.path("errors").path(0).path("extensions").path("classification").asString()).as(forbidden.toString()).isEqualTo("FORBIDDEN");
        assertThat(forbidden.path("data").isNull() || forbidden.path("data").path("riskRegister").isNull()).as(forbidden.toString()).isTrue();
    }

    @Test
    void namesAreCappedAndTheCapIsNamed() throws Exception {
        JsonNode created = graphQl("mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { code } } }",
                Map.of("input", Map.of("code", "x-trust", "name", "N".repeat(201), "kind", "NHS_TRUST", "partnershipCodes", List.of("wolverhampton"))));
        assertThat(created.path("errors").path(0).path("message").asString()).contains("200 characters");
        assertThat(partnershipFixtures.organisationCount()).isZero();
    }

    private JsonNode graphQl(String query, Map<String, Object> variables) throws Exception {
        return JSON.readTree(post(JSON.writeValueAsString(Map.of("query", query, "variables", variables))).body());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Authorization", "Bearer " + TestTokens.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
