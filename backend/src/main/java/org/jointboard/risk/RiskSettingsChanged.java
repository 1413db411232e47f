package org.jointboard.risk;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A partnership's risk appetite or review frequencies changed. */
public record RiskSettingsChanged(String action, Document before, RiskSettings after) implements AuditedChange {

    @Override
    public String recordType() {
        return "RiskSettings";
    }

    @Override
    public String recordId() {
        return after.getPartnershipCode();
    }

    @Override
    public Collection<String> partnershipCodes() {
        return List.of(after.getPartnershipCode());
    }
}
