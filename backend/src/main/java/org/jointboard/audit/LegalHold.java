package org.jointboard.audit;

import java.time.Instant;
import java.util.List;

import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An instruction that nothing under it may be deleted, whatever the policy says, until it is lifted: a whole
 * partnership, one audit cycle, one record or everything naming one person (an inquiry's instruction not to destroy
 * records). A hold is never deleted; lifting it is recorded with who, when and why.
 */
@Document("legalHolds")
public class LegalHold implements AuditedRecord {

    public enum Scope { PARTNERSHIP, CYCLE, RECORD, PERSON }

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String partnershipCode;
    private Scope scope;
    private String targetId;
    private String targetLabel;
    private String reason;
    private String placedBy;
    private Instant placedAt;
    private String liftedBy;
    private Instant liftedAt;
    private String liftReason;

    protected LegalHold() {
    }

    LegalHold(String partnershipCode, Scope scope, String targetId, String targetLabel, String reason, String placedBy, Instant placedAt) {
        this.partnershipCode = partnershipCode;
        this.scope = scope;
        this.targetId = scope == Scope.PARTNERSHIP ? partnershipCode : targetId;
        this.targetLabel = targetLabel;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void lift(String reason, String by, Instant at) {
        if (!isActive()) {
            throw new RejectedCommand("holdId", "This hold was lifted on " + liftedAt + " by " + liftedBy);
        }
        this.liftReason = reason;
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    /** Whether this hold, if active, keeps the record. */
    public boolean covers(RetainedRecord record) {
        if (!isActive() || !record.partnershipCodes().contains(partnershipCode)) {
            return false;
        }
        return switch (scope) {
            case PARTNERSHIP -> true;
            case CYCLE -> targetId.equals(record.cycleId());
            case RECORD -> targetId.equals(record.id());
            case PERSON -> record.personIds().contains(targetId);
        };
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public List<String> getPartnershipCodes() {
        return List.of(partnershipCode);
    }

    public Long getVersion() {
        return version;
    }

    public String getPartnershipCode() {
        return partnershipCode;
    }

    public Scope getScope() {
        return scope;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public String getReason() {
        return reason;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftReason() {
        return liftReason;
    }
}
