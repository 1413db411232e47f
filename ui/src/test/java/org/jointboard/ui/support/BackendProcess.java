package org.jointboard.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jointboard.keycloak.TestKeycloak;

/**
 * The real backend, run from the jar the build just made (the ui never links against backend code), with an
 * in-memory store and the demo data, trusting the given Keycloak.
 */
public final class BackendProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private BackendProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static BackendProcess start(TestKeycloak keycloak) {
        try {
            return start(keycloak, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts on a given port, e.g. to bring the backend back where the ui already points. */
    public static BackendProcess start(TestKeycloak keycloak, int port) {
        Path jar = Path.of(System.getProperty("backend.jar", "../backend/target/backend.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No backend jar at " + jar + ": build the backend first (./mvnw -pl backend package)");
        }
        try {
            Path log = Files.createTempFile("backend-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "--server.port=" + port, "--jointboard.store.embedded.mode=memory",
                    "--jointboard.security.token.issuer=" + keycloak.issuer(),
                    "--jointboard.security.token.jwk-set-uri=" + keycloak.jwkSetUri(),
                    // the archive goes with the build's other output; the nightly run never fires mid-journey
                    "--jointboard.retention.archive-folder=" + Path.of("target", "retention-archive").toAbsolutePath(),
                    "--jointboard.retention.schedule=-"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var backend = new BackendProcess(process, port);
            backend.awaitHealthy(log);
            return backend;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        JarProcesses.stop(process);
    }

    private void awaitHealthy(Path log) throws IOException {
        JarProcesses.awaitHealthy(process, url() + "/actuator/health", log, "backend");
    }


    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
