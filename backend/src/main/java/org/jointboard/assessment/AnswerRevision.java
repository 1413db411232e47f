package org.jointboard.assessment;

import java.time.Instant;

/** An earlier value of an answer, kept when it was changed. */
public record AnswerRevision(int revision, AnswerValue value, Instant at, String byName) {
}
