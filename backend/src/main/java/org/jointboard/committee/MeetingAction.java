package org.jointboard.committee;

import java.time.LocalDate;

/** An action arising from a meeting: what, who leads it, by when, and whether it is done. */
public record MeetingAction(String id, String description, String leadPersonId, LocalDate dueDate, boolean done) {
}
