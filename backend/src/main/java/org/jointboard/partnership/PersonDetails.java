package org.jointboard.partnership;

import java.util.Set;

/** The editable facts of a person, already checked by {@link PersonService}. */
public record PersonDetails(String name, String jobTitle, String organisationCode, String email, String username,
        Set<String> partnershipCodes) {
}
