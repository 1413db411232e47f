package org.jointboard.common;

/** Small text helpers shared by the services. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when there is none: optional input fields are stored as null, never as blanks. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
