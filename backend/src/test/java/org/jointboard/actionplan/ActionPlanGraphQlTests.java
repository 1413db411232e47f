package org.jointboard.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.jointboard.assessment.DemoAssessments;
import org.jointboard.partnership.DemoPeople;
import org.jointboard.risk.DemoRisks;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * Action plans on the demo data, from the outside: raising an action from a return's gap and following the links both
 * ways, who reads and changes what, the rules with their fields, and the exception report's RAG in the store agreeing
 * with the RAG shown on each action.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class ActionPlanGraphQlTests extends org.jointboard.DemoGraphQlTestSupport {

    private static final String POLICE_LAST_YEAR = DemoAssessments.returnId(DemoAssessments.LAST_CYCLE, "west-midlands-police");
    private static final String ACTION_FIELDS = "id reference title status rag ragWords overdue canEdit canRecordProgress version "
            + "lead { name } source { standardCode label auditReturn { kind id title readable } } risk { id reference title readable } "
            + "progress { text internal byName status } plan { id title }";

    @Test
    void anActionRaisedFromANotMetStandardIsLinkedFromTheReturnAndTheRiskAndItsLeadFindsIt() {
        String risk = DemoRisks.id("wolverhampton", 7);
        var raised = raiseFromReturn(TestTokens.admin(), "S11-8", risk);
        raised.errors().verify();
        String actionId = raised.path("raiseActionFromReturn.action.id").entity(String.class).get();
        raised.path("raiseActionFromReturn.action.source.label").entity(String.class)
                .satisfies(label -> assertThat(label).contains("West Midlands Police", "S11-8", "Not met"));
        raised.path("raiseActionFromReturn.action.source.auditReturn.readable").entity(Boolean.class).isEqualTo(true);
        raised.path("raiseActionFromReturn.action.risk.reference").entity(String.class).isEqualTo("R-2025-007");
        raised.path("raiseActionFromReturn.action.plan.title").entity(String.class)
                .satisfies(title -> assertThat(title).endsWith("improvement actions"));

        // both ways: the return and the risk list the action
        as(TestTokens.admin()).document("query($id: ID!) { auditReturn(id: $id) { actions { id readable title } } }").variable("id", POLICE_LAST_YEAR)
                .execute().path("auditReturn.actions[*].id").entityList(String.class).contains(actionId);
        as(TestTokens.exec()).document("query($id: ID!) { risk(id: $id) { actions { id readable title } } }").variable("id", risk)
                .execute().path("risk.actions[?(@.id == '" + actionId + "')].title").entityList(String.class).containsExactly("Share information with partners");

        // the lead (exec) finds it under My actions and records an update
        var mine = as(TestTokens.exec()).document("{ myActions(first: 50) { edges { node { id canRecordProgress version } } } }").execute();
        mine.path("myActions.edges[?(@.node.id == '" + actionId + "')].node.canRecordProgress").entityList(Boolean.class).containsExactly(true);
        var updated = as(TestTokens.exec()).document("mutation($input: RecordActionProgressInput!) { recordActionProgress(input: $input) { action { "
                + ACTION_FIELDS + " } } }").variable("input", Map.of("actionId", actionId, "version", 0, "text", "Briefing booked for March",
                "status", "ON_TRACK")).execute();
        updated.errors().verify();
        updated.path("recordActionProgress.action.progress[0].byName").entity(String.class).isNotEqualTo("");
        updated.path("recordActionProgress.action.status").entity(String.class).isEqualTo("ON_TRACK");

        // the organisation's lead sees its improvement action; the risk it mitigates only as a link that exists
        var police = as(TestTokens.policeLead()).document("query($id: ID!) { action(id: $id) { " + ACTION_FIELDS + " } }").variable("id", actionId).execute();
        police.path("action.title").entity(String.class).isEqualTo("Share information with partners");
        police.path("action.risk.readable").entity(Boolean.class).isEqualTo(false);
        police.path("action.risk.title").valueIsNull();
        police.path("action.canRecordProgress").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void onlyAGapCanBeRaisedFromAndOnlyByTheBoardOrTheOrganisationsOwnLead() {
        assertBadRequest(raiseFromReturn(TestTokens.admin(), "S11-1", null), "standardCode"); // rated Met
        assertBadRequest(raiseFromReturn(TestTokens.admin(), "S11-99", null), "standardCode");
        assertError(raiseFromReturn(TestTokens.exec(), "S11-8", null), "FORBIDDEN");
        assertError(raiseFromReturn(TestTokens.healthLead(), "S11-8", null), "NOT_FOUND"); // another organisation's return
        // the police lead's own return last year is submitted: improvement actions are raised while it is open
        assertBadRequest(raiseFromReturn(TestTokens.policeLead(), "S11-8", null), "returnId");
        String open = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-police");
        var own = as(TestTokens.policeLead()).document("mutation($input: RaiseActionFromReturnInput!) { raiseActionFromReturn(input: $input) { action { "
                + "id partnershipCodes: plan { id } leadOrganisation { code } source { auditReturn { readable } } } } }")
                .variable("input", Map.of("returnId", open, "partnershipCode", "wolverhampton", "standardCode", "S11-5",
                        "action", Map.of("title", "Refresh training for custody staff", "leadName", "Head of learning", "dueOn", TestClock.today().plusMonths(3).toString())))
                .execute();
        own.errors().verify();
        own.path("raiseActionFromReturn.action.leadOrganisation.code").entity(String.class).isEqualTo("west-midlands-police");
        String id = own.path("raiseActionFromReturn.action.id").entity(String.class).get();
        // filed under both partnerships the police return covers
        as(TestTokens.walsallAdmin()).document("query($id: ID!) { action(id: $id) { id } }").variable("id", id).execute().path("action.id").entity(String.class).isEqualTo(id);
    }

    @Test
    void theViewerReadsPublishedPlansWithoutInternalNotesAndAgencyLeadsOnlyTheirOwnImprovementActions() {
        var viewer = as(TestTokens.viewer()).document("{ actionPlans(partnership: \"wolverhampton\") { id published items { actions { progress { internal text } } } } }").execute();
        viewer.path("actionPlans[*].published").entityList(Boolean.class).satisfies(published -> assertThat(published).isNotEmpty().containsOnly(true));
        viewer.path("actionPlans[*].items[*].actions[*].progress[*].internal").entityList(Boolean.class).satisfies(internal -> assertThat(internal).containsOnly(false));
        var exec = as(TestTokens.exec()).document("{ actionPlans(partnership: \"wolverhampton\") { id published items { actions { progress { internal } } } } }").execute();
        exec.path("actionPlans[*].published").entityList(Boolean.class).contains(false);
        exec.path("actionPlans[*].items[*].actions[*].progress[*].internal").entityList(Boolean.class).contains(true);
        // a viewer named lead stays read-only
        var viewerLed = as(TestTokens.admin()).document("mutation($input: RaiseActionInput!) { raiseAction(input: $input) { action { id } } }")
                .variable("input", Map.of("planId", "demo-plan-wolv-business", "action", Map.of("title", "Lay members review the leaflets",
                        "leadPersonId", DemoPeople.LAY_ADVISOR, "dueOn", TestClock.today().plusMonths(1).toString()))).execute();
        String id = viewerLed.path("raiseAction.action.id").entity(String.class).get();
        assertError(as(TestTokens.viewer()).document("mutation($input: RecordActionProgressInput!) { recordActionProgress(input: $input) { action { id } } }")
                .variable("input", Map.of("actionId", id, "version", 0, "text", "Done", "status", "COMPLETE")).execute(), "FORBIDDEN");

        assertError(as(TestTokens.policeLead()).document("{ actionPlans(partnership: \"wolverhampton\") { id } }").execute(), "FORBIDDEN");
        as(TestTokens.policeLead()).document("{ actions(partnership: \"wolverhampton\", filter: {includeClosed: true}, first: 100) { edges { node { source { label } } } } }")
                .execute().path("actions.edges[*].node.source.label").entityList(String.class)
                .satisfies(labels -> assertThat(labels).isNotEmpty().allMatch(label -> label.startsWith("West Midlands Police")));
        as(TestTokens.schoolLead()).document("{ actions(partnership: \"wolverhampton\") { edges { node { id } } } }").execute()
                .path("actions.edges").entityList(Object.class).hasSize(0);
        assertThat(as(TestTokens.policeLead()).document("query { action(id: \"" + firstActionOf("demo-plan-wolv-business") + "\") { id } }").execute()
                .path("action").valueIsNull()).isNotNull();
    }

    @Test
    void everyReaderOfARiskOrAReturnSeesItsLinksAsTheyMayFollowThem() {
        String risk = DemoRisks.id("wolverhampton", 1); // P1-1 of the published business plan mitigates it
        for (String token : List.of(TestTokens.viewer(), TestTokens.exec(), TestTokens.chair(), TestTokens.admin())) {
            var read = as(token).document("query($id: ID!) { risk(id: $id) { actions { kind id reference title readable } source { id readable } sourceLabel } }")
                    .variable("id", risk).execute();
            read.errors().verify();
            read.path("risk.actions[*].readable").entityList(Boolean.class).satisfies(readable -> assertThat(readable).isNotEmpty().contains(true));
        }
        // the viewer reads the published plan's action but not the unpublished improvement plan's: it shows only that it exists
        String hidden = firstActionOf("demo-plan-wolv-s11-current");
        as(TestTokens.admin()).document("mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }")
                .variable("input", Map.of("id", hidden, "version", 0, "action", Map.of("title", "Information-sharing training for all managers",
                        "leadPersonId", DemoPeople.HEAD_OF_SAFEGUARDING, "dueOn", TestClock.today().plusMonths(3).toString(), "riskId", risk)))
                .execute().errors().verify();
        as(TestTokens.viewer()).document("query($id: ID!) { risk(id: $id) { actions { id title readable } } }").variable("id", risk).execute()
                .path("risk.actions[?(@.id == '" + hidden + "')]").entityList(Map.class).satisfies(links -> assertThat(links).singleElement()
                        .satisfies(link -> {
                            assertThat(link.get("readable")).isEqualTo(false);
                            assertThat(link.get("title")).isNull();
                        }));
    }

    @Test
    void rulesNameTheFieldAndAStaleVersionIsAConflict() {
        var fields = new HashMap<String, Object>(Map.of("title", "Audit the audits", "dueOn", TestClock.today().toString(),
                "startOn", TestClock.today().plusDays(1).toString()));
        assertBadRequest(raise(fields), "action.dueOn");
        fields.put("startOn", TestClock.today().minusDays(1).toString());
        fields.put("reportBackMeetingId", firstMeetingNotOf("wolv-executive"));
        assertBadRequest(raise(fields), "action.reportBackMeetingId");
        fields.remove("reportBackMeetingId");
        fields.put("itemCode", "P9");
        assertBadRequest(raise(fields), "action.itemCode");
        fields.put("itemCode", "P1");
        var raised = raise(fields);
        String id = raised.path("raiseAction.action.id").entity(String.class).get();

        String record = "mutation($input: RecordActionProgressInput!) { recordActionProgress(input: $input) { action { status version } } }";
        assertBadRequest(as(TestTokens.admin()).document(record).variable("input", Map.of("actionId", id, "version", 0, "text", "Dropped",
                "status", "CLOSED_NOT_DONE")).execute(), "closedReason");
        assertBadRequest(as(TestTokens.admin()).document("mutation($input: OverrideActionRagInput!) { overrideActionRag(input: $input) { action { rag } } }")
                .variable("input", Map.of("actionId", id, "version", 0, "rag", "GREEN")).execute(), "reason");
        as(TestTokens.admin()).document(record).variable("input", Map.of("actionId", id, "version", 0, "text", "Started", "status", "ON_TRACK"))
                .execute().errors().verify();
        assertError(as(TestTokens.admin()).document(record).variable("input", Map.of("actionId", id, "version", 0, "text", "Also started",
                "status", "ON_TRACK")).execute(), "CONFLICT");
        as(TestTokens.admin()).document(record).variable("input", Map.of("actionId", id, "version", 1, "text", "Dropped", "status", "CLOSED_NOT_DONE",
                "closedReason", "Replaced by the new audit programme")).execute().errors().verify();
        assertBadRequest(as(TestTokens.admin()).document(record).variable("input", Map.of("actionId", id, "version", 2, "text", "Again",
                "status", "ON_TRACK")).execute(), "actionId");
        assertBadRequest(as(TestTokens.admin()).document("mutation($input: RespondToRecommendationInput!) { respondToRecommendation(input: $input) { plan { id } } }")
                .variable("input", Map.of("planId", "demo-plan-wilt-scrutiny", "version", 0, "code", "R13", "response", "REJECTED",
                        "respondedOn", TestClock.today().toString())).execute(), "reason");
    }

    @Test
    void theExceptionReportIsEveryRedAndAmberActionAndTheStoreAgreesWithEachActionsRag() {
        var all = as(TestTokens.admin()).document("{ actions(partnership: \"wiltshire\", filter: {includeClosed: true}, first: 100) { edges { node { id rag } } } }")
                .execute();
        List<String> ids = all.path("actions.edges[*].node.id").entityList(String.class).get();
        List<String> rags = all.path("actions.edges[*].node.rag").entityList(String.class).get();
        assertThat(rags).contains("RED", "AMBER", "GREEN");
        for (String rag : List.of("RED", "AMBER", "GREEN", "CLOSED")) {
            var expected = new java.util.ArrayList<String>();
            for (int i = 0; i < ids.size(); i++) {
                if (rags.get(i).equals(rag)) {
                    expected.add(ids.get(i));
                }
            }
            as(TestTokens.admin()).document("query($rag: [ActionRag!]) { actions(partnership: \"wiltshire\", filter: {includeClosed: true, rag: $rag}, first: 100) { edges { node { id } } } }")
                    .variable("rag", List.of(rag)).execute().path("actions.edges[*].node.id").entityList(String.class)
                    .satisfies(found -> assertThat(found).as(rag).containsExactlyInAnyOrderElementsOf(expected));
        }
        var exceptions = as(TestTokens.admin()).document("{ actionExceptions(partnership: \"wiltshire\", first: 100) { edges { node { rag lead { name } dueOn latestUpdate { text } } } } }").execute();
        exceptions.path("actionExceptions.edges[*].node.rag").entityList(String.class).satisfies(found -> {
            assertThat(found).isNotEmpty().containsOnly("RED", "AMBER");
            assertThat(found).hasSize((int) rags.stream().filter(r -> r.equals("RED") || r.equals("AMBER")).count());
        });
        as(TestTokens.admin()).document("{ actionCounts(partnership: \"wiltshire\") { byPlan { name red amber green total } byBody { name total } } }").execute()
                .path("actionCounts.byPlan[*].total").entityList(Integer.class).satisfies(totals -> assertThat(totals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ids.size()));
    }

    private GraphQlTester.Response raise(Map<String, Object> fields) {
        return as(TestTokens.admin()).document("mutation($input: RaiseActionInput!) { raiseAction(input: $input) { action { id } } }")
                .variable("input", Map.of("planId", "demo-plan-wolv-business", "action", fields)).execute();
    }

    private GraphQlTester.Response raiseFromReturn(String token, String standard, String riskId) {
        var action = new HashMap<String, Object>(Map.of("title", "Share information with partners", "leadPersonId", DemoPeople.STRATEGIC_DIRECTOR,
                "dueOn", TestClock.today().plusMonths(2).toString()));
        if (riskId != null) {
            action.put("riskId", riskId);
        }
        return as(token).document("mutation($input: RaiseActionFromReturnInput!) { raiseActionFromReturn(input: $input) { action { " + ACTION_FIELDS + " } } }")
                .variable("input", Map.of("returnId", POLICE_LAST_YEAR, "partnershipCode", "wolverhampton", "standardCode", standard, "action", action))
                .execute();
    }

    private String firstActionOf(String planId) {
        return mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("planId").is(planId)), org.bson.Document.class, "actions").get("_id").toString();
    }

    private String firstMeetingNotOf(String committeeId) {
        return mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("committeeId").is("wolv-qpc")), org.bson.Document.class, "meetings").get("_id").toString();
    }

}
