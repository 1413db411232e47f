package org.jointboard.risk;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A risk was raised, described, reviewed, commented on, escalated, accepted or closed; {@link #action()} says which. */
public record RiskChanged(String action, Document before, Risk after) implements AuditedChange {

    @Override
    public String recordType() {
        return "Risk";
    }

    @Override
    public String recordId() {
        return after.getId();
    }

    @Override
    public Collection<String> partnershipCodes() {
        return List.of(after.getPartnershipCode());
    }

    @Override
    public String reason() {
        return switch (action) {
            case "closeRisk" -> after.getClosedReason();
            case "acceptRisk" -> "Accepted by " + after.getAcceptedBy() + " until " + after.getAcceptanceExpires();
            default -> null;
        };
    }
}
