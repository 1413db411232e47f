package org.jointboard.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.Serves;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan of one partnership: what kind it is, which boards it serves, its period, the body that owns it, whether it is
 * published, its review points, and its priorities, findings or recommendations. Actions are documents of their own
 * ({@link Action}), so a plan of a hundred actions is not rewritten by each progress update.
 */
@Document("actionPlans")
@CompoundIndex(name = "partnership", def = "{'partnershipCode': 1, 'kind': 1, 'periodStart': -1}")
public class ActionPlan implements AuditedRecord {

    public enum Kind { BUSINESS_PLAN, SCRUTINY, LEARNING_REVIEW, AUDIT_IMPROVEMENT, RISK_MITIGATION }

    /** Which statutory review a learning review is. */
    public enum ReviewKind { CHILD_SAFEGUARDING_PRACTICE_REVIEW, SAFEGUARDING_ADULTS_REVIEW, SERIOUS_CASE_REVIEW }

    @Id
    private String id;
    @Version
    private Long version;
    private String partnershipCode;
    private Kind kind;
    private ReviewKind reviewKind;
    private String title;
    private Serves serves;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String owningBodyId;
    private boolean published;
    private List<LocalDate> reviewPoints = List.of();
    private List<PlanItem> items = new ArrayList<>();
    /** For an audit improvement plan: the audit cycle whose returns its actions come from. */
    private String cycleId;

    protected ActionPlan() {
    }

    ActionPlan(String id, String partnershipCode, PlanDetails details) {
        this.id = id;
        this.partnershipCode = partnershipCode;
        describe(details);
    }

    /** A partnership's plan for the improvement actions raised from one audit cycle's returns: set up by the first of them. */
    static ActionPlan improvementPlan(String partnershipCode, String cycleId, String cycleTitle, LocalDate today) {
        return new ActionPlan(null, partnershipCode, new PlanDetails(Kind.AUDIT_IMPROVEMENT, null, cycleTitle + ": improvement actions",
                Serves.BOTH, today, today.plusYears(1), null, false, List.of(), cycleId));
    }

    /** What a plan is, as its fields say; checked together. */
    record PlanDetails(Kind kind, ReviewKind reviewKind, String title, Serves serves, LocalDate periodStart, LocalDate periodEnd,
            String owningBodyId, boolean published, List<LocalDate> reviewPoints, String cycleId) {
    }

    void describe(PlanDetails d) {
        if (d.periodEnd().isBefore(d.periodStart())) {
            throw new RejectedCommand("plan.periodEnd", "The plan's period must end on or after the day it starts");
        }
        if (d.kind() == Kind.LEARNING_REVIEW && d.reviewKind() == null) {
            throw new RejectedCommand("plan.reviewKind", "Say which kind of review this is: practice review, adults review or serious case review");
        }
        this.kind = d.kind();
        this.reviewKind = d.kind() == Kind.LEARNING_REVIEW ? d.reviewKind() : null;
        this.title = d.title();
        this.serves = d.serves();
        this.periodStart = d.periodStart();
        this.periodEnd = d.periodEnd();
        this.owningBodyId = d.owningBodyId();
        this.published = d.published();
        this.reviewPoints = d.reviewPoints().stream().distinct().sorted().toList();
        this.cycleId = d.cycleId();
    }

    /** Adds the item, or changes the one with its code (keeping any response already recorded). */
    void saveItem(PlanItem item) {
        if (item.kind() == PlanItem.Kind.PRIORITY && kind != Kind.BUSINESS_PLAN && kind != Kind.RISK_MITIGATION && kind != Kind.AUDIT_IMPROVEMENT) {
            throw new RejectedCommand("item.kind", "A " + label() + " has findings and recommendations, not priorities");
        }
        if (item.kind() != PlanItem.Kind.PRIORITY && kind == Kind.BUSINESS_PLAN) {
            throw new RejectedCommand("item.kind", "A business plan has priorities");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(item.code())) {
                items.set(i, items.get(i).describe(item));
                return;
            }
        }
        items.add(item);
    }

    void respond(String code, PlanItem.Response response, String reason, LocalDate on) {
        PlanItem item = item(code).orElseThrow(() -> new RejectedCommand("code", "This plan has no recommendation " + code));
        if (item.kind() != PlanItem.Kind.RECOMMENDATION) {
            throw new RejectedCommand("code", code + " is not a recommendation: only recommendations get a response");
        }
        if (response != PlanItem.Response.ACCEPTED && (reason == null || reason.isBlank())) {
            throw new RejectedCommand("reason", "Say why the recommendation was not accepted in full");
        }
        items.set(items.indexOf(item), item.respond(response, reason == null ? null : reason.strip(), on));
    }

    public Optional<PlanItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The latest review point on or before the day, if one has passed. */
    public Optional<LocalDate> lastReviewPoint(LocalDate today) {
        return reviewPoints.stream().filter(point -> !point.isAfter(today)).max(Comparator.naturalOrder());
    }

    String label() {
        return switch (kind) {
            case BUSINESS_PLAN -> "business plan";
            case SCRUTINY -> "scrutiny review";
            case LEARNING_REVIEW -> "learning review";
            case AUDIT_IMPROVEMENT -> "audit improvement plan";
            case RISK_MITIGATION -> "risk mitigation plan";
        };
    }

    @Override
    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    public String getPartnershipCode() {
        return partnershipCode;
    }

    @Override
    public List<String> getPartnershipCodes() {
        return List.of(partnershipCode);
    }

    public Kind getKind() {
        return kind;
    }

    public ReviewKind getReviewKind() {
        return reviewKind;
    }

    public String getTitle() {
        return title;
    }

    public Serves getServes() {
        return serves;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getOwningBodyId() {
        return owningBodyId;
    }

    public boolean isPublished() {
        return published;
    }

    public List<LocalDate> getReviewPoints() {
        return reviewPoints;
    }

    public List<PlanItem> getItems() {
        return List.copyOf(items);
    }

    public String getCycleId() {
        return cycleId;
    }
}
