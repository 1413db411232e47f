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

    /** A record a partnership has one of (its settings, its policy), kept under the partnership's code. */
    interface OfOnePartnership extends AuditedRecord {

        String getPartnershipCode();

        @Override
        default String getId() {
            return getPartnershipCode();
        }

        @Override
        default List<String> getPartnershipCodes() {
            return List.of(getPartnershipCode());
        }
    }
}
