package org.jointboard.risk;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.partnership.PartnershipFixtures;
import org.jointboard.risk.internal.RiskRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@BackendIntegrationTest
class RiskGraphQlTests extends GraphQlTestSupport {

    static final LocalDate TODAY = TestClock.today();

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    RiskRepository risks;

    @BeforeEach
    void givenPeople() {
        partnershipFixtures.storeDemoPartnerships();
        partnershipFixtures.storePerson("p-exec", "Eve Exec", null, "exec", "wolverhampton");
        partnershipFixtures.storePerson("p-other", "Harriet Osei", null, null, "wolverhampton");
    }

    @Test
    void adminRaisesARiskWithAReferenceAndCadence() {
        var raised = raise(fields("Revenue deficit", "Finance", 5, 4, 4, 4, "p-exec")).execute();
        raised.path("raiseRisk.risk.reference").entity(String.class).matches(r -> r.matches("R-\\d{4}-001"));
        raised.path("raiseRisk.risk.residual").matchesJson("{\"score\": 16, \"level\": \"HIGH\"}");
        raised.path("raiseRisk.risk.nextReviewDue").entity(String.class).isEqualTo(TODAY.plusMonths(1).toString());
        raised.path("raiseRisk.risk.owner.name").entity(String.class).isEqualTo("Eve Exec");
        raise(fields("Chairs vacant", "Governance", 4, 4, 2, 4, null)).execute()
                .path("raiseRisk.risk.reference").entity(String.class).matches(r -> r.endsWith("-002"));
    }

    @Test
    void invalidRisksAreRefusedWithTheFieldNamed() {
        assertBadRequest(raise(fields("X", "Finance", 6, 4, 4, 4, null)).execute(), "risk.inherent.likelihood");
        assertBadRequest(raise(fields("X", "Finance", 3, 3, 0, 3, null)).execute(), "risk.residual.likelihood");
        assertBadRequest(raise(fields("X", "Finance", 3, 3, 4, 4, null)).execute(), "residualAboveInherentReason");
        assertBadRequest(raise(fields("X", "Astrology", 3, 3, 2, 2, null)).execute(), "category");
        assertBadRequest(raise(fields("X", "Finance", 3, 3, 2, 2, "p-nobody")).execute(), "ownerPersonId");
        var unknownControlOwner = fields("X", "Finance", 3, 3, 2, 2, null);
        unknownControlOwner.put("controls", List.of(Map.of("description", "Budget board", "ownerPersonId", "p-exec", "effectiveness", "EFFECTIVE"),
                Map.of("description", "Audit", "ownerPersonId", "p-nobody", "effectiveness", "NOT_TESTED")));
        assertBadRequest(raise(unknownControlOwner).execute(), "controls[1].ownerPersonId");
        var unknownBody = fields("X", "Finance", 3, 3, 2, 2, null);
        unknownBody.put("owningCommitteeId", "no-such-body");
        assertBadRequest(raise(unknownBody).execute(), "owningCommitteeId");
        assertThat(risks.count()).isZero();
    }

    /**
     * 50 people at once on one risk: 25 comment, 25 review from the version they all saw. Every comment is kept and
     * none is refused; the reviews really conflict (each re-scores the risk seen at that version), so one is kept and
     * the rest are told CONFLICT; a comment never makes a review stale.
     */
    @Test
    void fiftyConcurrentCommentsAndReviewsLoseNothingAndRefuseOnlyRealConflicts() throws Exception {
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-exec"));
        var outcomes = org.jointboard.support.Concurrently.run(50, i -> i % 2 == 0
                ? as(TestTokens.chair()).documentName("commentOnRisk").variable("input", Map.of("riskId", id, "text", "comment " + i)).execute()
                : review(TestTokens.exec(), id, 0, 1 + i % 4, 4, "review " + i).execute());
        var comments = java.util.stream.IntStream.range(0, 50).filter(i -> i % 2 == 0).mapToObj(outcomes::get).toList();
        var reviews = java.util.stream.IntStream.range(0, 50).filter(i -> i % 2 == 1).mapToObj(outcomes::get).toList();
        assertThat(comments).containsOnly(org.jointboard.support.Concurrently.OK);
        assertThat(reviews).containsOnly(org.jointboard.support.Concurrently.OK, "CONFLICT").containsOnlyOnce(org.jointboard.support.Concurrently.OK);
        Risk stored = risks.findById(id).orElseThrow();
        assertThat(stored.getComments()).hasSize(25);
        assertThat(stored.getReviews()).hasSize(1);
        assertThat(stored.getVersion()).as("comments leave the version alone").isEqualTo(1L);
        review(TestTokens.exec(), id, 1, 2, 4, "after the comments").execute().errors().verify();
    }

