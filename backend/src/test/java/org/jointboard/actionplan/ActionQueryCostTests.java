package org.jointboard.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.jointboard.actionplan.internal.ActionPlanRepository;
import org.jointboard.actionplan.internal.ActionRepository;
import org.jointboard.partnership.PartnershipFixtures;
import org.jointboard.partnership.Serves;
import org.jointboard.support.MongoCommandCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The exception report, "My actions" and a plan's page cost the same database commands for 10 actions as for 1,000. */
@BackendIntegrationTest
@Import(MongoCommandCounter.Registration.class)
class ActionQueryCostTests extends GraphQlTestSupport {

    private static final String ACTION = "id reference title rag ragWords overdue dueOn status canEdit canRecordProgress lead { name } "
            + "owningBody { name } latestUpdate { text on } progress { text } myDraft { text } canOverrideRag risk { readable } "
            + "source { auditReturn { readable } } plan { title }";

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    ActionPlanRepository plans;
    @Autowired
    ActionRepository actions;
    @Autowired
    MongoCommandCounter commands;

    @Test
    void commandsDoNotGrowWithTheActions() {
        List<String> small = commandsFor(10);
        List<String> large = commandsFor(1000);
        assertThat(large).as("the same commands, in whatever order the batch loaders ran").containsExactlyInAnyOrderElementsOf(small);
    }

    private List<String> commandsFor(int count) {
        mongo.getCollectionNames().forEach(name -> mongo.getCollection(name).deleteMany(new org.bson.Document()));
        partnershipFixtures.storeDemoPartnerships();
        LocalDate today = TestClock.today();
        for (int i = 0; i < 10; i++) {
            partnershipFixtures.storePerson("lead-" + i, "Lead " + i, null, i == 0 ? "exec" : null, "wolverhampton");
        }
        var planList = new ArrayList<ActionPlan>();
        for (int p = 0; p < 3; p++) {
            var plan = new ActionPlan("plan-" + p, "wolverhampton", new ActionPlan.PlanDetails(ActionPlan.Kind.BUSINESS_PLAN, null, "Plan " + p,
                    Serves.CHILDREN, today.minusMonths(6), today.plusMonths(6), null, true, List.of(today.minusMonths(3), today.minusWeeks(2)), null));
            for (int item = 0; item < 4; item++) {
                plan.saveItem(new PlanItem("P" + item, PlanItem.Kind.PRIORITY, "Priority " + item, null, null, "lead-" + item, null, null, null));
            }
            planList.add(plan);
        }
        plans.insert(planList);
        var batch = new ArrayList<Action>();
        for (int i = 0; i < count; i++) {
            var action = new Action("plan-" + i % 3, List.of("wolverhampton"), "A-%04d".formatted(i), today.minusMonths(5), null);
            action.describe(new Action.ActionDetails("P" + i % 4, "Action " + i, null, "lead-" + i % 10, "Lead", null, null, today.minusMonths(5),
                    today.plusDays(i % 60 - 20), null, null, null, null));
            if (i % 3 == 0) {
                action.record(new ProgressUpdate(today.minusDays(i % 40), null, "lead", "Lead", "Update " + i,
                        i % 5 == 0 ? Action.Status.AT_RISK : Action.Status.ON_TRACK, false), null, null);
            }
            batch.add(action);
        }
        actions.insert(batch);
        commands.reset();
        long started = System.nanoTime();
        as(TestTokens.admin()).document("{ actionExceptions(partnership: \"wolverhampton\", first: 50) { edges { node { " + ACTION + " } } } }")
                .execute().path("actionExceptions.edges").entityList(Object.class).satisfies(edges -> assertThat(edges).isNotEmpty().hasSizeLessThanOrEqualTo(50));
        as(TestTokens.viewer()).document("{ actionExceptions(partnership: \"wolverhampton\", first: 50) { edges { node { " + ACTION + " } } } }")
                .execute().path("actionExceptions.edges").entityList(Object.class).satisfies(edges -> assertThat(edges).isNotEmpty());
        as(TestTokens.exec()).document("{ myActions(first: 50) { edges { node { " + ACTION + " } } } }")
                .execute().path("myActions.edges").entityList(Object.class).satisfies(edges -> assertThat(edges).isNotEmpty());
        as(TestTokens.admin()).document("{ actionPlan(id: \"plan-0\") { title counts { red amber green } items { code lead { name } actions { id rag } } } }")
                .execute().path("actionPlan.title").entity(String.class).isEqualTo("Plan 0");
        List<String> sent = commands.all();
        System.out.printf("Exception report + My actions + a plan page over %d actions: %d database commands %s, %d ms%n", count, sent.size(), sent,
                (System.nanoTime() - started) / 1_000_000);
        return sent;
    }
}
