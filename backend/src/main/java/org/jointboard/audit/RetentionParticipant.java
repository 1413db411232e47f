package org.jointboard.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's part in retention: it finds its records of one {@link RetentionKind} whose period began on or before a
 * date, and disposes of those retention decides may go. Features implement it as a bean; retention decides, per record,
 * against the policy and the legal holds of every partnership the record is filed under.
 */
public interface RetentionParticipant {

    RetentionKind kind();

    /**
     * Records of this kind whose retention period began on or before {@code startedBy}, in one partnership (or every
     * partnership, if null), oldest first.
     */
    List<RetainedRecord> startedBy(LocalDate startedBy, String partnershipCode);

    /** Deletes the records (or, for a {@link RetentionKind.Disposal#REDACT} kind, removes the personal data in them). */
    void dispose(List<RetainedRecord> records);
}
