package org.jointboard.assessment;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A return moved: answers saved, submitted, signed off, sent back, accepted, reopened, moderated, challenged or its feedback released; {@link #action()} says which. */
public record ReturnChanged(String action, Document before, AuditReturn after) implements AuditedChange.OfRecord<AuditReturn> {
}
