package org.jointboard.ui.actionplan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.actionplan.ActionPlanRecords.ActionDetail;
import org.jointboard.ui.actionplan.ActionPlanRecords.ActionRow;
import org.jointboard.ui.actionplan.ActionPlanRecords.PlanDetail;
import org.jointboard.ui.actionplan.ActionPlanRecords.PlanRow;
import org.jointboard.ui.actionplan.ActionPlanRecords.ProgressDraft;
import org.jointboard.ui.actionplan.ActionPlanRecords.RaiseDraft;
import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The action plan operations of the backend's API, as the views need them. */
@Component
class ActionPlanClient {

    private final GraphQlApi api;

    ActionPlanClient(GraphQlApi api) {
        this.api = api;
    }

    public record Person(String id, String name) { }

    public record RiskChoice(String id, String reference, String title) {

        String label() {
            return reference + " " + title;
        }
    }

    List<RiskChoice> risks(String partnership) {
        ConnectionPage<RiskChoice> page = api.fetch("risksToMitigate", Map.of("partnership", partnership), "riskRegister",
                new ParameterizedTypeReference<ConnectionPage<RiskChoice>>() { });
        return page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }

    List<PlanRow> plans(String partnership) {
        return api.fetchList("actionPlans", Map.of("partnership", partnership), "actionPlans", PlanRow.class);
    }

    PlanDetail plan(String id) {
        return api.fetch("actionPlanDetail", Map.of("id", id), "actionPlan", PlanDetail.class);
    }

    ActionDetail action(String id) {
        return api.fetch("actionDetail", Map.of("id", id), "action", ActionDetail.class);
    }

    ConnectionPage<ActionRow> exceptions(String partnership, Map<String, Object> filter, int first, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("partnership", partnership);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return api.fetch("actionExceptions", variables, "actionExceptions", new ParameterizedTypeReference<ConnectionPage<ActionRow>>() { });
    }

    ConnectionPage<ActionRow> mine(int first, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("first", first);
        variables.put("after", after);
        return api.fetch("myActions", variables, "myActions", new ParameterizedTypeReference<ConnectionPage<ActionRow>>() { });
    }

    List<Person> people(String partnership) {
        ConnectionPage<Person> page = api.fetch("peopleOfPartnership", Map.of("partnership", partnership), "people",
                new ParameterizedTypeReference<ConnectionPage<Person>>() { });
        return page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }

    void recordProgress(String actionId, int version, ProgressDraft update) {
        var input = new HashMap<String, Object>();
        input.put("actionId", actionId);
        input.put("version", version);
        input.put("text", update.text());
        input.put("status", update.status());
        input.put("internal", Boolean.TRUE.equals(update.internal()));
        input.put("closedReason", update.closedReason());
        input.put("evidenceOfImpact", update.evidenceOfImpact());
        api.fetchOperation("actionProgress", "recordActionProgress", Map.of("input", input), "recordActionProgress.action.id", String.class);
    }

    String saveDraft(String actionId, ProgressDraft draft) {
        var input = new HashMap<String, Object>();
        input.put("actionId", actionId);
        input.put("text", draft.text());
        input.put("status", draft.status());
        input.put("internal", Boolean.TRUE.equals(draft.internal()));
        return api.fetchOperation("actionProgress", "saveActionProgressDraft", Map.of("input", input), "saveActionProgressDraft.draft.savedAt", String.class);
    }

    void overrideRag(String actionId, int version, String rag, String reason) {
        var input = new HashMap<String, Object>();
        input.put("actionId", actionId);
        input.put("version", version);
        input.put("rag", rag);
        input.put("reason", reason);
        api.fetchOperation("actionProgress", "overrideActionRag", Map.of("input", input), "overrideActionRag.action.id", String.class);
    }

    /** Sets up a plan; returns its id. */
    String createPlan(String partnership, ActionPlanRecords.PlanDraft plan) {
        var fields = new HashMap<String, Object>();
        fields.put("kind", plan.kind());
        fields.put("reviewKind", plan.kind().equals("LEARNING_REVIEW") ? "CHILD_SAFEGUARDING_PRACTICE_REVIEW" : null);
        fields.put("title", plan.title().strip());
        fields.put("serves", plan.serves());
        fields.put("periodStart", plan.periodStart().toString());
        fields.put("periodEnd", plan.periodEnd().toString());
        fields.put("published", Boolean.TRUE.equals(plan.published()));
        return api.fetchOperation("planChanges", "createActionPlan", Map.of("input", Map.of("partnershipCode", partnership, "plan", fields)),
                "createActionPlan.plan.id", String.class);
    }

    /** Raises an action in a plan, under one of its items; returns its id. */
    String raise(String planId, ActionPlanRecords.PlanActionDraft draft) {
        var action = new HashMap<String, Object>();
        action.put("title", draft.title().strip());
        action.put("itemCode", draft.itemCode());
        action.put("leadPersonId", draft.lead() == null ? null : draft.lead().id());
        action.put("startOn", draft.startOn() == null ? null : draft.startOn().toString());
        action.put("dueOn", draft.dueOn().toString());
        return api.fetchOperation("planChanges", "raiseAction", Map.of("input", Map.of("planId", planId, "action", action)),
                "raiseAction.action.id", String.class);
    }

    /** Raises an action from a return's standard; returns its id. */
    String raiseFromReturn(String returnId, String partnership, String standardCode, RaiseDraft draft) {
        var action = new HashMap<String, Object>();
        action.put("title", draft.title().strip());
        action.put("leadPersonId", draft.lead() == null ? null : draft.lead().id());
        action.put("leadName", draft.leadName() == null || draft.leadName().isBlank() ? null : draft.leadName().strip());
        action.put("dueOn", draft.dueOn().toString());
        action.put("riskId", draft.risk() == null ? null : draft.risk().id());
        var input = Map.<String, Object>of("returnId", returnId, "partnershipCode", partnership, "standardCode", standardCode, "action", action);
        return api.fetch("raiseActionFromReturn", Map.of("input", input), "raiseActionFromReturn.action.id", String.class);
    }
}
