package org.jointboard.notification;

import java.util.Collection;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A board admin sent reminders now: the run's counts, kept in the audit trail (the log holds each message). */
public record RemindersSent(String recordId, Collection<String> partnershipCodes, Document after) implements AuditedChange {

    @Override
    public String action() {
        return "sendRemindersNow";
    }

    @Override
    public String recordType() {
        return "ReminderRun";
    }

    @Override
    public Document before() {
        return null;
    }
}
