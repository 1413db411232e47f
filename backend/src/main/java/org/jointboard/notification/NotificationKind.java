package org.jointboard.notification;

/** What a reminder chases. */
public enum NotificationKind {

    RETURN("Return", "deadline"),
    RISK_REVIEW("Risk review", "review date"),
    ACTION("Action", "due date"),
    /** The weekly digest to the business unit: not an item of its own. */
    DIGEST("Weekly digest", "week");

    private final String label;
    private final String deadlineWord;

    NotificationKind(String label, String deadlineWord) {
        this.label = label;
        this.deadlineWord = deadlineWord;
    }

    public String label() {
        return label;
    }

    /** What the item's date is called in a message ("deadline", "review date"). */
    public String deadlineWord() {
        return deadlineWord;
    }
}
