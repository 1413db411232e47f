package org.jointboard.audit;

import java.util.List;

/** A person whose data a subject access export gathers: who they are, as the people register holds them. */
public record DataSubject(String personId, String name, String username, String email, String organisationCode,
        List<String> partnershipCodes) {

    public DataSubject {
        partnershipCodes = List.copyOf(partnershipCodes);
    }
}