    @Test
    void theOwnerRecordsAReviewAndTheTrendAndNextDueDateChange() {
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-exec"));
        var reviewed = review(TestTokens.exec(), id, 0, 4, 4, "Reserves nearly spent").execute();
        reviewed.path("reviewRisk.risk.nextReviewDue").entity(String.class).isEqualTo(TODAY.plusMonths(1).toString());
        var again = review(TestTokens.exec(), id, 1, 2, 4, "Partners agreed uplift").execute();
        again.path("reviewRisk.risk.trend").entity(String.class).isEqualTo("DOWN");
        again.path("reviewRisk.risk.nextReviewDue").entity(String.class).isEqualTo(TODAY.plusMonths(3).toString());
        again.path("reviewRisk.risk.reviews[*].residual.score").entityList(Integer.class).containsExactly(16, 8);
    }

    /** A category is the user's text, stored as a value: dots and dollar signs are just characters. */
    @Test
    void categoriesWithDotsAndDollarsAreKeptAsText() {
        var settings = as(TestTokens.admin()).document("""
                mutation($input: UpdateRiskSettingsInput!) { updateRiskSettings(input: $input) { settings { version categories { name appetite } } } }""")
                .variable("input", Map.of("partnershipCode", "wolverhampton", "version", 0, "monthlyFrom", 15, "quarterlyFrom", 8,
                        "categories", List.of(Map.of("name", "St. Helens liaison", "appetite", 9), Map.of("name", "$where", "appetite", 6),
                                Map.of("name", "Finance", "appetite", 9))))
                .execute();
        settings.path("updateRiskSettings.settings.categories[*].name").entityList(String.class)
                .containsExactly("St. Helens liaison", "$where", "Finance");
        String id = raisedId(fields("Cross-border cases", "St. Helens liaison", 4, 4, 3, 3, null));
        assertThat(risks.findById(id).orElseThrow().getCategory()).isEqualTo("St. Helens liaison");
        as(TestTokens.chair()).document("{ riskSettings(partnership: \"wolverhampton\") { categories { name appetite } } }").execute()
                .path("riskSettings.categories[0]").matchesJson("{\"name\": \"St. Helens liaison\", \"appetite\": 9}");
    }

    /** Named owner, a viewer (read-only everywhere) still may not review or re-score the risk. */
    @Test
    void beingNamedOwnerNeverWidensARole() {
        partnershipFixtures.storePerson("p-viewer", "Val Viewer", null, "viewer", "wolverhampton");
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-viewer"));
        assertSingleError(review(TestTokens.viewer(), id, 0, 1, 1, "I own it").execute(), "FORBIDDEN");
        assertThat(risks.findById(id).orElseThrow().getReviews()).isEmpty();
    }

    @Test
    void onlyTheOwnerOrAnAdminMayReview() {
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-other"));
        assertSingleError(review(TestTokens.exec(), id, 0, 3, 4, "Not mine").execute(), "FORBIDDEN");
        assertSingleError(review(TestTokens.chair(), id, 0, 3, 4, "Not mine").execute(), "FORBIDDEN");
        review(TestTokens.admin(), id, 0, 3, 4, "Recorded for the owner").execute().errors().verify();
        assertThat(risks.findById(id).orElseThrow().getReviews()).hasSize(1);
    }

    @Test
    void twoReviewersAtOnceCannotOverwriteEachOther() {
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-exec"));
        review(TestTokens.exec(), id, 0, 4, 4, "First").execute().errors().verify();
        assertSingleError(review(TestTokens.admin(), id, 0, 2, 4, "Second, from a stale page").execute(), "CONFLICT");
        assertThat(risks.findById(id).orElseThrow().getReviews()).extracting(RiskReview::commentary).containsExactly("First");
    }

    @Test
    void acceptanceClosingAndReviewsOfClosedRisksFollowTheRules() {
        String id = raisedId(fields("Partner restructuring", "Partnership engagement", 3, 3, 2, 3, "p-exec"));
        assertBadRequest(action("accept", Map.of("riskId", id, "version", 0, "expiresOn", TODAY.plusMonths(6).toString())), "approvedBy");
        assertBadRequest(action("accept", Map.of("riskId", id, "version", 0, "approvedBy", "Chris Chair")), "expiresOn");
        assertBadRequest(action("close", Map.of("riskId", id, "version", 0)), "reason");
        action("close", Map.of("riskId", id, "version", 0, "reason", "Restructure complete")).path("closeRisk.risk.status")
                .entity(String.class).isEqualTo("CLOSED");
        assertBadRequest(review(TestTokens.exec(), id, 1, 1, 1, "Too late").execute(), "riskId");
    }

