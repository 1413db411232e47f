package org.jointboard.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Keycloak, started from the distribution the {@code keycloak} module unpacks, with the
 * {@code jointboard} realm imported into an in-memory database (every start is fresh) on free ports.
 * For end-to-end tests; {@code close()} stops it and its children.
 */
public final class TestKeycloak implements AutoCloseable {

    public static final String REALM = "jointboard";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startup;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestKeycloak(Process process, int port, Path log, Duration startup) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startup = startup;
    }

    /** Starts Keycloak from {@code -Dkeycloak.home} (set by the build) and waits until the realm answers. */
    public static TestKeycloak start() {
        Path home = Path.of(System.getProperty("keycloak.home", "../keycloak/target/keycloak-26.7.3")).toAbsolutePath().normalize();
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc)) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": build the keycloak module first (./mvnw -pl keycloak package)");
        }
        try {
            copyRealm(home.resolve("data/import"));
            int port = freePort();
            int managementPort = freePort();
            Path log = Files.createTempFile("keycloak-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(kc.toString(), "start-dev", "--db=dev-mem",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--hostname=http://localhost:" + port, "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Instant started = Instant.now();
            Process process = builder.start();
            var keycloak = new TestKeycloak(process, port, log, null);
            keycloak.awaitRealm(started);
            var ready = new TestKeycloak(process, port, log, Duration.between(started, Instant.now()));
            System.out.printf("Keycloak ready on port %d in %d s (log %s)%n", port, ready.startup.toSeconds(), log);
            return ready;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** The issuer of this Keycloak's tokens, e.g. {@code http://localhost:PORT/realms/jointboard}. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Duration startup() {
        return startup;
    }

    /** An access token for a demo user, by password grant through the public {@code jointboard-cli} client. */
    public String accessToken(String username, String password) {
        HttpResponse<String> response = tokenResponse(username, password);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** The raw token endpoint answer, for tests of refusals. */
    public HttpResponse<String> tokenResponse(String username, String password) {
        String form = "grant_type=password&client_id=jointboard-cli&username=" + encode(username) + "&password=" + encode(password);
        try {
            return http.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRealm(Instant started) throws IOException {
        URI wellKnown = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; its log:\n" + tail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        close();
        throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + "; its log:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyRealm(Path importDir) throws IOException {
        Files.createDirectories(importDir);
        try (InputStream realm = TestKeycloak.class.getResourceAsStream("/keycloak/jointboard-realm.json")) {
            if (realm == null) {
                throw new IllegalStateException("The realm export is missing from the classpath (keycloak/jointboard-realm.json)");
            }
            Files.copy(realm, importDir.resolve("jointboard-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
