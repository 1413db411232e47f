package org.jointboard.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jointboard.actionplan.Action.Status;
import org.jointboard.partnership.Serves;
import org.junit.jupiter.api.Test;

/**
 * The RAG rule against a worked example. Today is 1 December 2026, the warning window 28 days, and the plan's review
 * points 1 October and 20 November 2026 (so the last review point is 20 November).
 */
class RagRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int WINDOW = 28;
    private static final ActionPlan PLAN = new ActionPlan("plan", "wolverhampton", new ActionPlan.PlanDetails(ActionPlan.Kind.BUSINESS_PLAN, null,
            "Business plan", Serves.CHILDREN, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), null, true,
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20)), null));

    @Test
    void theWorkedExample() {
        assertThat(PLAN.lastReviewPoint(TODAY)).contains(LocalDate.of(2026, 11, 20));
        // overdue and not complete
        assertThat(rag(action("2026-11-30", Status.ON_TRACK, "2026-11-29"))).isEqualTo(ActionRag.RED);
        // due on the day is not yet overdue; no update since 20 November and due within 28 days
        assertThat(rag(action("2026-12-01", Status.ON_TRACK, "2026-11-19"))).isEqualTo(ActionRag.AMBER);
        // due within the window, updated since the last review point
        assertThat(rag(action("2026-12-20", Status.ON_TRACK, "2026-11-25"))).isEqualTo(ActionRag.GREEN);
        assertThat(rag(action("2026-12-20", Status.ON_TRACK, "2026-11-20"))).as("an update on the review point counts").isEqualTo(ActionRag.GREEN);
        // due within the window, last updated before the review point
        assertThat(rag(action("2026-12-20", Status.ON_TRACK, "2026-11-10"))).isEqualTo(ActionRag.AMBER);
        // the window's last day (1 December + 28 = 29 December) is inside it; the day after is not
        assertThat(rag(action("2026-12-29", Status.NOT_STARTED, null))).isEqualTo(ActionRag.AMBER);
        assertThat(rag(action("2026-12-30", Status.NOT_STARTED, null))).isEqualTo(ActionRag.GREEN);
        // the status the lead reported
        assertThat(rag(action("2027-03-01", Status.OFF_TRACK, "2026-11-25"))).isEqualTo(ActionRag.RED);
        assertThat(rag(action("2027-03-01", Status.AT_RISK, "2026-11-25"))).isEqualTo(ActionRag.AMBER);
        // done, however late; closed without being done
        assertThat(rag(action("2026-06-30", Status.COMPLETE, "2026-11-25"))).isEqualTo(ActionRag.GREEN);
        assertThat(rag(action("2026-06-30", Status.CLOSED_NOT_DONE, "2026-11-25"))).isEqualTo(ActionRag.CLOSED);
    }

    @Test
    void beforeTheFirstReviewPointOnlyAnActionWithNoUpdateAtAllTurnsAmber() {
        assertThat(RagRule.of(action("2026-12-20", Status.ON_TRACK, "2026-05-01"), TODAY, WINDOW, Optional.empty())).isEqualTo(ActionRag.GREEN);
        assertThat(RagRule.of(action("2026-12-20", Status.NOT_STARTED, null), TODAY, WINDOW, Optional.empty())).isEqualTo(ActionRag.AMBER);
    }

    @Test
    void aRagSetByHandWinsAndNeedsAReasonAndCompletingClearsIt() {
        Action overdue = action("2026-11-01", Status.ON_TRACK, "2026-11-25");
        assertThat(rag(overdue)).isEqualTo(ActionRag.RED);
        overdue.override(new RagOverride(ActionRag.AMBER, "New date agreed by the executive", "Alex Admin", TODAY));
        assertThat(rag(overdue)).isEqualTo(ActionRag.AMBER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> overdue.override(new RagOverride(ActionRag.GREEN, " ", "Alex Admin", TODAY)))
                .hasMessageContaining("Say why");
        overdue.record(new ProgressUpdate(TODAY, null, "exec", "Eve Exec", "Done", Status.COMPLETE, false), null, null);
        assertThat(overdue.getRagOverride()).isNull();
        assertThat(rag(overdue)).isEqualTo(ActionRag.GREEN);
    }

    @Test
    void closingWithoutDoingNeedsAReasonAndAClosedActionTakesNoMoreUpdates() {
        Action action = action("2027-01-31", Status.ON_TRACK, "2026-11-25");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> action.record(update(Status.CLOSED_NOT_DONE), "", null))
                .hasMessageContaining("Say why");
        action.record(update(Status.CLOSED_NOT_DONE), "Superseded by the new thresholds work", null);
        assertThat(action.getClosedReason()).isEqualTo("Superseded by the new thresholds work");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> action.record(update(Status.ON_TRACK), null, null))
                .hasMessageContaining("closed");
    }

    private static ActionRag rag(Action action) {
        return RagRule.of(action, TODAY, WINDOW, PLAN.lastReviewPoint(TODAY));
    }

    private static ProgressUpdate update(Status status) {
        return new ProgressUpdate(TODAY, null, "exec", "Eve Exec", "Update", status, false);
    }

    private static Action action(String due, Status status, String lastUpdate) {
        var action = new Action("plan", List.of("wolverhampton"), "A-1", LocalDate.of(2026, 4, 1), null);
        action.describe(new Action.ActionDetails(null, "Action", null, null, null, null, null, LocalDate.of(2026, 4, 1), LocalDate.parse(due),
                null, null, null, null));
        if (lastUpdate != null) {
            action.record(new ProgressUpdate(LocalDate.parse(lastUpdate), null, "exec", "Eve Exec", "Update", status, false),
                    status == Status.CLOSED_NOT_DONE ? "No longer needed" : null, null);
        } else if (status != Status.NOT_STARTED) {
            throw new IllegalArgumentException("a status comes with an update");
        }
        return action;
    }
}
