package org.jointboard.partnership;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A school register was imported into a partnership: how many rows, and how many schools were added or changed. */
public record SchoolsImported(String partnership, int rows, int created, int updated, int unchanged) implements AuditedChange {

    @Override
    public String action() {
        return "importSchools";
    }

    @Override
    public String recordType() {
        return "Organisation";
    }

    @Override
    public String recordId() {
        return partnership;
    }

    @Override
    public Collection<String> partnershipCodes() {
        return List.of(partnership);
    }

    @Override
    public Document before() {
        return null;
    }

    @Override
    public Object after() {
        return this;
    }
}
