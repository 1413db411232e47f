package org.jointboard.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** A challenge event about a return: when, which panel, what was asked and how the organisation answered. */
public record Challenge(LocalDate date, String panel, String questionsRaised, String agencyResponse, String recordedBy, Instant at) {
}
