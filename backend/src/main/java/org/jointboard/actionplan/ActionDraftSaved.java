package org.jointboard.actionplan;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** Someone saved (autosaved) their draft of an update on an action. */
public record ActionDraftSaved(String action, Document before, ActionDraft after) implements AuditedChange.OfRecord<ActionDraft> {
}
