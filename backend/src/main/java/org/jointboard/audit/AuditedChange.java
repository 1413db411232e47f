package org.jointboard.audit;

import java.util.Collection;

import org.bson.Document;

/**
 * A change the audit trail keeps. Every successful mutation publishes exactly one, as a domain event of the feature
 * that owns the record (for example {@code ReturnChanged}); {@link AuditTrail} listens and writes it.
 */
public interface AuditedChange {

    /** The command, named as the mutation is in the schema (for example {@code submitReturn}). */
    String action();

    String recordType();

    String recordId();

    Collection<String> partnershipCodes();

    /** The record as stored before the change ({@link Snapshots#of}), or null for a new record. */
    Document before();

    /** The record as saved. */
    Object after();

    /** The reason the command gave, where it had one (closing, returning, re-opening, setting a RAG by hand…). */
    default String reason() {
        return null;
    }

    /** The organisation the record is of, where it is one organisation's (a return): its lead may read its history. */
    default String organisationCode() {
        return null;
    }

    /**
     * A change to an {@link AuditedRecord}: its type, id and partnerships come from the record, so the event record
     * names only the action and the record before and after.
     */
    interface OfRecord<T extends AuditedRecord> extends AuditedChange {

        @Override
        T after();

        @Override
        default String recordType() {
            return after().getClass().getSimpleName();
        }

        @Override
        default String recordId() {
            return after().getId();
        }

        @Override
        default Collection<String> partnershipCodes() {
            return after().getPartnershipCodes();
        }

        @Override
        default String organisationCode() {
            return after().getOrganisationCode();
        }
    }
}
