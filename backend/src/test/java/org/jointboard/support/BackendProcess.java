package org.jointboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import org.jointboard.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged backend ({@code target/backend.jar}) run as a separate process, as {@code run.sh} runs it: its own JVM,
 * its own data folder, tokens checked against a JWKS endpoint served here with the {@link TestTokens} key. Used by the
 * tests that must kill it ({@code kill -9}) or push it to its limits without taking the test JVM down with it.
 */
public final class BackendProcess implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Path JAR = Path.of("target", "backend.jar");

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final HttpServer jwks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> extraArguments;
    private Process process;

    private BackendProcess(Path dataDir, List<String> extraArguments) {
        this.dataDir = dataDir;
        this.extraArguments = extraArguments;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-backend.log");
        this.port = freePort();
        this.jwks = serveJwks();
    }

    /** A backend on {@code dataDir} (kept between restarts), without demo data; started and healthy. */
    public static BackendProcess start(Path dataDir, String... extraArguments) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run this test in Maven's integration-test phase");
        }
        var backend = new BackendProcess(dataDir, List.of(extraArguments));
        backend.launch();
        return backend;
    }

    /** Starts it again on the same data folder and port. */
    public void restart() {
        launch();
    }

    public URI graphQlUri() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpClient http() {
        return http;
    }

    /** Posts a GraphQL request and returns the parsed response body (throws if the backend is unreachable). */
    public JsonNode graphQl(String token, String document, Map<String, Object> variables) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphQlUri()).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
        jwks.stop(0);
    }

    private void launch() {
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-jar",
                JAR.toAbsolutePath().toString(),
                "--jointboard.demo-data.enabled=false"));
        command.addAll(extraArguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of(
                "BACKEND_PORT", String.valueOf(port),
                "JOINTBOARD_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "KEYCLOAK_ISSUER", TestTokens.ISSUER,
                "KEYCLOAK_JWKS_URI", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs"));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The backend exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("The backend did not become healthy in 3 minutes; see " + log.toAbsolutePath());
    }

    private static HttpServer serveJwks() {
        try {
            byte[] keys = new JWKSet(new RSAKey.Builder(TestTokens.publicKey()).keyID("test").build()).toString()
                    .getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
