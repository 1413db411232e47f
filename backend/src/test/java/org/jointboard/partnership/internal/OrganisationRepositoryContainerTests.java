package org.jointboard.partnership.internal;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.TestPropertySource;

/** The same repository tests against a real MongoDB; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(properties = "spring.mongodb.uri=mongodb://set-by-testcontainers")
class OrganisationRepositoryContainerTests extends OrganisationRepositoryTests {

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.12");
}
