package org.jointboard.committee;

/**
 * One member's attendance at one meeting. The organisation they represented is kept as it was that day,
 * so an organisation's attendance rate does not change when people move on.
 *
 * @param recordedAfterVersion the meeting's version when this entry was last changed (null in records made before
 *        entries kept it): someone who saw an older version did not see this entry
 */
public record AttendanceEntry(String personId, String organisationCode, AttendanceStatus status, String deputyName,
        Long recordedAfterVersion) {

    public AttendanceEntry(String personId, String organisationCode, AttendanceStatus status, String deputyName) {
        this(personId, organisationCode, status, deputyName, null);
    }

    boolean sameAs(AttendanceEntry other) {
        return other != null && status == other.status && java.util.Objects.equals(deputyName, other.deputyName);
    }
}
