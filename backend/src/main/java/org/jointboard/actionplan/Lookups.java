package org.jointboard.actionplan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What working out actions' RAG and permissions looks up, kept for one request: plans by id, warning windows by
 * partnership, the caller's person records and which bodies they chair. Fields of many actions, resolved in several
 * batches, then cost the same queries however the batches fall.
 */
final class Lookups {

    private final Map<String, ActionPlan> plans = new HashMap<>();
    private final Map<String, Integer> windows = new HashMap<>();
    private final Map<String, Boolean> chairs = new HashMap<>();
    private final Map<String, java.util.List<Action>> planActions = new HashMap<>();
    private Set<String> myPersonIds;

    synchronized Map<String, ActionPlan> plans(Collection<String> ids, Function<Collection<String>, Map<String, ActionPlan>> load) {
        var missing = ids.stream().filter(id -> !plans.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            plans.putAll(load.apply(missing));
            missing.forEach(id -> plans.putIfAbsent(id, null));
        }
        var result = new HashMap<String, ActionPlan>();
        ids.forEach(id -> { if (plans.get(id) != null) { result.put(id, plans.get(id)); } });
        return result;
    }

    /** The readable actions of each plan, by plan id (plans without any map to an empty list). */
    synchronized Map<String, java.util.List<Action>> planActions(Collection<String> planIds,
            Function<java.util.List<String>, java.util.List<Action>> load) {
        var missing = planIds.stream().filter(id -> !planActions.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> planActions.put(id, new java.util.ArrayList<>()));
            load.apply(missing).forEach(action -> planActions.get(action.getPlanId()).add(action));
        }
        var result = new HashMap<String, java.util.List<Action>>();
        planIds.forEach(id -> result.put(id, planActions.get(id)));
        return result;
    }

    synchronized int window(String partnershipCode, Function<String, Integer> load) {
        return windows.computeIfAbsent(partnershipCode, load);
    }

    synchronized Set<String> myPersonIds(Supplier<Set<String>> load) {
        if (myPersonIds == null) {
            myPersonIds = load.get();
        }
        return myPersonIds;
    }

    synchronized Map<String, Boolean> chairs(Collection<String> bodyIds, Function<Collection<String>, Map<String, Boolean>> load) {
        var missing = bodyIds.stream().filter(id -> !chairs.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            chairs.putAll(load.apply(missing));
            missing.forEach(id -> chairs.putIfAbsent(id, false));
        }
        var result = new HashMap<String, Boolean>();
        bodyIds.forEach(id -> result.put(id, chairs.get(id)));
        return result;
    }
}
