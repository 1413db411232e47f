package org.jointboard.committee;

/**
 * One member's attendance at one meeting. The organisation they represented is kept as it was that day,
 * so an organisation's attendance rate does not change when people move on.
 */
public record AttendanceEntry(String personId, String organisationCode, AttendanceStatus status, String deputyName) {
}
