package org.jointboard.assessment;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A return moved: answers saved, submitted, signed off, sent back, accepted, reopened, moderated, challenged or its feedback released; {@link #action()} says which. */
public record ReturnChanged(String action, Document before, AuditReturn after) implements AuditedChange.OfRecord<AuditReturn> {

    /** Returning for changes and re-opening say why; the reason is the return's latest step's. */
    @Override
    public String reason() {
        if (!action.equals("returnForChanges") && !action.equals("reopenReturn")) {
            return null;
        }
        var events = after.getEvents();
        return events.isEmpty() ? null : events.getLast().reason();
    }
}
