package org.jointboard.partnership;

import java.util.Collection;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A person was added or their details changed. */
public record PersonChanged(String action, Document before, Person after) implements AuditedChange {

    @Override
    public String recordType() {
        return "Person";
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
