package org.jointboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo admin's access token from the realm's {@code jointboard-cli} client, fetched again before it gets old. */
final class Tokens {

    private static final long REFRESH_AFTER_NANOS = 120_000_000_000L; // tokens live five minutes in the demo realm
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String keycloak;
    private final HttpClient http;
    private String token;
    private long fetchedAt;

    Tokens(String keycloak, HttpClient http) {
        this.keycloak = keycloak;
        this.http = http;
    }

    synchronized String token() {
        if (token == null || System.nanoTime() - fetchedAt > REFRESH_AFTER_NANOS) {
            token = fetch();
            fetchedAt = System.nanoTime();
        }
        return token;
    }

    /** The partnership codes in the token. */
    List<String> partnerships() {
        String payload = new String(Base64.getUrlDecoder().decode(token().split("\\.")[1]), StandardCharsets.UTF_8);
        var codes = new ArrayList<String>();
        JSON.readTree(payload).path("partnerships").forEach(code -> codes.add(code.asString()));
        return codes;
    }

    private String fetch() {
        String form = "grant_type=password&client_id=jointboard-cli&username=admin&password=demo&scope=openid";
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/jointboard/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !json.has("access_token")) {
                throw new IllegalStateException("Keycloak refused the demo admin's sign-in: " + response.body());
            }
            return json.get("access_token").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
