package org.jointboard.ui.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * What the home page reads: who you are, and what needs you. The same questions for every partnership of the user go
 * in one request, each partnership under an alias (two requests however many partnerships, instead of three each).
 */
@Component
class HomeClient {

    record Me(String username, String name, List<String> roles, String organisationCode, List<String> partnershipCodes) {
    }

    record OwnReturn(String id, String cycleTitle, String state, LocalDate dueOn, boolean overdue, int requiredCount, int requiredAnswered,
            Assigned permissions) {
    }

    /** The sections a contributor's lead gave them. */
    record Assigned(List<String> assignedSections) {
    }

    record Cycle(String id, String title, LocalDate dueOn, String status) {
    }

    record StateCount(String state, int count) {
    }

    record Overdue(String returnId) {
    }

    record Tracker(int total, List<StateCount> byState, List<Overdue> overdue) {

        int inState(String state) {
            return byState.stream().filter(s -> s.state().equals(state)).mapToInt(StateCount::count).sum();
        }
    }

    record RiskRow(String id, String reference, String title) {
    }

    /** A partnership's current cycle (the latest issued, or null), its tracker, and its overdue risk reviews. */
    record PartnershipWork(PartnershipName partnership, Cycle cycle, Tracker tracker, List<RiskRow> overdueRiskReviews) {
    }

    /** An action the user leads, as the home page counts it. */
    record LedAction(String id, String rag, boolean overdue) {
    }

    private final GraphQlApi api;
    private final MyPartnerships partnerships;

    HomeClient(GraphQlApi api, MyPartnerships partnerships) {
        this.partnerships = partnerships;
        this.api = api;
    }

    Me me() {
        return api.fetch("me", Map.of(), "me", Me.class);
    }

    List<PartnershipName> partnerships() {
        return partnerships.list();
    }

    /** The open actions the user leads (the first 100, soonest due first: enough to count what needs them). */
    List<LedAction> myActions() {
        ConnectionPage<LedAction> page = api.fetch("myActions", Map.of("first", 100), "myActions",
                new ParameterizedTypeReference<ConnectionPage<LedAction>>() { });
        return page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }

    List<OwnReturn> myReturns() {
        return api.fetchList("myReturns", Map.of(), "myReturns", OwnReturn.class);
    }

    /** For each of the user's partnerships: its returns' work if {@code returns}, its overdue risk reviews if {@code risks}. */
    List<PartnershipWork> work(boolean returns, boolean risks) {
        List<PartnershipName> mine = partnerships.list();
        if (mine.isEmpty() || !returns && !risks) {
            return List.of();
        }
        var variables = new LinkedHashMap<String, Object>();
        for (int i = 0; i < mine.size(); i++) {
            variables.put("p" + i, mine.get(i).code());
        }
        GraphQlApi.Fields found = api.fetchFields(cyclesAndRisks(mine.size(), returns, risks), variables);
        var cycles = new ArrayList<Cycle>();
        for (int i = 0; i < mine.size(); i++) {
            cycles.add(returns ? current(found.get("c" + i, new ParameterizedTypeReference<List<Cycle>>() { })) : null);
        }
        Map<Integer, Tracker> trackers = trackers(mine, cycles);
        var work = new ArrayList<PartnershipWork>();
        for (int i = 0; i < mine.size(); i++) {
            List<RiskRow> overdue = risks ? found.get("r" + i, new ParameterizedTypeReference<ConnectionPage<RiskRow>>() { }).edges().stream()
                    .map(ConnectionPage.Edge::node).toList() : List.of();
            work.add(new PartnershipWork(mine.get(i), cycles.get(i), trackers.get(i), overdue));
        }
        return work;
    }

    private Map<Integer, Tracker> trackers(List<PartnershipName> mine, List<Cycle> cycles) {
        var variables = new LinkedHashMap<String, Object>();
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < mine.size(); i++) {
            if (cycles.get(i) != null) {
                variables.put("c" + i, cycles.get(i).id());
                variables.put("p" + i, mine.get(i).code());
                indexes.add(i);
            }
        }
        var trackers = new LinkedHashMap<Integer, Tracker>();
        if (!indexes.isEmpty()) {
            GraphQlApi.Fields found = api.fetchFields(trackersDocument(indexes), variables);
            indexes.forEach(i -> trackers.put(i, found.get("t" + i, new ParameterizedTypeReference<Tracker>() { })));
        }
        return trackers;
    }

    /** One query: each partnership's cycles ({@code c0…}) and overdue risk reviews ({@code r0…}). */
    static String cyclesAndRisks(int partnerships, boolean returns, boolean risks) {
        var declarations = new ArrayList<String>();
        var fields = new StringBuilder();
        for (int i = 0; i < partnerships; i++) {
            declarations.add("$p" + i + ": ID!");
            if (returns) {
                fields.append(" c").append(i).append(": auditCycles(partnership: $p").append(i).append(") { id title dueOn status }");
            }
            if (risks) {
                fields.append(" r").append(i).append(": riskRegister(partnership: $p").append(i)
                        .append(", filter: { overdue: true }, first: 100) { edges { node { id reference title } } }");
            }
        }
        return "query homeWork(" + String.join(", ", declarations) + ") {" + fields + " }";
    }

    /** One query: the tracker ({@code t0…}) of each partnership's current cycle. */
    static String trackersDocument(List<Integer> partnerships) {
        var declarations = new ArrayList<String>();
        var fields = new StringBuilder();
        for (int i : partnerships) {
            declarations.add("$c" + i + ": ID!");
            declarations.add("$p" + i + ": ID!");
            fields.append(" t").append(i).append(": cycleTracker(cycle: $c").append(i).append(", partnership: $p").append(i)
                    .append(") { total byState { state count } overdue { returnId } }");
        }
        return "query homeTrackers(" + String.join(", ", declarations) + ") {" + fields + " }";
    }

    /** The latest cycle that has been issued (cycles come latest deadline first). */
    private static Cycle current(List<Cycle> cycles) {
        return cycles == null ? null : cycles.stream().filter(c -> !"PLANNED".equals(c.status())).findFirst().orElse(null);
    }
}
