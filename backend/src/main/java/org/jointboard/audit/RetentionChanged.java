package org.jointboard.audit;

import java.util.Collection;

import org.bson.Document;

/** Retention's own changes, kept in the trail like any other: policies, legal holds, and what each run deleted. */
public final class RetentionChanged {

    private RetentionChanged() {
    }

    public record PolicyChanged(String action, Document before, RetentionPolicy after) implements AuditedChange.OfRecord<RetentionPolicy> {
    }

    public record HoldChanged(String action, Document before, LegalHold after, String reason) implements AuditedChange.OfRecord<LegalHold> {
    }

    /** One kind's part of one run: how many records went, the archive's checksum and the ids. */
    public record RunRecorded(String recordId, Collection<String> partnershipCodes, Document after, String reason) implements AuditedChange {

        @Override
        public String action() {
            return "runRetention";
        }

        @Override
        public String recordType() {
            return "RetentionRun";
        }

        @Override
        public Document before() {
            return null;
        }
    }

    /** A subject access export: who it was about and how much it held, never the data itself. */
    public record SubjectAccessExported(String recordId, Collection<String> partnershipCodes, Document after, String reason)
            implements AuditedChange {

        @Override
        public String action() {
            return "exportSubjectAccess";
        }

        @Override
        public String recordType() {
            return "Person";
        }

        @Override
        public Document before() {
            return null;
        }
    }
}
