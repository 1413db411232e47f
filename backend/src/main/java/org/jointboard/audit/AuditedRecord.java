package org.jointboard.audit;

import java.util.List;

/** A record kept under its id and filed under the partnerships it belongs to: most of what the audit trail records. */
public interface AuditedRecord {

    String getId();

    List<String> getPartnershipCodes();
}
