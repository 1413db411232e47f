package org.jointboard.assessment;

import java.util.Collection;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A return moved: answers saved, submitted, signed off, sent back, accepted, reopened, moderated, challenged or its feedback released; {@link #action()} says which. */
public record ReturnChanged(String action, Document before, AuditReturn after) implements AuditedChange {

    @Override
    public String recordType() {
        return "AuditReturn";
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
