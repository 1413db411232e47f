package org.jointboard.ui.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Waiting for, and stopping, the jars the browser tests run as processes (the backend; the production ui). */
final class JarProcesses {

    private JarProcesses() {
    }

    /** Waits up to 120 s for {@code healthUrl} to answer 200; fails with the process's log if it stops or never does. */
    static void awaitHealthy(Process process, String healthUrl, Path log, String what) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant started = Instant.now();
        while (Duration.between(started, Instant.now()).toSeconds() < 120) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + what + " stopped while starting:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(healthUrl)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf("The %s is ready (%s) in %d s%n", what, healthUrl, Duration.between(started, Instant.now()).toSeconds());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop(process);
        throw new IllegalStateException("The " + what + " did not become healthy in 120 s:\n" + Files.readString(log));
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
