package org.jointboard.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How values read in a CSV cell and in messages, and the guard that keeps user text from being run as a formula. */
final class Cells {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Cells() {
    }

    /**
     * Text a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return before one) gets a
     * leading apostrophe, as OWASP advises for CSV injection.
     */
    static String guarded(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> date.toString();
            case Instant instant -> DATE_TIME.format(instant.atZone(LONDON));
            case Boolean yes -> yes ? "Yes" : "No";
            case Number number -> number.toString();
            default -> guarded(value.toString());
        };
    }

    static String shorten(String value) {
        String plain = value.replaceAll("\\p{Cntrl}", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
