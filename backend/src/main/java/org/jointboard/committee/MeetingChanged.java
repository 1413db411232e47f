package org.jointboard.committee;

import java.util.Collection;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A meeting was scheduled, its record written, or its attendance recorded or locked. */
public record MeetingChanged(String action, Document before, Meeting after) implements AuditedChange {

    @Override
    public String recordType() {
        return "Meeting";
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
