package org.jointboard.audit;

import java.util.List;

/** A record kept under its id and filed under the partnerships it belongs to: most of what the audit trail records. */
public interface AuditedRecord {

    String getId();

    List<String> getPartnershipCodes();

    /** The one organisation the record is of, if it is (a return is its organisation's); null for a board's own records. */
    default String getOrganisationCode() {
        return null;
    }
}
