package org.jointboard.risk;

import java.time.Instant;

/** A comment from the executive group or the chair on a risk. Internal: not shown to viewers. */
public record RiskComment(Instant at, String byUsername, String byName, String text) {
}
