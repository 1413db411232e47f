package org.jointboard.assessment;

import java.time.Instant;

/**
 * The answer an organisation gave in its return of the cycle before, carried into this one.
 *
 * @param questionCode the question's code in that cycle's framework (another code if the question was renamed or split)
 */
public record LastYearsAnswer(String cycleId, String cycleTitle, String questionCode, AnswerValue value, Instant answeredAt,
        String answeredBy) {
}
