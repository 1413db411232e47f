package org.jointboard.committee;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A meeting was scheduled, its record written, or its attendance recorded or locked. */
public record MeetingChanged(String action, Document before, Meeting after) implements AuditedChange.OfRecord<Meeting> {
}
