package org.jointboard.partnership;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A partnership was created or its details changed. */
public record PartnershipChanged(String action, Document before, Partnership after) implements AuditedChange {

    @Override
    public String recordType() {
        return "Partnership";
    }

    @Override
    public String recordId() {
        return after.getCode();
    }

    @Override
    public Collection<String> partnershipCodes() {
        return List.of(after.getCode());
    }
}
