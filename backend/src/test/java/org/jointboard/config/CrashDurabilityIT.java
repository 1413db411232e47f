package org.jointboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jointboard.TestTokens;
import org.jointboard.support.BackendProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost on {@code kill -9}: the packaged backend runs as its own process on a data folder,
 * takes writes from several clients at once, is killed the moment one more write is acknowledged (others still in
 * flight), and is started again on the same folder. Every write that got an answer must be there, in every round.
 */
class CrashDurabilityIT {

    private static final int ROUNDS = 3;
    private static final int WRITERS = 6;
    private static final int ACKS_BEFORE_KILL = 150;

    private static final String CREATE_ORGANISATION = """
            mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { code } } }""";
    private static final String CREATE_PERSON = """
            mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }""";
    private static final String CREATE_PARTNERSHIP = """
            mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { code } } }""";

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String admin = TestTokens.admin();
        try (BackendProcess backend = BackendProcess.start(work.resolve("data"))) {
            backend.graphQl(admin, CREATE_PARTNERSHIP, Map.of("input", Map.of("code", "wolverhampton",
                    "name", "Wolverhampton Safeguarding Partnership", "boards", List.of(Map.of("kind", "JOINT", "name", "Joint board")))));
            for (int round = 1; round <= ROUNDS; round++) {
                long started = System.nanoTime();
                int written = writeUntilKilled(backend, admin, round, acknowledged);
                double seconds = (System.nanoTime() - started) / 1e9;
                backend.restart();
                Set<String> stored = storedNames(backend, admin);
                Set<String> missing = new HashSet<>(acknowledged);
                missing.removeAll(stored);
                System.out.printf("[durability] round %d: %d writes acknowledged in %.1f s (%.0f/s) before kill -9; %d of %d acknowledged so far missing after restart%n",
                        round, written, seconds, written / seconds, missing.size(), acknowledged.size());
                assertThat(missing).as("acknowledged writes lost in round " + round).isEmpty();
            }
        }
    }

    /** Writers create organisations and people until one of them, on its 150th acknowledgement, kills the backend. */
    private static int writeUntilKilled(BackendProcess backend, String token, int round, Set<String> acknowledged) throws InterruptedException {
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(WRITERS);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                try {
                    for (int i = 0; !killed.get(); i++) {
                        String name = "r%d-w%d-%d".formatted(round, writer, i);
                        try {
                            JsonNode response = i % 2 == 0
                                    ? backend.graphQl(token, CREATE_ORGANISATION, Map.of("input", Map.of("code", name, "name", name,
                                            "kind", "NHS_TRUST", "partnershipCodes", List.of("wolverhampton"))))
                                    : backend.graphQl(token, CREATE_PERSON, Map.of("input", Map.of("name", name,
                                            "partnershipCodes", List.of("wolverhampton"))));
                            if (response.path("errors").isEmpty()) {
                                acknowledged.add(name);
                                if (acks.incrementAndGet() == ACKS_BEFORE_KILL && killed.compareAndSet(false, true)) {
                                    backend.kill();
                                }
                            }
                        } catch (Exception unanswered) {
                            // in flight when the backend died: never acknowledged, so it may or may not be there
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        assertThat(done.await(3, TimeUnit.MINUTES)).isTrue();
        writers.shutdownNow();
        return acks.get();
    }

    private static Set<String> storedNames(BackendProcess backend, String token) throws Exception {
        Set<String> names = new HashSet<>();
        names.addAll(allOf(backend, token, "organisations", "code"));
        names.addAll(allOf(backend, token, "people", "name"));
        return names;
    }

    private static List<String> allOf(BackendProcess backend, String token, String list, String field) throws Exception {
        var values = new ArrayList<String>();
        String after = null;
        do {
            JsonNode page = backend.graphQl(token, "query($after: String) { %s(first: 100, after: $after) { edges { node { %s } } pageInfo { hasNextPage endCursor } } }"
                    .formatted(list, field), after == null ? Map.of() : Map.of("after", after)).path("data").path(list);
            page.path("edges").forEach(edge -> values.add(edge.path("node").path(field).asString()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return values;
    }
}
