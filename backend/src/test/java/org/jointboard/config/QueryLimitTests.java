package org.jointboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/** Requests deeper or costlier than the configured limits are refused before they run. */
@BackendIntegrationTest
@TestPropertySource(properties = { "jointboard.graphql.max-depth=4", "jointboard.graphql.max-complexity=8" })
class QueryLimitTests extends GraphQlTestSupport {

    @Test
    void aQueryDeeperThanTheLimitIsRefused() {
        var errors = errors(as(TestTokens.admin()).document("{ organisations { edges { node { partnerships { boards { name } } } } } }").execute());
        assertThat(errors).isNotEmpty().first().satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("depth"));
    }

    @Test
    void aQueryCostlierThanTheLimitIsRefused() {
        var errors = errors(as(TestTokens.admin()).document("{ me { username name roles organisationCode partnershipCodes } a: me { username name roles } }").execute());
        assertThat(errors).isNotEmpty().first().satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("complexity"));
    }

    @Test
    void aQueryWithinTheLimitsRuns() {
        as(TestTokens.admin()).document("{ me { username } }").execute().path("me.username").entity(String.class).isEqualTo("admin");
    }
}
