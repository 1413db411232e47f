package org.jointboard.notification;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A person changed how they are reminded; {@link #action()} names the mutation. */
public record NotificationPreferenceChanged(String action, Document before, NotificationPreference after)
        implements AuditedChange.OfRecord<NotificationPreference> {
}
