package org.jointboard.export;

import static org.jointboard.export.AssessmentTables.label;
import static org.jointboard.export.Table.column;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jointboard.actionplan.Action;
import org.jointboard.actionplan.ActionInputs.ActionFilter;
import org.jointboard.actionplan.ActionPlan;
import org.jointboard.actionplan.ActionPlans;
import org.jointboard.actionplan.ActionRag;
import org.jointboard.committee.Committee;
import org.jointboard.committee.CommitteeService;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/** Actions of a partnership's plans, and the exception report (red and amber), as the caller may read them. */
@Component
class ActionTables {

    private final ActionPlans plans;
    private final CommitteeService committees;

    ActionTables(ActionPlans plans, CommitteeService committees) {
        this.plans = plans;
        this.committees = committees;
    }

    List<Table> actions(String partnership, boolean includeClosed) {
        var filter = new ActionFilter(null, null, null, null, null, null, includeClosed);
        return List.of(table("Actions", page -> plans.actions(partnership, filter, page)));
    }

    List<Table> exceptions(String partnership) {
        return List.of(table("Exception report", page -> plans.exceptions(partnership, null, page)));
    }

    private Table table(String name, java.util.function.Function<ScrollSubrange, Window<Action>> query) {
        return new Table(name, List.of(column("Reference", 10), column("Title", 44), column("Plan", 30), column("Owning body", 24),
                column("Lead", 24), column("Lead organisation", 22), column("Status", 12), column("RAG", 8), column("RAG set by hand", 9),
                column("Start", 12), column("Due", 12), column("Report back on", 12), column("Last update", 12),
                column("Expected outcome", 40)), Pages.of(query, this::rows));
    }

    private List<List<Object>> rows(List<Action> page) {
        Map<Action, ActionRag> rags = plans.rags(page);
        Map<String, ActionPlan> planById = plans.readablePlans(page.stream().map(Action::getPlanId).filter(Objects::nonNull).distinct().toList());
        Map<String, Committee> bodies = committees.byIds(page.stream().map(Action::getOwningBodyId).filter(Objects::nonNull).distinct().toList());
        return page.stream().map(action -> {
            ActionPlan plan = action.getPlanId() == null ? null : planById.get(action.getPlanId());
            Committee body = action.getOwningBodyId() == null ? null : bodies.get(action.getOwningBodyId());
            ActionRag rag = rags.get(action);
            return Arrays.<Object>asList(action.getReference(), action.getTitle(), plan == null ? null : plan.getTitle(),
                    body == null ? null : body.getName(), action.getLeadName(), action.getLeadOrganisationCode(),
                    label(action.getStatus().name()), rag == null ? null : label(rag.name()), action.getRagOverride() != null,
                    action.getStartOn(), action.getDueOn(), action.getReportBackOn(), action.getLastUpdateOn(), action.getExpectedOutcome());
        }).toList();
    }
}
