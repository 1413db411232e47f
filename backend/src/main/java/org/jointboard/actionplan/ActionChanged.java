package org.jointboard.actionplan;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** An action was raised or changed, an update recorded or drafted, or its RAG set by hand; {@link #action()} names the mutation. */
public record ActionChanged(String action, Document before, Action after) implements AuditedChange.OfRecord<Action> {
}
