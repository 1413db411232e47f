package org.jointboard.committee;

/** PRESENT and DEPUTY count as attended; APOLOGIES and ABSENT do not. */
public enum AttendanceStatus {
    PRESENT, APOLOGIES, ABSENT, DEPUTY;

    public boolean attended() {
        return this == PRESENT || this == DEPUTY;
    }
}
