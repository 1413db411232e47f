package org.jointboard.partnership;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A person was added or their details changed. */
public record PersonChanged(String action, Document before, Person after) implements AuditedChange.OfRecord<Person> {
}
