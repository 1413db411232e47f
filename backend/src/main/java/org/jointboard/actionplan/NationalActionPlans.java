package org.jointboard.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jointboard.actionplan.Action.Status;
import org.jointboard.actionplan.ActionPlan.Kind;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.Serves;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Each partnership's business plan at national scale: four priorities and its share of the actions, led by its people,
 * owned by its committees, with a year of progress updates (some done, some slipping, some overdue), built through the
 * same records as {@link DemoActionPlans}. Deterministic for the random source given.
 */
public final class NationalActionPlans {

    private static final String[] PRIORITIES = { "Effective governance", "Front-line practice and its impact", "Children and adults most at risk",
            "Learning from reviews" };
    private static final Status[] STATUSES = { Status.NOT_STARTED, Status.ON_TRACK, Status.ON_TRACK, Status.ON_TRACK, Status.AT_RISK,
            Status.OFF_TRACK, Status.COMPLETE, Status.COMPLETE };

    private NationalActionPlans() {
    }

    /** What was written: plans, actions and their progress updates. */
    public record Written(int plans, int actions, int updates) {
    }

    /**
     * @param people each partnership's people (leads)
     * @param bodies each partnership's committee ids (owners)
     */
    public static Written write(MongoOperations mongo, Map<String, List<Person>> people, Map<String, List<String>> bodies, int actionCount,
            LocalDate today, Random random) {
        var plans = new ArrayList<ActionPlan>();
        var actions = new ArrayList<Action>();
        int updates = 0;
        int areas = people.size();
        int area = 0;
        for (var entry : people.entrySet()) {
            String partnership = entry.getKey();
            List<Person> leads = entry.getValue();
            List<String> owners = bodies.getOrDefault(partnership, List.of());
            var plan = new ActionPlan("plan-" + partnership + "-business", partnership, new ActionPlan.PlanDetails(Kind.BUSINESS_PLAN, null,
                    "Business plan " + today.minusMonths(8).getYear() + " to " + today.plusMonths(16).getYear(), Serves.BOTH, today.minusMonths(8),
                    today.plusMonths(16), owners.isEmpty() ? null : owners.get(1 % owners.size()), true,
                    List.of(today.minusMonths(5), today.minusMonths(1), today.plusMonths(3)), null));
            for (int i = 0; i < PRIORITIES.length; i++) {
                plan.saveItem(new PlanItem("P" + (i + 1), PlanItem.Kind.PRIORITY, PRIORITIES[i], null, null, leads.get(i % leads.size()).getId(),
                        null, null, null));
            }
            plans.add(plan);
            int share = actionCount / areas + (area++ < actionCount % areas ? 1 : 0);
            for (int n = 1; n <= share; n++) {
                LocalDate start = today.minusDays(30 + random.nextInt(300));
                var action = new Action(plan.getId(), List.of(partnership), "A" + n, start, null);
                action.describe(new Action.ActionDetails("P" + (1 + n % PRIORITIES.length), "Action " + n + " of " + partnership + "'s business plan",
                        null, leads.get(random.nextInt(leads.size())).getId(), null, null, owners.isEmpty() ? null : owners.get(random.nextInt(owners.size())),
                        start, start.plusDays(60 + random.nextInt(360)), null, null, null, null));
                Status status = STATUSES[random.nextInt(STATUSES.length)];
                int steps = status == Status.NOT_STARTED ? 0 : 1 + random.nextInt(3);
                for (int k = 1; k <= steps; k++) {
                    LocalDate on = start.plusDays((long) k * Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, today)) / (steps + 1));
                    Status now = k == steps ? status : Status.ON_TRACK;
                    action.record(new ProgressUpdate(on, Instant.parse(on + "T10:00:00Z"), "generator", "National data generator",
                            "Progress review " + k + ": " + now.name().toLowerCase(java.util.Locale.UK).replace('_', ' '), now, false), null, null);
                    updates++;
                }
                actions.add(action);
            }
        }
        for (int from = 0; from < plans.size(); from += 500) {
            mongo.insertAll(plans.subList(from, Math.min(plans.size(), from + 500)));
        }
        for (int from = 0; from < actions.size(); from += 1000) {
            mongo.insertAll(actions.subList(from, Math.min(actions.size(), from + 1000)));
        }
        return new Written(plans.size(), actions.size(), updates);
    }
}
