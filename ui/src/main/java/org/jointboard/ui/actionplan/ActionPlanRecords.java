package org.jointboard.ui.actionplan;

import java.time.LocalDate;
import java.util.List;

/** What the action plan views show, as the backend sends it. */
final class ActionPlanRecords {

    private ActionPlanRecords() {
    }

    record Named(String name) { }

    record Counts(int red, int amber, int green, int closed, int total) {

        String words() {
            return total == 0 ? "No actions" : red + " red, " + amber + " amber, " + green + " green" + (closed == 0 ? "" : ", " + closed + " closed");
        }
    }

    record PlanRow(String id, String kind, String title, LocalDate periodStart, LocalDate periodEnd, boolean published, Named owningBody,
            Counts counts) { }

    record Update(LocalDate on, String byName, String text, String status, boolean internal) { }

    record ActionRow(String id, String reference, String title, String status, String rag, String ragWords, LocalDate dueOn, boolean overdue,
            Named lead, String leadName, Named owningBody, Update latestUpdate, String itemCode) {

        String leadLabel() {
            return lead != null ? lead.name() : leadName == null ? "" : leadName;
        }
    }

    record Item(String code, String kind, String title, String addressee, Named lead, String response, String responseReason,
            LocalDate respondedOn, List<ActionRow> actions) { }

    record PlanDetail(String id, String kind, String reviewKind, String title, String partnershipCode, LocalDate periodStart, LocalDate periodEnd,
            boolean published, List<LocalDate> reviewPoints, Named owningBody, Counts counts, List<Item> items, List<ActionRow> otherActions) { }

    record Link(String kind, String id, String reference, String title, boolean readable) { }

    record Source(String standardCode, String label, Link auditReturn) { }

    record Override(String rag, String reason, String byName, LocalDate on) { }

    record Draft(String text, String status, boolean internal, String savedAt) { }

    record PlanRef(String id, String title) { }

    record ActionDetail(String id, String reference, String title, String description, PlanRef plan, String itemCode, Named lead, String leadName,
            Named leadOrganisation, Named owningBody, LocalDate startOn, LocalDate dueOn, LocalDate reportBackOn, String expectedOutcome,
            String evidenceOfImpact, String status, String closedReason, LocalDate raisedOn, boolean overdue, String rag, String ragWords,
            Override ragOverride, List<Update> progress, Source source, Link risk, Draft myDraft, boolean canEdit, boolean canRecordProgress,
            boolean canOverrideRag, int version) {

        String leadLabel() {
            return lead != null ? lead.name() : leadName == null ? "not named" : leadName;
        }
    }

    /** What the "add an update" form edits; kept as a draft on the server while it is written. */
    public record ProgressDraft(String text, String status, Boolean internal, String closedReason, String evidenceOfImpact) { }

    /** What the "raise an action" form edits: a lead from the partnership's people (the board) or a role (the organisation's own). */
    public record RaiseDraft(String title, ActionPlanClient.Person lead, String leadName, LocalDate dueOn, ActionPlanClient.RiskChoice risk) { }

    /** What "Set up a plan" edits. */
    public record PlanDraft(String kind, String title, String serves, LocalDate periodStart, LocalDate periodEnd, Boolean published) { }

    /** What "Raise an action" on a plan's page edits. */
    public record PlanActionDraft(String itemCode, String title, ActionPlanClient.Person lead, LocalDate startOn, LocalDate dueOn) { }
}