    @Test
    void onlyBoardAdminsEscalateAcceptAndClose() {
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-exec"));
        for (String token : List.of(TestTokens.exec(), TestTokens.chair(), TestTokens.viewer())) {
            assertSingleError(as(token).documentName("riskAction").operationName("escalate")
                    .variable("input", Map.of("riskId", id, "version", 0)).execute(), "FORBIDDEN");
            assertSingleError(raise(fields("X", "Finance", 3, 3, 2, 2, null), token).execute(), "FORBIDDEN");
        }
        assertThat(risks.findById(id).orElseThrow().getStatus()).isEqualTo(RiskStatus.OPEN);
        action("escalate", Map.of("riskId", id, "version", 0)).path("escalateRisk.risk.status").entity(String.class).isEqualTo("ESCALATED");
    }

    @Test
    void viewersSeeThePublishedRegisterWithoutInternalCommentary() {
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-exec"));
        review(TestTokens.exec(), id, 0, 4, 4, "Reserves nearly spent").execute().errors().verify();
        as(TestTokens.exec()).documentName("riskAction").operationName("comment").variable("input", Map.of("riskId", id, "text", "Raise at the board"))
                .execute().path("commentOnRisk.risk.comments[0].byName").entity(String.class).isEqualTo("Demo exec");

        var viewer = as(TestTokens.viewer()).documentName("riskDetail").variable("id", id).execute();
        viewer.path("risk.title").entity(String.class).isEqualTo("Revenue deficit");
        viewer.path("risk.residual.level").entity(String.class).isEqualTo("HIGH");
        viewer.path("risk.comments").valueIsNull();
        viewer.path("risk.controls").valueIsNull();
        viewer.path("risk.reviews[0].commentary").valueIsNull();
        var exec = as(TestTokens.exec()).documentName("riskDetail").variable("id", id).execute();
        exec.path("risk.reviews[0].commentary").entity(String.class).isEqualTo("Reserves nearly spent");
        exec.path("risk.comments[0].text").entity(String.class).isEqualTo("Raise at the board");
    }

