package org.jointboard.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RetentionGraphQlController {

    private final RetentionService retention;
    private final RetentionRuns runs;
    private final SubjectAccess subjectAccess;
    private final RetentionProperties limits;

    RetentionGraphQlController(RetentionService retention, RetentionRuns runs, SubjectAccess subjectAccess, RetentionProperties limits) {
        this.retention = retention;
        this.runs = runs;
        this.subjectAccess = subjectAccess;
        this.limits = limits;
    }

    record Rule(RetentionKind kind, String label, String runsFrom, String disposal, int years, int defaultYears, int minimumYears, boolean ownPeriod) { }

    record Policy(String partnership, Long version, List<Rule> rules) { }

    record SetRetentionPolicyInput(String partnership, Long version, List<RetentionPolicy.Rule> rules) { }

    record PlaceLegalHoldInput(String partnership, LegalHold.Scope scope, String targetId, String recordType, String reason) { }

    record LiftLegalHoldInput(String holdId, Long version, String reason) { }

    record RunRetentionInput(String partnership) { }

    record ExportSubjectAccessInput(String person, String reason) { }

    @QueryMapping
    Policy retentionPolicy(@Argument String partnership) {
        return policy(retention.policy(partnership));
    }

    @QueryMapping
    List<LegalHold> legalHolds(@Argument String partnership, @Argument Boolean includeLifted) {
        return retention.holds(partnership, Boolean.TRUE.equals(includeLifted));
    }

    @QueryMapping
    RetentionRuns.Report retentionDryRun(@Argument String partnership, @Argument LocalDate asOf) {
        return runs.dryRun(partnership, asOf);
    }

    @QueryMapping
    List<String> legalHoldRecordTypes() {
        return List.copyOf(retention.directoryByType().keySet());
    }

    @MutationMapping
    Map<String, Object> setRetentionPolicy(@Argument SetRetentionPolicyInput input) {
        return Map.of("policy", policy(retention.setPolicy(input.partnership(), input.version(), input.rules())));
    }

    @MutationMapping
    Map<String, Object> placeLegalHold(@Argument PlaceLegalHoldInput input) {
        return Map.of("hold", retention.placeHold(input.partnership(), input.scope(), input.recordType(), input.targetId(), input.reason()));
    }

    @MutationMapping
    Map<String, Object> liftLegalHold(@Argument LiftLegalHoldInput input) {
        return Map.of("hold", retention.liftHold(input.holdId(), input.version(), input.reason()));
    }

    @MutationMapping
    Map<String, Object> runRetention(@Argument RunRetentionInput input) {
        return Map.of("report", runs.run(input.partnership()));
    }

    @MutationMapping
    SubjectAccess.Export exportSubjectAccess(@Argument ExportSubjectAccessInput input) {
        return subjectAccess.export(input.person(), input.reason());
    }

    @SchemaMapping(typeName = "SubjectAccessPayload")
    String person(SubjectAccess.Export export) {
        return export.personId();
    }

    @SchemaMapping(typeName = "LegalHold")
    String partnership(LegalHold hold) {
        return hold.getPartnershipCode();
    }

    @SchemaMapping(typeName = "LegalHold")
    String placedAt(LegalHold hold) {
        return hold.getPlacedAt().toString();
    }

    @SchemaMapping(typeName = "LegalHold")
    String liftedAt(LegalHold hold) {
        return hold.getLiftedAt() == null ? null : hold.getLiftedAt().toString();
    }

    @SchemaMapping(typeName = "RetentionKindReport")
    String label(RetentionRuns.KindReport report) {
        return report.kind().label();
    }

    @SchemaMapping(typeName = "RetentionKindReport")
    String disposal(RetentionRuns.KindReport report) {
        return report.kind().disposal().name();
    }

    private Policy policy(RetentionPolicy policy) {
        var rules = Arrays.stream(RetentionKind.values()).map(kind -> new Rule(kind, kind.label(), kind.runsFrom(), kind.disposal().name(),
                policy.yearsFor(kind, limits), limits.defaultYears(kind), limits.minimumYears(kind), policy.setsOwn(kind))).toList();
        return new Policy(policy.getPartnershipCode(), policy.getVersion(), rules);
    }
}
