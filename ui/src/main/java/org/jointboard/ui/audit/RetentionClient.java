package org.jointboard.ui.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The retention operations of the backend's API: policy, legal holds, dry run and run, subject access export. */
@Component
class RetentionClient {

    private final GraphQlApi api;

    RetentionClient(GraphQlApi api) {
        this.api = api;
    }

    record Rule(String kind, String label, String runsFrom, String disposal, int years, int defaultYears, int minimumYears, boolean ownPeriod) { }

    record Policy(String partnership, Long version, List<Rule> rules) { }

    record Hold(String id, Long version, String scope, String targetId, String targetLabel, String reason, String placedBy, String placedAt,
            boolean active, String liftedBy, String liftedAt, String liftReason) { }

    record Item(String recordType, String id, String label, LocalDate since, String heldBy) { }

    record Archive(String name, int records, String sha256) { }

    record KindReport(String kind, String label, String disposal, Integer years, int due, int held, int keptLonger, List<Item> records, Archive archive) { }

    record Report(String partnership, LocalDate asOf, boolean dryRun, String runId, int total, List<KindReport> kinds) { }

    record Section(String name, int records) { }

    record Export(String person, String fileName, String json, List<Section> sections) { }

    record Cycle(String id, String title) { }

    record Person(String id, String name) { }

    Policy policy(String partnership) {
        return api.fetch("retentionPolicy", Map.of("partnership", partnership), "retentionPolicy", Policy.class);
    }

    Policy setPolicy(String partnership, Long version, Map<String, Integer> yearsByKind) {
        var input = new HashMap<String, Object>();
        input.put("partnership", partnership);
        input.put("version", version);
        input.put("rules", yearsByKind.entrySet().stream().map(e -> Map.of("kind", e.getKey(), "years", e.getValue())).toList());
        return api.fetch("setRetentionPolicy", Map.of("input", input), "setRetentionPolicy.policy", Policy.class);
    }

    List<Hold> holds(String partnership) {
        return api.fetchList("legalHolds", Map.of("partnership", partnership), "legalHolds", Hold.class);
    }

    String placeHold(String partnership, String scope, String recordType, String targetId, String reason) {
        var input = new HashMap<String, Object>();
        input.put("partnership", partnership);
        input.put("scope", scope);
        input.put("recordType", recordType);
        input.put("targetId", targetId);
        input.put("reason", reason);
        return api.fetch("placeLegalHold", Map.of("input", input), "placeLegalHold.hold.id", String.class);
    }

    void liftHold(Hold hold, String reason) {
        var input = new HashMap<String, Object>();
        input.put("holdId", hold.id());
        input.put("version", hold.version());
        input.put("reason", reason);
        api.fetch("liftLegalHold", Map.of("input", input), "liftLegalHold.hold.id", String.class);
    }

    Report dryRun(String partnership, LocalDate asOf) {
        var variables = new HashMap<String, Object>();
        variables.put("partnership", partnership);
        variables.put("asOf", asOf == null ? null : asOf.toString());
        return api.fetch("retentionDryRun", variables, "retentionDryRun", Report.class);
    }

    Report run(String partnership) {
        return api.fetch("runRetention", Map.of("partnership", partnership), "runRetention.report", Report.class);
    }

    Export exportSubjectAccess(String personId, String reason) {
        return api.fetch("exportSubjectAccess", Map.of("input", Map.of("person", personId, "reason", reason)), "exportSubjectAccess", Export.class);
    }

    List<Cycle> cycles(String partnership) {
        return api.fetchList("auditCycles", Map.of("partnership", partnership), "auditCycles", Cycle.class);
    }

    List<Person> people(String partnership) {
        ConnectionPage<Person> page = api.fetch("peopleOfPartnership", Map.of("partnership", partnership), "people",
                new ParameterizedTypeReference<ConnectionPage<Person>>() { });
        return page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }

    List<String> recordTypes() {
        return api.fetchList("legalHoldRecordTypes", Map.of(), "legalHoldRecordTypes", String.class);
    }
}
