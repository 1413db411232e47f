package org.jointboard.assessment;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A framework was drafted, changed or published (frameworks are national: no partnership). */
public record FrameworkChanged(String action, Document before, Framework after) implements AuditedChange {

    @Override
    public String recordType() {
        return "Framework";
    }

    @Override
    public String recordId() {
        return after.getId();
    }

    @Override
    public Collection<String> partnershipCodes() {
        return List.of();
    }
}
