package org.jointboard.audit;

/**
 * The kinds of record a retention policy sets a period for, each with the date its period runs from and what happens
 * when it has passed: the record is deleted, or (attendance) the personal data inside it is replaced and the rest kept.
 */
public enum RetentionKind {

    RETURNS("Returns and their answers", "after the cycle's deadline", Disposal.DELETE),
    CLOSED_RISKS("Closed risks", "after the risk was closed", Disposal.DELETE),
    CLOSED_ACTIONS("Completed and closed actions", "after the action was completed or closed", Disposal.DELETE),
    MEETINGS("Meeting records: agenda, papers, decisions and attendance", "after the meeting", Disposal.DELETE),
    ATTENDANCE_NAMES("Names in attendance records", "after the meeting; each name becomes \"former member\", the organisation and the counts are kept",
            Disposal.REDACT),
    AUDIT_EVENTS("Audit events", "after the change was made", Disposal.DELETE);

    public enum Disposal { DELETE, REDACT }

    private final String label;
    private final String runsFrom;
    private final Disposal disposal;

    RetentionKind(String label, String runsFrom, Disposal disposal) {
        this.label = label;
        this.runsFrom = runsFrom;
        this.disposal = disposal;
    }

    public String label() {
        return label;
    }

    /** When the period starts, in words ("after the cycle's deadline"). */
    public String runsFrom() {
        return runsFrom;
    }

    public Disposal disposal() {
        return disposal;
    }
}
