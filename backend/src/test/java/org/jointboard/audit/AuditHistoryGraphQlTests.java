package org.jointboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.jointboard.assessment.DemoAssessments;
import org.jointboard.risk.DemoRisks;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit trail read from the outside: a risk review and a return decision field by field with who and why; who
 * may read which history; and the hash chain finding an event changed or removed directly in the store.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class AuditHistoryGraphQlTests extends org.jointboard.DemoGraphQlTestSupport {

    private static final String HISTORY = "query($type: String!, $id: ID!) { recordHistory(recordType: $type, recordId: $id, first: 20) { "
            + "edges { node { id at actorUsername actorName actorRoles action actionLabel reason changes { field before after } } } } }";
    private static final String RISK = DemoRisks.id("wolverhampton", 1);
    private static final String FIRE = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-fire");

    @Test
    void aRiskReviewAndAReturnDecisionShowFieldByFieldWithWhoAndWhy() {
        review();
        var history = as(TestTokens.admin()).document(HISTORY).variable("type", "Risk").variable("id", RISK).execute();
        history.path("recordHistory.edges[0].node.actionLabel").entity(String.class).isEqualTo("Review risk");
        history.path("recordHistory.edges[0].node.actorUsername").entity(String.class).isEqualTo("exec");
        history.path("recordHistory.edges[0].node.actorRoles").entityList(String.class).contains("EXECUTIVE_MEMBER");
        history.path("recordHistory.edges[0].node.changes[?(@.field == 'residual.likelihood')]").entityList(Map.class)
                .satisfies(changes -> assertThat(changes).singleElement().satisfies(change -> {
                    assertThat(change.get("before")).isEqualTo("4");
                    assertThat(change.get("after")).isEqualTo("2");
                }));
        history.path("recordHistory.edges[0].node.changes[*].field").entityList(String.class)
                .satisfies(fields -> assertThat(fields).doesNotContain("version").anyMatch(f -> f.matches("reviews\\[\\d+]\\.commentary")));

        as(TestTokens.admin()).document("mutation($input: ReturnForChangesInput!) { returnForChanges(input: $input) { auditReturn { state } } }")
                .variable("input", Map.of("returnId", FIRE, "version", version("auditReturns", FIRE), "partnership", "wolverhampton",
                        "reasons", "S11-5: say how supervision is recorded")).execute().errors().verify();
        var decision = as(TestTokens.chair()).document(HISTORY).variable("type", "AuditReturn").variable("id", FIRE).execute();
        decision.path("recordHistory.edges[0].node.reason").entity(String.class).isEqualTo("S11-5: say how supervision is recorded");
        decision.path("recordHistory.edges[0].node.changes[?(@.field == 'state')]").entityList(Map.class)
                .satisfies(changes -> assertThat(changes).singleElement().satisfies(change -> {
                    assertThat(change.get("before")).isEqualTo("SUBMITTED");
                    assertThat(change.get("after")).isEqualTo("RETURNED");
                }));
    }

    @Test
    void theBoardReadsItsPartnershipsHistoryAndAnOrganisationsLeadOnlyItsOwnReturns() {
        String police = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-police");
        as(TestTokens.policeLead()).document("mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { auditReturn { id } } }")
                .variable("input", Map.of("returnId", police, "answers", List.of(Map.of("questionCode", "S11-1.1", "expectedRevision", 0, "rating", "MET"))))
                .execute().errors().verify();
        as(TestTokens.policeLead()).document(HISTORY).variable("type", "AuditReturn").variable("id", police).execute()
                .path("recordHistory.edges").entityList(Object.class).hasSizeGreaterThan(0);
        as(TestTokens.healthLead()).document(HISTORY).variable("type", "AuditReturn").variable("id", police).execute()
                .path("recordHistory.edges").entityList(Object.class).hasSize(0);
        review();
        assertError(as(TestTokens.healthLead()).document(HISTORY).variable("type", "Risk").variable("id", RISK).execute(), "FORBIDDEN");
        assertError(as(TestTokens.viewer()).document(HISTORY).variable("type", "Risk").variable("id", RISK).execute(), "FORBIDDEN");
        assertError(as(TestTokens.exec()).document(HISTORY).variable("type", "Risk").variable("id", RISK).execute(), "FORBIDDEN");
        as(TestTokens.walsallAdmin()).document(HISTORY).variable("type", "Risk").variable("id", RISK).execute()
                .path("recordHistory.edges").entityList(Object.class).hasSize(0);
        as(TestTokens.chair()).document("{ auditTrail(partnership: \"wolverhampton\", filter: {recordType: \"Risk\", actorUsername: \"exec\"}, first: 5) { edges { node { recordId action } } } }")
                .execute().path("auditTrail.edges[*].node.recordId").entityList(String.class).contains(RISK);
        assertError(as(TestTokens.chair()).document("{ auditTrail(partnership: \"warwickshire\") { edges { node { id } } } }").execute(), "FORBIDDEN");
    }

    @Test
    void theHashChainFindsAnEventChangedOrRemovedInTheStore() {
        review();
        review();
        String verify = "{ verifyAuditTrail(partnership: \"wolverhampton\") { intact eventsChecked firstBrokenEventId problem } }";
        var intact = as(TestTokens.admin()).document(verify).execute();
        intact.path("verifyAuditTrail.intact").entity(Boolean.class).isEqualTo(true);
        intact.path("verifyAuditTrail.eventsChecked").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        assertError(as(TestTokens.chair()).document(verify).execute(), "FORBIDDEN");

        List<Document> events = mongo.find(Query.query(Criteria.where("entityId").is(RISK)).with(AuditTrail.CHAIN_ORDER), Document.class, "auditEvents");
        Object first = events.getFirst().get("_id");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(first)), new Update().set("after.title", "Nothing to see"), "auditEvents");
        var changed = as(TestTokens.admin()).document(verify).execute();
        changed.path("verifyAuditTrail.intact").entity(Boolean.class).isEqualTo(false);
        changed.path("verifyAuditTrail.firstBrokenEventId").entity(String.class).isEqualTo(first.toString());
        changed.path("verifyAuditTrail.problem").entity(String.class).satisfies(p -> assertThat(p).contains("changed after it was written"));

        mongo.remove(Query.query(Criteria.where("_id").is(first)), "auditEvents");
        var removed = as(TestTokens.admin()).document(verify).execute();
        removed.path("verifyAuditTrail.intact").entity(Boolean.class).isEqualTo(false);
        removed.path("verifyAuditTrail.firstBrokenEventId").entity(String.class).isEqualTo(events.get(1).get("_id").toString());
        removed.path("verifyAuditTrail.problem").entity(String.class).satisfies(p -> assertThat(p).contains("does not follow"));
    }

    private void review() {
        as(TestTokens.exec()).document("mutation($input: ReviewRiskInput!) { reviewRisk(input: $input) { risk { id } } }")
                .variable("input", Map.of("riskId", RISK, "version", version("risks", RISK), "date", TestClock.today().toString(),
                        "residual", Map.of("likelihood", 2, "impact", 4), "commentary", "Reserves policy agreed")).execute().errors().verify();
    }

    private long version(String collection, String id) {
        return mongo.findById(id, Document.class, collection).get("version", Number.class).longValue();
    }

}
