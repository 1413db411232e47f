package org.jointboard.actionplan;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A partnership changed its action settings; {@link #action()} names the mutation. */
public record ActionSettingsChanged(String action, Document before, ActionSettings after) implements AuditedChange.OfRecord<ActionSettings> {
}
