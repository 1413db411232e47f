package org.jointboard.committee;

/**
 * Attendance of one member, organisation or body over a period: {@code attended} of {@code expected} meetings.
 * A member is expected at every meeting of a body held while they were a member and whose attendance was
 * recorded; a deputy standing in counts as attended, apologies do not. The rate is attended ÷ expected as a
 * whole percentage, rounded half up (no rate when nothing was expected).
 */
public record AttendanceRate(String key, String name, int attended, int expected) {

    public Integer percent() {
        return expected == 0 ? null : (int) Math.round(100.0 * attended / expected);
    }
}
