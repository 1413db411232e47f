package org.jointboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.partnership.DemoOrganisations;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

/** Cursors are opaque and checked: ours page on, anything else is BAD_REQUEST on the argument that carried it. */
@BackendIntegrationTest
class CursorTests extends GraphQlTestSupport {

    private static final String PAGE = "query($after: String, $before: String, $first: Int, $last: Int) { organisations("
            + "first: $first, after: $after, last: $last, before: $before) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    PartnershipFixtures partnershipFixtures;

    @BeforeEach
    void givenOrganisations() {
        partnershipFixtures.storeDemoPartnerships();
        partnershipFixtures.storeDemoOrganisations();
    }

    @Test
    void aCursorOfOursPagesOnAndNamesNoJavaClass() {
        var first = as(TestTokens.admin()).document(PAGE).variable("first", 3).execute();
        String cursor = first.path("organisations.pageInfo.endCursor").entity(String.class).get();
        List<String> firstCodes = first.path("organisations.edges[*].node.code").entityList(String.class).get();
        String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
        assertThat(decoded).doesNotContain("java.").doesNotContain("@class");

        List<String> next = as(TestTokens.admin()).document(PAGE).variable("first", 3).variable("after", cursor).execute()
                .path("organisations.edges[*].node.code").entityList(String.class).get();
        assertThat(next).hasSize(3).doesNotContainAnyElementsOf(firstCodes);
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-cursor", "", "%4B%5F", "e30=", "S197fQ==", "T18z",
            "S197ImEiOnsidCI6InMiLCJ2IjoxfX0=", "S197IiR3aGVyZSI6eyJ0IjoicyIsInYiOiJ4In19",
            "S197IkBjbGFzcyI6ImphdmEudXRpbC5Db2xsZWN0aW9ucyRVbm1vZGlmaWFibGVNYXAiLCJzb3J0TmFtZSI6ImEifQ==" })
    void anyOtherCursorIsRefusedOnItsArgument(String cursor) {
        assertBadRequest(as(TestTokens.admin()).document(PAGE).variable("first", 3).variable("after", cursor).execute(), "after");
        assertBadRequest(as(TestTokens.admin()).document(PAGE).variable("last", 3).variable("before", cursor).execute(), "before");
    }

    @Test
    void aCursorWithKeysThisListDoesNotSortByIsRefused() {
        String foreign = Base64.getEncoder().encodeToString("K_{\"residualScore\":{\"t\":\"i\",\"v\":3}}".getBytes(StandardCharsets.UTF_8));
        assertBadRequest(as(TestTokens.admin()).document(PAGE).variable("first", 3).variable("after", foreign).execute(), "after");
    }

    @Test
    void lastWithoutBeforeIsRefusedRatherThanGivingTheFirstRows() {
        assertBadRequest(as(TestTokens.admin()).document(PAGE).variable("last", 3).execute(), "before");
        var page = as(TestTokens.admin()).document(PAGE).variable("first", 4).execute();
        String fourth = page.path("organisations.edges[3].cursor").entity(String.class).get();
        List<String> codes = page.path("organisations.edges[*].node.code").entityList(String.class).get();
        as(TestTokens.admin()).document(PAGE).variable("last", 2).variable("before", fourth).execute()
                .path("organisations.edges[*].node.code").entityList(String.class).containsExactly(codes.get(1), codes.get(2));
    }
}