    @Test
    void agencyAndSchoolLeadsSeeNothingAndNobodySeesAnotherPartnershipsRegister() {
        String id = raisedId(fields("Revenue deficit", "Finance", 5, 4, 3, 4, "p-exec"));
        assertSingleError(as(TestTokens.policeLead()).documentName("riskDetail").variable("id", id).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.policeLead()).documentName("riskRegister").variable("partnership", "wolverhampton").execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.exec()).documentName("riskRegister").variable("partnership", "walsall").execute(), "FORBIDDEN");
        as(TestTokens.walsallAdmin()).documentName("riskDetail").variable("id", id).execute().path("risk").valueIsNull();
    }

    @Test
    void theRegisterFiltersAndTheOverviewCountsTheHeatMap() {
        raisedId(fields("Revenue deficit", "Finance", 5, 4, 4, 4, "p-exec"));
        raisedId(fields("Chairs vacant", "Governance", 4, 4, 2, 4, null));
        raisedId(fields("Messages not reaching staff", "Reputation", 3, 3, 2, 3, null));
        as(TestTokens.exec()).documentName("riskRegister").variable("partnership", "wolverhampton").execute()
                .path("riskRegister.edges[*].node.residual.score").entityList(Integer.class).containsExactly(16, 8, 6);
        as(TestTokens.exec()).documentName("riskRegister").variable("partnership", "wolverhampton").variable("filter", Map.of("level", "MEDIUM"))
                .execute().path("riskRegister.edges[*].node.title").entityList(String.class).containsExactly("Chairs vacant");
        as(TestTokens.exec()).documentName("riskRegister").variable("partnership", "wolverhampton").variable("filter", Map.of("ownerPersonId", "p-exec"))
                .execute().path("riskRegister.edges[*].node.title").entityList(String.class).containsExactly("Revenue deficit");

        as(TestTokens.exec()).documentName("riskRegister").variable("partnership", "wolverhampton")
                .variable("filter", Map.of("residualLikelihood", 2, "residualImpact", 4)).execute()
                .path("riskRegister.edges[*].node.title").entityList(String.class).containsExactly("Chairs vacant");

        var overview = as(TestTokens.exec()).documentName("riskOverview").variable("partnership", "wolverhampton").execute();
        overview.path("riskOverview.heatMap").entityList(Object.class).hasSize(25);
        overview.path("riskOverview.heatMap[?(@.likelihood == 4 && @.impact == 4)].count").entityList(Integer.class).containsExactly(1);
        overview.path("riskOverview.heatMap[?(@.likelihood == 2 && @.impact == 4)].count").entityList(Integer.class).containsExactly(1);
        overview.path("riskOverview.heatMap[?(@.likelihood == 5 && @.impact == 5)].count").entityList(Integer.class).containsExactly(0);
        overview.path("riskOverview.aboveAppetite[*].reference").entityList(String.class).hasSize(1);
    }

    @Test
    void theOverviewListsWhatTheRegistersQueriesFind() {
        SeededRegisters.write(mongo, List.of("wolverhampton"), TestClock.today()); // the demo's 18 risks with a year of reviews
        java.time.LocalDate since = TestClock.today().minusMonths(11);
        var overview = as(TestTokens.exec()).documentName("riskOverview").variable("partnership", "wolverhampton").variable("since", since.toString())
                .execute();
        var partnership = org.springframework.data.mongodb.core.query.Criteria.where("partnershipCode").is("wolverhampton");
        var registerOrder = org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("residualScore"),
                org.springframework.data.domain.Sort.Order.asc("reference"), org.springframework.data.domain.Sort.Order.asc("id"));
        List<String> overdue = mongo.find(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria
                .where("partnershipCode").is("wolverhampton").and("nextReviewDue").lt(TestClock.today()).and("status").ne("CLOSED"))
                .with(org.springframework.data.domain.Sort.by("nextReviewDue", "reference")), Risk.class).stream().map(Risk::getReference).toList();
        List<String> moved = mongo.find(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria
                .where("partnershipCode").is("wolverhampton").and("reviews.date").gte(since)).with(registerOrder), Risk.class).stream()
                .filter(risk -> risk.residualScoreOn(since.minusDays(1)) != risk.getResidualScore()).map(Risk::getReference).toList();
        List<String> above = mongo.find(new org.springframework.data.mongodb.core.query.Query(partnership).with(registerOrder), Risk.class).stream()
                .filter(risk -> risk.aboveAppetite(RiskSettings.defaults("wolverhampton"))).map(Risk::getReference).toList();
        assertThat(overdue).as("the seeded register has reviews overdue").isNotEmpty();
        assertThat(moved).as("and risks that moved since").isNotEmpty();
        overview.path("riskOverview.overdueReviews[*].reference").entityList(String.class).containsExactly(overdue.toArray(String[]::new));
        overview.path("riskOverview.movements[*].risk.reference").entityList(String.class).containsExactly(moved.toArray(String[]::new));
        overview.path("riskOverview.aboveAppetite[*].reference").entityList(String.class).containsExactly(above.toArray(String[]::new));
        overview.path("riskOverview.heatMap[*].count").entityList(Integer.class).satisfies(counts -> assertThat(counts.stream().mapToInt(i -> i).sum())
                .isEqualTo(mongo.count(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria
                        .where("partnershipCode").is("wolverhampton").and("status").ne("CLOSED")), Risk.class)));
    }

    private String raisedId(Map<String, Object> fields) {
        return raise(fields).execute().path("raiseRisk.risk.id").entity(String.class).get();
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Request<?> raise(Map<String, Object> fields) {
        return raise(fields, TestTokens.admin());
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Request<?> raise(Map<String, Object> fields, String token) {
        return as(token).documentName("raiseRisk").variable("input", Map.of("partnershipCode", "wolverhampton", "risk", fields));
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Request<?> review(String token, String id, long version, int l, int i, String commentary) {
        return as(token).documentName("reviewRisk").variable("input", Map.of("riskId", id, "version", version, "date", TODAY.toString(),
                "residual", Map.of("likelihood", l, "impact", i), "commentary", commentary, "decision", "Keep under review"));
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Response action(String operation, Map<String, Object> input) {
        return as(TestTokens.admin()).documentName("riskAction").operationName(operation).variable("input", input).execute();
    }

    private static Map<String, Object> fields(String title, String category, int il, int ii, int rl, int ri, String owner) {
        var fields = new HashMap<String, Object>(Map.of("title", title, "category", category, "scope", "CHILDREN",
                "inherent", Map.of("likelihood", il, "impact", ii), "residual", Map.of("likelihood", rl, "impact", ri)));
        if (owner != null) {
            fields.put("ownerPersonId", owner);
        }
        return fields;
    }
}
