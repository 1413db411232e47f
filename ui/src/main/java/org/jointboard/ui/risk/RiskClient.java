package org.jointboard.ui.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.risk.RiskRecords.Category;
import org.jointboard.ui.risk.RiskRecords.Overview;
import org.jointboard.ui.risk.RiskRecords.RiskDetail;
import org.jointboard.ui.risk.RiskRecords.RiskRow;
import org.jointboard.ui.risk.RiskRecords.Settings;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The risk register operations of the backend's API, as the views need them. */
@Component
class RiskClient {

    private final GraphQlApi api;

    RiskClient(GraphQlApi api) {
        this.api = api;
    }

    record Owner(String id, String name) { }

    List<Owner> people(String partnership) {
        ConnectionPage<Owner> page = api.fetch("peopleOfPartnership", Map.of("partnership", partnership), "people",
                new ParameterizedTypeReference<ConnectionPage<Owner>>() { });
        return page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }

    List<Category> categories(String partnership) {
        return api.fetch("riskCategories", Map.of("partnership", partnership), "riskSettings", Settings.class).categories();
    }

    ConnectionPage<RiskRow> register(String partnership, Map<String, Object> filter, int first, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("partnership", partnership);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return api.fetch("riskRegister", variables, "riskRegister", new ParameterizedTypeReference<ConnectionPage<RiskRow>>() { });
    }

    Overview overview(String partnership) {
        return api.fetch("riskOverview", Map.of("partnership", partnership), "riskOverview", Overview.class);
    }

    RiskDetail risk(String id) {
        return api.fetch("riskDetail", Map.of("id", id), "risk", RiskDetail.class);
    }

    void review(String riskId, int version, RiskRecords.ReviewDraft review) {
        var input = new HashMap<String, Object>();
        input.put("riskId", riskId);
        input.put("version", version);
        input.put("date", review.date().toString());
        input.put("residual", Map.of("likelihood", review.likelihood(), "impact", review.impact()));
        input.put("commentary", review.commentary());
        input.put("decision", review.decision());
        api.fetch("reviewRisk", Map.of("input", input), "reviewRisk.risk.id", String.class);
    }

    String raise(String partnership, RiskRecords.RiskDraft risk, RiskRecords.Gap source) {
        var input = new HashMap<String, Object>(Map.of("partnershipCode", partnership, "risk", risk.toInput()));
        if (source != null) {
            input.put("source", Map.of("returnId", source.returnId(), "standardCode", source.standardCode()));
        }
        return api.fetch("raiseRisk", Map.of("input", input), "raiseRisk.risk.id", String.class);
    }

    void escalate(String riskId, int version) {
        decide("escalateRisk", riskId, version, Map.of());
    }

    void accept(String riskId, int version, RiskRecords.AcceptanceDraft acceptance) {
        decide("acceptRisk", riskId, version, Map.of("approvedBy", acceptance.approvedBy().strip(), "expiresOn", acceptance.expiresOn().toString()));
    }

    void close(String riskId, int version, String reason) {
        decide("closeRisk", riskId, version, Map.of("reason", reason.strip()));
    }

    /** The operations of riskDecision.graphql all take the risk and its version. */
    private void decide(String operation, String riskId, int version, Map<String, Object> more) {
        var input = new HashMap<String, Object>(more);
        input.put("riskId", riskId);
        input.put("version", version);
        api.fetchOperation("riskDecision", operation, Map.of("input", input), operation + ".risk.id", String.class);
    }

    void comment(String riskId, String text) {
        api.fetch("commentOnRisk", Map.of("input", Map.of("riskId", riskId, "text", text)), "commentOnRisk.risk.id", String.class);
    }
}
