package org.jointboard.assessment;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A cycle was created or issued (issuing creates its returns). */
public record AuditCycleChanged(String action, Document before, AuditCycle after) implements AuditedChange.OfRecord<AuditCycle> {
}
