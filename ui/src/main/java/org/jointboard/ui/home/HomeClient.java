package org.jointboard.ui.home;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.layout.MyPartnerships;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** What the home page reads: who you are, and what needs you (through the same queries as the pages it links to). */
@Component
class HomeClient {

    record Me(String username, String name, List<String> roles, String organisationCode, List<String> partnershipCodes) {
    }

    record OwnReturn(String id, String cycleTitle, String state, LocalDate dueOn, boolean overdue, int requiredCount, int requiredAnswered) {
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

    private final GraphQlApi api;
    private final MyPartnerships partnerships;

    HomeClient(GraphQlApi api, MyPartnerships partnerships) {
        this.partnerships = partnerships;
        this.api = api;
    }

    Me me() {
        return api.fetch("me", Map.of(), "me", Me.class);
    }

    List<MyPartnerships.PartnershipName> partnerships() {
        return partnerships.list();
    }

    List<OwnReturn> myReturns() {
        return api.fetchList("myReturns", Map.of(), "myReturns", OwnReturn.class);
    }

    /** The partnership's latest issued cycle, if any (cycles come latest deadline first). */
    Cycle currentCycle(String partnership) {
        return api.fetchList("auditCycles", Map.of("partnership", partnership), "auditCycles", Cycle.class).stream()
                .filter(c -> !"PLANNED".equals(c.status())).findFirst().orElse(null);
    }

    Tracker tracker(String cycle, String partnership) {
        return api.fetch("cycleTracker", Map.of("cycle", cycle, "partnership", partnership), "cycleTracker", Tracker.class);
    }

    /** Risks whose review is overdue (up to 100). */
    List<RiskRow> overdueRiskReviews(String partnership) {
        var variables = new HashMap<String, Object>();
        variables.put("partnership", partnership);
        variables.put("filter", Map.of("overdue", true));
        variables.put("first", 100);
        variables.put("after", null);
        ConnectionPage<RiskRow> page = api.fetch("riskRegister", variables, "riskRegister", new ParameterizedTypeReference<ConnectionPage<RiskRow>>() { });
        return page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }
}
