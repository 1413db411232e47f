package org.jointboard.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jointboard.actionplan.internal.ActionPlanRepository;
import org.jointboard.actionplan.internal.ActionRepository;
import org.jointboard.assessment.AuditReturn;
import org.jointboard.assessment.ImprovementAction;
import org.jointboard.assessment.ImprovementActionsHandedOver;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Takes over the improvement actions an earlier version kept on returns: each becomes an action of the improvement
 * plan of the return's cycle (in the first partnership it covers), filed under every partnership the return covers,
 * with the return as its source. An action already taken over (same return and reference) is not taken again.
 */
@Component
class LegacyImprovementActions {

    private final ActionPlanRepository plans;
    private final ActionRepository actions;
    private final MongoOperations mongo;
    private final Clock clock;

    LegacyImprovementActions(ActionPlanRepository plans, ActionRepository actions, MongoOperations mongo, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void takeOver(ImprovementActionsHandedOver handedOver) {
        AuditReturn r = handedOver.auditReturn();
        List<String> partnerships = r.getPartnershipCodes().stream().sorted().toList();
        LocalDate today = LocalDate.now(clock);
        ActionPlan plan = plans.findFirstByPartnershipCodeAndKindAndCycleId(partnerships.getFirst(), ActionPlan.Kind.AUDIT_IMPROVEMENT, r.getCycleId())
                .orElseGet(() -> plans.insert(ActionPlan.improvementPlan(partnerships.getFirst(), r.getCycleId(), r.getCycleTitle(), today)));
        for (int i = 0; i < handedOver.actions().size(); i++) {
            ImprovementAction legacy = handedOver.actions().get(i);
            String reference = "IA-" + (i + 1);
            if (mongo.exists(Query.query(Criteria.where("source.returnId").is(r.getId()).and("reference").is(reference)), Action.class)) {
                continue;
            }
            var source = new ActionSource(r.getId(), null, legacy.standardCode(), r.getOrganisationCode(),
                    r.getOrganisationName() + ", " + r.getCycleTitle() + ", " + legacy.standardCode());
            var action = new Action(plan.getId(), partnerships, reference, today, source);
            LocalDate due = legacy.dueBy() == null ? today : legacy.dueBy();
            action.describe(new Action.ActionDetails(null, legacy.action(), null, null, legacy.lead(), r.getOrganisationCode(), null, null, due,
                    null, null, null, null));
            if (legacy.done()) {
                action.record(new ProgressUpdate(today, clock.instant(), "jointboard", "JointBoard", "Marked done on the return", Action.Status.COMPLETE,
                        false), null, null);
            }
            actions.insert(action);
        }
    }
}
