package org.jointboard.notification;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A partnership changed how it chases; {@link #action()} names the mutation. */
public record NotificationSettingsChanged(String action, Document before, NotificationSettings after) implements AuditedChange.OfRecord<NotificationSettings> {
}
