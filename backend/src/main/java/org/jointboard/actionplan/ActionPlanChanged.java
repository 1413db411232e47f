package org.jointboard.actionplan;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A plan was created or changed, an item saved or a recommendation answered; {@link #action()} names the mutation. */
public record ActionPlanChanged(String action, Document before, ActionPlan after) implements AuditedChange.OfRecord<ActionPlan> {
}
