package org.jointboard.assessment;

import java.time.Instant;

/** A section of a return the organisation's lead gave to a colleague (by Keycloak username) to answer. */
public record SectionAssignment(String sectionCode, String username, String name, Instant assignedAt, String assignedBy) {
}
