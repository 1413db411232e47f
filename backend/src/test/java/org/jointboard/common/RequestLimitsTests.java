package org.jointboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Oversized requests are refused before any work is done, and everyone else is still answered meanwhile. Before the
 * limits, a 40,000-character name filter took 1.83 s, two of 300,000 stopped the backend for 32 s, and four 90 MB
 * bodies ran it out of memory. Timings are printed, not asserted.
 */
@BackendIntegrationTest
class RequestLimitsTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORGANISATIONS = "query($filter: OrganisationFilter) { organisations(first: 5, filter: $filter) { edges { node { code } } } }";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();


    @BeforeEach
    void givenPartnerships() {
        partnershipFixtures.storeDemoPartnerships();
    }

    @Test
    void longTextAndLongListsAreRefusedNamingTheField() throws Exception {
        assertRefused(post(ORGANISATIONS, Map.of("filter", Map.of("name", "a".repeat(101)))), "filter.name");
        assertRefused(post(ORGANISATIONS, Map.of("filter", Map.of("name", "a".repeat(300_000)))), "filter.name");
        assertRefused(post("{ organisations(first: 5, filter: {name: \"" + "a".repeat(40_000) + "\"}) { edges { node { code } } } }", Map.of()), "name");
        assertRefused(post("{ organisations(first: 5, filter: {name: \"" + "a".repeat(300_000) + "\"}) { edges { node { code } } } }", Map.of()), "query");
        var tooMany = new ArrayList<>(Collections.nCopies(10_000, "wolverhampton"));
        assertRefused(post("mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { code } } }",
                Map.of("input", Map.of("code", "x-trust", "name", "X", "kind", "NHS_TRUST", "partnershipCodes", tooMany))), "partnershipCodes");
    }

    @Test
    void aSearchIsByWordsAndCostsTheSameWhateverIsTyped() throws Exception {
        JsonNode found = post(ORGANISATIONS, Map.of("filter", Map.of("name", "(.*a){30}\\0 WOLVERHAMPTON")));
        assertThat(found.path("errors").isEmpty()).isTrue();
        assertThat(found.path("data").path("organisations").path("edges").size()).isZero();
    }

    /**
     * A body just over the limit gets a 413 with the contract's error. Far larger ones are refused unread: the
     * backend answers 413 and closes the connection, so a client still sending may see the connection end instead.
     */
    @Test
    void oversizedBodiesAreRefusedUnreadWhileOthersAreAnswered() throws Exception {
        HttpResponse<String> justOver = client.send(request().POST(HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> limited(4L * 1024 * 1024 + 1024)), 4L * 1024 * 1024 + 1024)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(justOver.statusCode()).isEqualTo(413);
        assertThat(justOver.body()).contains("\"classification\":\"BAD_REQUEST\"").contains("larger than 4 MB");

        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> huge = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            huge.add(client.sendAsync(request().POST(HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> endless()), 90L * 1024 * 1024)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        huge.add(client.sendAsync(request().POST(HttpRequest.BodyPublishers.ofInputStream(() -> limited(20L * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString()));
        long meStarted = System.nanoTime();
        JsonNode me = post("{ me { username } }", Map.of());
        double meSeconds = (System.nanoTime() - meStarted) / 1e9;
        assertThat(me.path("data").path("me").path("username").asString()).isEqualTo("admin");
        int answered413 = 0;
        for (var response : huge) {
            try {
                assertThat(response.get().statusCode()).isEqualTo(413);
                answered413++;
            } catch (java.util.concurrent.ExecutionException closed) {
                assertThat(closed).hasCauseInstanceOf(java.io.IOException.class); // the backend stopped reading and hung up
            }
        }
        System.out.printf("[limits] four 90 MB bodies and one chunked 20 MB body refused in %.2f s (%d answered 413, the rest cut off);"
                + " a 'me' query meanwhile took %.3f s%n", (System.nanoTime() - started) / 1e9, answered413, meSeconds);
        assertThat(post("{ me { username } }", Map.of()).path("data").path("me").path("username").asString()).isEqualTo("admin");
    }

    private void assertRefused(JsonNode response, String field) {
        assertThat(response.path("errors").size()).as(response.toString()).isPositive();
        JsonNode error = response.path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo(field);
    }

    private JsonNode post(String query, Map<String, Object> variables) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request().POST(HttpRequest.BodyPublishers.ofString(
                JSON.writeValueAsString(Map.of("query", query, "variables", variables)))).build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf("[limits] %,d-byte request answered %d in %.3f s%n", response.request().bodyPublisher().orElseThrow().contentLength(),
                response.statusCode(), (System.nanoTime() - started) / 1e9);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestTokens.admin()).header("Content-Type", "application/json");
    }

    /** A body that never ends: nothing of it may need to be read for it to be refused. */
    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
    }

    private static InputStream limited(long bytes) {
        return new InputStream() {
            long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }
        };
    }
}
