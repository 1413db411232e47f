package org.jointboard.notification;

/** The rungs of the escalation ladder, in order: who is told next about an item still overdue. */
public enum EscalationLevel {

    OWNING_BODY_CHAIR("the chair of the body that owns it"),
    BUSINESS_UNIT("the business unit"),
    INDEPENDENT_CHAIR("the independent chair");

    private final String words;

    EscalationLevel(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
