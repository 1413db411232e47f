package org.jointboard.committee;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A committee was created or changed, or its membership changed. */
public record CommitteeChanged(String action, Document before, Committee after) implements AuditedChange.OfRecord<Committee> {
}
