package org.jointboard.assessment;

import java.time.Instant;

/** The board's rating of a standard after challenge, beside the organisation's self-rating. */
public record ModeratedRating(String standardCode, String rating, String rationale, String byName, Instant at) {
}
