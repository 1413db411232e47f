package org.jointboard.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bson.Document;

/**
 * A record a {@link RetentionParticipant} holds, as retention needs to judge it: when its period started, what a legal
 * hold could name it by (its partnerships, its cycle, its id, the people in it) and the record as stored, for the archive.
 *
 * @param since the date its retention period runs from (a cycle's deadline, the day a risk was closed…)
 * @param cycleId the audit cycle it belongs to, or null
 * @param personIds the people it is about or names
 */
public record RetainedRecord(String recordType, String id, String label, List<String> partnershipCodes, LocalDate since,
        String cycleId, Set<String> personIds, Document stored) {

    public RetainedRecord {
        partnershipCodes = List.copyOf(partnershipCodes);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
    }
}
