package org.jointboard.ui.support;

import org.jointboard.keycloak.TestKeycloak;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Keycloak and one backend for all browser journeys of a test run (each takes tens of seconds
 * to start); the ui under test runs in the test's Spring context on port {@link #UI_PORT}, which the
 * dev realm accepts as a redirect address. Stopped when the test JVM ends.
 */
public final class FullStack {

    public static final int UI_PORT = 18081;
    public static final String UI = "http://localhost:" + UI_PORT;

    private static TestKeycloak keycloak;
    private static BackendProcess backend;

    private FullStack() {
    }

    public static synchronized TestKeycloak keycloak() {
        if (keycloak == null) {
            keycloak = TestKeycloak.start();
            Runtime.getRuntime().addShutdownHook(new Thread(FullStack::stop));
        }
        return keycloak;
    }

    public static synchronized BackendProcess backend() {
        if (backend == null) {
            backend = BackendProcess.start(keycloak());
        }
        return backend;
    }

    /** Stops the backend, runs {@code whileDown}, and starts it again on the same port. */
    public static synchronized void withBackendDown(Runnable whileDown) {
        int port = backend().port();
        backend.close();
        try {
            whileDown.run();
        } finally {
            backend = BackendProcess.start(keycloak(), port);
        }
    }

    /** Points the ui under test at this stack. */
    public static void connect(DynamicPropertyRegistry properties) {
        properties.add("jointboard.backend.url", () -> backend().url());
        properties.add("jointboard.keycloak.public-url", () -> keycloak().baseUrl());
    }

    private static synchronized void stop() {
        if (backend != null) {
            backend.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
