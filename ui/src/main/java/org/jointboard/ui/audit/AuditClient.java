package org.jointboard.ui.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The audit trail operations of the backend's API. */
@Component
class AuditClient {

    private final GraphQlApi api;

    AuditClient(GraphQlApi api) {
        this.api = api;
    }

    record Change(String field, String before, String after) { }

    record Event(String id, Instant at, String actorUsername, String actorName, List<String> actorRoles, String action, String actionLabel,
            String recordType, String recordId, String reason, List<Change> changes) {

        String who() {
            String roles = actorRoles == null || actorRoles.isEmpty() ? "" : " (" + String.join(", ", actorRoles.stream().map(AuditClient::role).toList()) + ")";
            return (actorName == null ? actorUsername : actorName) + roles;
        }
    }

    record ChainReport(String partnership, boolean intact, int eventsChecked, int unchainedEvents, String firstBrokenEventId,
            String firstBrokenAt, String problem) { }

    ConnectionPage<Event> history(String recordType, String recordId, int first, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("recordType", recordType);
        variables.put("recordId", recordId);
        variables.put("first", first);
        variables.put("after", after);
        return api.fetch("recordHistory", variables, "recordHistory", new ParameterizedTypeReference<ConnectionPage<Event>>() { });
    }

    ConnectionPage<Event> trail(String partnership, Map<String, Object> filter, int first, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("partnership", partnership);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return api.fetch("auditTrail", variables, "auditTrail", new ParameterizedTypeReference<ConnectionPage<Event>>() { });
    }

    ChainReport verify(String partnership) {
        return api.fetch("verifyAuditTrail", Map.of("partnership", partnership), "verifyAuditTrail", ChainReport.class);
    }

    static String role(String role) {
        return switch (role) {
            case "BOARD_ADMIN" -> "business unit";
            case "BOARD_CHAIR" -> "chair";
            case "EXECUTIVE_MEMBER" -> "executive";
            case "COMMITTEE_MEMBER" -> "committee member";
            case "AGENCY_LEAD" -> "agency lead";
            case "AGENCY_CONTRIBUTOR" -> "agency contributor";
            case "SCHOOL_LEAD" -> "school lead";
            default -> role.toLowerCase(java.util.Locale.UK);
        };
    }
}
