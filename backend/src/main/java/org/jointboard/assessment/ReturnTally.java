package org.jointboard.assessment;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the tracker and the summaries count in one cycle for one partnership, a row per return, kept up to date as the
 * returns change ({@link ReturnTallies}), so that reading them is one read by id whatever the number of returns.
 *
 * @param built whether every return of the cycle has a row (rows written before a first full build may be only some)
 */
@Document("returnTallies")
record ReturnTally(@Id String id, String cycleId, String partnershipCode, boolean built, Map<String, TallyRow> rows) {

    static String id(String cycleId, String partnershipCode) {
        return cycleId + "/" + partnershipCode;
    }

    ReturnTally {
        rows = rows == null ? Map.of() : rows;
    }
}
