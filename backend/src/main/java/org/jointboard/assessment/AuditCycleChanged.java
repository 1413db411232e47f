package org.jointboard.assessment;

import java.util.Collection;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A cycle was created or issued (issuing creates its returns). */
public record AuditCycleChanged(String action, Document before, AuditCycle after) implements AuditedChange {

    @Override
    public String recordType() {
        return "AuditCycle";
    }

    @Override
    public String recordId() {
        return after.getId();
    }

    @Override
    public Collection<String> partnershipCodes() {
        return after.getPartnershipCodes();
    }
}
