package org.jointboard.risk;

import java.time.LocalDate;

/** One review of a risk: when, by whom, the residual score then, what was said and decided, and the movement. */
public record RiskReview(LocalDate date, String reviewerPersonId, String reviewerName, RiskScore residual, String commentary,
        String decision, Trend trend) {
}
