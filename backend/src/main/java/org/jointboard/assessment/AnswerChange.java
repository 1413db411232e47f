package org.jointboard.assessment;

import java.util.List;

/**
 * One answer an editor saves.
 *
 * @param field the input path to name in an error, for example {@code answers[2]}
 * @param expectedRevision the revision the editor last saw (0 for a question they saw unanswered)
 */
record AnswerChange(String field, String questionCode, int expectedRevision, AnswerValue value, List<Addendum> addenda) {
}
