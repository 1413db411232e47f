package org.jointboard.actionplan;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** An action was raised or changed, an update recorded or drafted, or its RAG set by hand; {@link #action()} names the mutation. */
public record ActionChanged(String action, Document before, Action after) implements AuditedChange.OfRecord<Action> {

    @Override
    public String reason() {
        return switch (action) {
            case "overrideActionRag" -> after.getRagOverride() == null ? "Back to the derived RAG" : after.getRagOverride().reason();
            case "recordActionProgress" -> after.getClosedReason();
            default -> null;
        };
    }
}
