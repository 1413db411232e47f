package org.jointboard.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.audit.AuditFixtures;
import org.jointboard.partnership.internal.PartnershipRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@BackendIntegrationTest
class PartnershipGraphQlTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    AuditFixtures auditEvents;

    @BeforeEach
    void givenTheDemoPartnerships() {
        partnershipFixtures.storeDemoPartnerships();
    }

    @Test
    void usersSeeOnlyThePartnershipsTheyWorkFor() {
        assertThat(codes(TestTokens.admin())).containsExactly("walsall", "warwickshire", "wiltshire", "wirral", "wolverhampton");
        assertThat(codes(TestTokens.policeLead())).containsExactly("walsall", "wolverhampton");
        assertThat(codes(TestTokens.viewer())).containsExactly("wolverhampton");
        as(TestTokens.viewer()).documentName("partnership").variable("code", "walsall").execute().path("partnership").valueIsNull();
        as(TestTokens.viewer()).documentName("partnership").variable("code", "wolverhampton").execute()
                .path("partnership.boards[*].kind").entityList(String.class).containsExactly("CHILDREN", "ADULTS");
    }

    @Test
    void aUserWithoutAJointBoardRoleIsForbidden() {
        assertSingleError(as(TestTokens.noJointBoardRole()).documentName("partnerships").execute(), "FORBIDDEN");
    }

    @Test
    void boardAdminCreatesAPartnershipNamedInTheirToken() {
        partnerships.deleteById("wirral");
        as(TestTokens.admin()).documentName("createPartnership").variable("input", Map.of("code", "wirral",
                        "name", "Wirral Safeguarding Partnership", "boards", List.of(Map.of("kind", "JOINT", "name", "Wirral Joint Board"))))
                .execute().path("createPartnership.partnership.boards[0].kind").entity(String.class).isEqualTo("JOINT");
        assertThat(partnerships.findById("wirral")).isPresent();
        assertThat(auditEvents.of("Partnership", "wirral")).hasSize(1);
    }

    @Test
    void creatingAPartnershipOutsideYourTokenIsForbidden() {
        assertSingleError(as(TestTokens.walsallAdmin()).documentName("createPartnership").variable("input", Map.of("code", "dudley",
                "name", "Dudley", "boards", List.of(Map.of("kind", "CHILDREN", "name", "Dudley Children Board")))).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.chair()).documentName("createPartnership").variable("input", Map.of("code", "wolverhampton",
                "name", "Wolverhampton", "boards", List.of(Map.of("kind", "CHILDREN", "name", "Board")))).execute(), "FORBIDDEN");
        assertThat(partnerships.findById("dudley")).isEmpty();
    }

    @Test
    void invalidPartnershipsAreRefusedByField() {
        assertBadRequest(as(TestTokens.admin()).documentName("createPartnership").variable("input", Map.of("code", "wolverhampton",
                "name", "Again", "boards", List.of(Map.of("kind", "CHILDREN", "name", "Board")))).execute(), "code");
        assertBadRequest(as(TestTokens.admin()).documentName("updatePartnership").variable("input", Map.of("code", "walsall", "version", 0,
                "name", "Walsall", "boards", List.of())).execute(), "boards");
        assertBadRequest(as(TestTokens.admin()).documentName("updatePartnership").variable("input", Map.of("code", "walsall", "version", 0,
                "name", "Walsall", "boards", List.of(Map.of("kind", "CHILDREN", "name", "A"), Map.of("kind", "CHILDREN", "name", "B")))).execute(),
                "boards[1].kind");
        assertBadRequest(as(TestTokens.admin()).documentName("updatePartnership").variable("input", Map.of("code", "walsall", "version", 0,
                "name", "Walsall", "boards", List.of(Map.of("kind", "CHILDREN", "name", " ")))).execute(), "boards[0].name");
        assertThat(partnerships.findById("walsall").orElseThrow().getVersion()).isZero();
    }

    @Test
    void aStaleVersionIsAConflict() {
        var input = Map.<String, Object>of("code", "walsall", "version", 0, "name", "Walsall Safeguarding Children Partnership",
                "boards", List.of(Map.of("kind", "CHILDREN", "name", "Walsall Safeguarding Children Board")));
        as(TestTokens.admin()).documentName("updatePartnership").variable("input", input).execute()
                .path("updatePartnership.partnership.version").entity(Integer.class).isEqualTo(1);
        assertSingleError(as(TestTokens.admin()).documentName("updatePartnership").variable("input", input).execute(), "CONFLICT");
        assertThat(partnerships.findById("walsall").orElseThrow().getVersion()).isEqualTo(1);
    }

    private List<String> codes(String token) {
        return as(token).documentName("partnerships").execute().path("partnerships.edges[*].node.code").entityList(String.class).get();
    }
}
