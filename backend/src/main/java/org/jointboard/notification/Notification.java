package org.jointboard.notification;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * One message the reminder run decided to send, kept whether or not it went: the log. {@link #key} is unique (kind,
 * item, recipient, step, date), so a second run, a restart or a second backend instance never sends it twice: whoever
 * inserts the entry first sends it.
 *
 * @param step {@code before}, {@code due-today}, {@code overdue-N} (the N-th repeat) or {@code escalated-LEVEL}
 * @param level the escalation rung, or null for a reminder to the item's own people
 */
@org.springframework.data.mongodb.core.mapping.Document("notifications")
@CompoundIndexes({
        @CompoundIndex(name = "by_partnership", def = "{'partnershipCode': 1, 'createdAt': -1, '_id': -1}"),
        @CompoundIndex(name = "by_item", def = "{'itemId': 1, 'createdAt': 1}") })
public record Notification(@Id String id, @Indexed(unique = true) String key, NotificationKind kind, String itemId, String itemTitle, String path,
        String partnershipCode, String recipientName, String recipientEmail, String step, EscalationLevel level, LocalDate deadline, String subject,
        Status status, int attempts, String lastError, Instant createdAt, Instant sentAt, String runId) {

    public enum Status { PENDING, SENT, FAILED, INVALID_ADDRESS }

    static String key(NotificationKind kind, String itemId, String recipient, String step, LocalDate deadline) {
        return kind + "|" + itemId + "|" + recipient.toLowerCase(java.util.Locale.ROOT) + "|" + step + "|" + deadline;
    }
}
