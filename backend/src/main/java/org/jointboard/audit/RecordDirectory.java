package org.jointboard.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a legal hold may name: a feature tells retention which of its records exist, what they are called and which
 * partnerships they are filed under, so a hold is placed only on a real record of the partnership placing it.
 */
public interface RecordDirectory {

    /** The record types this feature holds, as the audit trail names them (for example {@code AuditCycle}). */
    Set<String> recordTypes();

    Optional<Entry> find(String recordType, String id);

    record Entry(String label, List<String> partnershipCodes) {

        public Entry {
            partnershipCodes = List.copyOf(partnershipCodes);
        }
    }
}
