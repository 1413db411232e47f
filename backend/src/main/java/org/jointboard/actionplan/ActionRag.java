package org.jointboard.actionplan;

/** How an action is doing, as red, amber or green, or closed without being done. Always shown with its words. */
public enum ActionRag {
    RED("Red: overdue or off track"),
    AMBER("Amber: at risk, or due soon with no update since the last review point"),
    GREEN("Green: on track or complete"),
    CLOSED("Closed: not done");

    private final String words;

    ActionRag(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
