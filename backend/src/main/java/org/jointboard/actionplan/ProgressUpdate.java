package org.jointboard.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/** A dated update on an action: who, when, what, and the status it left the action in. Internal ones are for the board only. */
public record ProgressUpdate(LocalDate on, Instant at, String byUsername, String byName, String text, Action.Status status,
        boolean internal) {
}
