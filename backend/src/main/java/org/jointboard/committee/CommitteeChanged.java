package org.jointboard.committee;

import java.util.Collection;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A committee was created or changed, or its membership changed. */
public record CommitteeChanged(String action, Document before, Committee after) implements AuditedChange {

    @Override
    public String recordType() {
        return "Committee";
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
