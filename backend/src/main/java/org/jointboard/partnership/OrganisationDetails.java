package org.jointboard.partnership;

import java.util.Set;

/** The editable facts of an organisation, already checked by {@link OrganisationService}. */
public record OrganisationDetails(String name, OrganisationKind kind, School school, Set<String> partnershipCodes) {
}
