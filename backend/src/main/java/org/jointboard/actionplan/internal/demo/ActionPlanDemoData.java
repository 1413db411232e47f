package org.jointboard.actionplan.internal.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.jointboard.actionplan.DemoActionPlans;
import org.jointboard.actionplan.internal.ActionPlanRepository;
import org.jointboard.actionplan.internal.ActionRepository;
import org.jointboard.partnership.DemoPartnershipsReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo action plans once, into a store with no plans yet. Actions name the demo risks, returns, bodies and
 * people by the ids those features' demo data give them, so no other feature's records are read here.
 */
@Component
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class ActionPlanDemoData {

    private static final Logger log = LoggerFactory.getLogger(ActionPlanDemoData.class);

    private final ActionPlanRepository plans;
    private final ActionRepository actions;
    private final Clock clock;

    ActionPlanDemoData(ActionPlanRepository plans, ActionRepository actions, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.clock = clock;
    }

    @EventListener
    void load(DemoPartnershipsReady ready) {
        if (plans.count() > 0) {
            return;
        }
        var demo = DemoActionPlans.build(LocalDate.now(clock));
        plans.insert(demo.plans());
        actions.insert(demo.actions());
        log.info("Loaded demo action plans: {} plans, {} actions", demo.plans().size(), demo.actions().size());
    }
}
