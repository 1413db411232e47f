package org.jointboard.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The one rule for an action's RAG, stated twice: as a function of one action ({@link #of}), for pages, and as a
 * database criterion ({@link #criteria}), so the exception report and the RAG filters page in the store. A test holds
 * the two to the same answers.
 * <ol>
 * <li>a RAG set by hand (with its reason) wins;</li>
 * <li>complete → green; closed without being done → closed;</li>
 * <li>past its due date, or off track → red;</li>
 * <li>at risk, or due within the warning window with no update since the plan's last review point (or, before the
 * first review point, no update at all) → amber;</li>
 * <li>otherwise green.</li>
 * </ol>
 */
public final class RagRule {

    private RagRule() {
    }

    /** @param lastReviewPoint the plan's latest review point on or before today, if one has passed */
    public static ActionRag of(Action action, LocalDate today, int warningDays, Optional<LocalDate> lastReviewPoint) {
        if (action.getRagOverride() != null) {
            return action.getRagOverride().rag();
        }
        if (action.getStatus() == Action.Status.COMPLETE) {
            return ActionRag.GREEN;
        }
        if (action.getStatus() == Action.Status.CLOSED_NOT_DONE) {
            return ActionRag.CLOSED;
        }
        if (action.getDueOn().isBefore(today) || action.getStatus() == Action.Status.OFF_TRACK) {
            return ActionRag.RED;
        }
        boolean dueSoon = !action.getDueOn().isAfter(today.plusDays(warningDays));
        boolean noRecentUpdate = action.getLastUpdateOn() == null
                || lastReviewPoint.map(point -> action.getLastUpdateOn().isBefore(point)).orElse(false);
        if (action.getStatus() == Action.Status.AT_RISK || dueSoon && noRecentUpdate) {
            return ActionRag.AMBER;
        }
        return ActionRag.GREEN;
    }

    /**
     * The actions whose RAG is one of these, given each plan's last review point (plans with none passed map to
     * empty). The plans must be those of every action the criterion is combined with.
     */
    public static Criteria criteria(List<ActionRag> rags, LocalDate today, int warningDays, Map<String, Optional<LocalDate>> lastReviewPoints) {
        var any = new ArrayList<Criteria>();
        for (ActionRag rag : rags) {
            any.add(new Criteria().orOperator(Criteria.where("ragOverride.rag").is(rag.name()),
                    new Criteria().andOperator(Criteria.where("ragOverride").is(null), derived(rag, today, warningDays, lastReviewPoints))));
        }
        return any.size() == 1 ? any.getFirst() : new Criteria().orOperator(any);
    }

    private static Criteria derived(ActionRag rag, LocalDate today, int warningDays, Map<String, Optional<LocalDate>> lastReviewPoints) {
        List<String> closed = Action.CLOSED.stream().map(Enum::name).toList();
        return switch (rag) {
            case GREEN -> new Criteria().orOperator(Criteria.where("status").is(Action.Status.COMPLETE.name()),
                    new Criteria().norOperator(Criteria.where("status").in(closed), red(today), amber(today, warningDays, lastReviewPoints)));
            case CLOSED -> Criteria.where("status").is(Action.Status.CLOSED_NOT_DONE.name());
            case RED -> new Criteria().andOperator(Criteria.where("status").nin(closed), red(today));
            case AMBER -> new Criteria().andOperator(Criteria.where("status").nin(closed), new Criteria().norOperator(red(today)),
                    amber(today, warningDays, lastReviewPoints));
        };
    }

    private static Criteria red(LocalDate today) {
        return new Criteria().orOperator(Criteria.where("dueOn").lt(today), Criteria.where("status").is(Action.Status.OFF_TRACK.name()));
    }

    /** At risk, or due soon without an update since the last review point (ignoring red, which the callers rule out). */
    private static Criteria amber(LocalDate today, int warningDays, Map<String, Optional<LocalDate>> lastReviewPoints) {
        var stale = new ArrayList<Criteria>();
        stale.add(Criteria.where("lastUpdateOn").is(null));
        lastReviewPoints.forEach((planId, point) -> point.ifPresent(
                date -> stale.add(Criteria.where("planId").is(planId).and("lastUpdateOn").lt(date))));
        return new Criteria().orOperator(Criteria.where("status").is(Action.Status.AT_RISK.name()),
                new Criteria().andOperator(Criteria.where("dueOn").lte(today.plusDays(warningDays)), new Criteria().orOperator(stale)));
    }
}
