package org.jointboard.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ui as {@code ./run.sh} starts it: the jar this build packaged (with the {@code production} profile, as
 * {@code ./test.sh} builds it), in its own process, pointed at the test stack. The dev realm accepts sign-ins back to
 * {@link #PORT}.
 */
public final class UiProcess implements AutoCloseable {

    public static final int PORT = 18082;

    private final Process process;

    private UiProcess(Process process) {
        this.process = process;
    }

    public static UiProcess start(String backendUrl, String keycloakUrl) {
        Path jar = Path.of(System.getProperty("ui.jar", "target/ui.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No ui jar at " + jar + ": package the ui with the production profile first (./test.sh does)");
        }
        try {
            Path log = Files.createTempFile("ui-", ".log");
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    jar.toString(), "--server.port=" + PORT, "--jointboard.backend.url=" + backendUrl,
                    "--jointboard.keycloak.public-url=" + keycloakUrl))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var ui = new UiProcess(process);
            ui.awaitHealthy(log);
            return ui;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + PORT;
    }

    @Override
    public void close() {
        JarProcesses.stop(process);
    }

    private void awaitHealthy(Path log) throws IOException {
        JarProcesses.awaitHealthy(process, url() + "/actuator/health", log, "production ui (a jar built without -Pproduction cannot start)");
    }
}
