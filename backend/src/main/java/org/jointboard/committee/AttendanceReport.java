package org.jointboard.committee;

import java.time.LocalDate;
import java.util.List;

/** Attendance over a period, by member, by organisation represented and by body. */
public record AttendanceReport(String partnershipCode, LocalDate from, LocalDate to, List<AttendanceRate> byMember,
        List<AttendanceRate> byOrganisation, List<AttendanceRate> byCommittee) {
}
