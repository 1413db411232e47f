package org.jointboard.committee;

import java.time.LocalDate;

/**
 * A person's seat on a body for a period ({@code endDate} null while it lasts), in a role, representing an
 * organisation (null for independent members such as the chair or a lay member).
 */
public record Membership(String id, String personId, MembershipRole role, String representingOrganisationCode,
        LocalDate startDate, LocalDate endDate) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        LocalDate otherEnd = end == null ? LocalDate.MAX : end;
        LocalDate thisEnd = endDate == null ? LocalDate.MAX : endDate;
        return !start.isAfter(thisEnd) && !startDate.isAfter(otherEnd);
    }

    Membership endingOn(LocalDate date) {
        return new Membership(id, personId, role, representingOrganisationCode, startDate, date);
    }
}
