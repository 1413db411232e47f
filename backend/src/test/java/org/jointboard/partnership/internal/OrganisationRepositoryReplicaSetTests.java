package org.jointboard.partnership.internal;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.jointboard.config.RealMongoWriteSafety;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same store tests against a three-member replica set (docker-compose's {@code replica-set} profile in small),
 * written with {@code w: majority}; skipped where there is no Docker. The members use the host's network so that they
 * and the driver reach each other at the same addresses (Linux Docker).
 */
@Testcontainers(disabledWithoutDocker = true)
@Import(RealMongoWriteSafety.class)
class OrganisationRepositoryReplicaSetTests extends OrganisationRepositoryTests {

    private static final List<Integer> PORTS = List.of(27217, 27218, 27219);
    private static final List<GenericContainer<?>> MEMBERS = PORTS.stream().<GenericContainer<?>>map(OrganisationRepositoryReplicaSetTests::member)
            .toList();

    private static GenericContainer<?> member(int port) {
        return new GenericContainer<>("mongo:8.0.12").withNetworkMode("host")
                .withCommand("mongod", "--replSet", "rs0", "--bind_ip", "127.0.0.1", "--port", String.valueOf(port))
                .waitingFor(Wait.forLogMessage(".*Waiting for connections.*", 1)).withStartupTimeout(Duration.ofMinutes(2));
    }

    @BeforeAll
    static void startTheSet() throws Exception {
        MEMBERS.forEach(GenericContainer::start);
        String members = String.join(",", IntStream.range(0, PORTS.size())
                .mapToObj(i -> "{_id: %d, host: '127.0.0.1:%d'}".formatted(i, PORTS.get(i))).toList());
        var initiated = MEMBERS.getFirst().execInContainer("mongosh", "--port", String.valueOf(PORTS.getFirst()), "--quiet", "--eval",
                "rs.initiate({_id: 'rs0', members: [" + members + "]})");
        if (initiated.getExitCode() != 0) {
            throw new IllegalStateException("rs.initiate failed: " + initiated.getStdout() + initiated.getStderr());
        }
        for (int attempt = 0; attempt < 60; attempt++) {
            var primary = MEMBERS.getFirst().execInContainer("mongosh", "--port", String.valueOf(PORTS.getFirst()), "--quiet", "--eval",
                    "db.hello().isWritablePrimary");
            if (primary.getStdout().strip().equals("true")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The replica set elected no primary within a minute");
    }

    @DynamicPropertySource
    static void theSet(DynamicPropertyRegistry properties) {
        properties.add("spring.mongodb.uri", () -> "mongodb://" + String.join(",", PORTS.stream().map(p -> "127.0.0.1:" + p).toList())
                + "/jointboard?replicaSet=rs0");
    }
}
