package org.jointboard.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The current answer to one question, with every earlier value (oldest first). {@code revision} counts saves, so an
 * editor who saved on top of a revision they never saw is told instead of overwriting it.
 *
 * @param lastYear the answer the organisation gave in the cycle before, if this one started from it
 * @param toConfirm carried forward from last year and not yet confirmed or changed: it does not count as answered
 */
public record Answer(String questionCode, String standardCode, AnswerValue value, List<Addendum> addenda, int revision,
        Instant answeredAt, String answeredBy, List<AnswerRevision> history, LastYearsAnswer lastYear, boolean toConfirm) {

    public Answer {
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
        history = history == null ? List.of() : List.copyOf(history);
    }

    static Answer first(String questionCode, String standardCode, AnswerValue value, List<Addendum> addenda, Instant at, String by) {
        return new Answer(questionCode, standardCode, value, addenda, 1, at, by, List.of(), null, false);
    }

    /** Last cycle's answer as this cycle's starting point: revision 0 (no save in this return yet), to be confirmed. */
    static Answer carried(String questionCode, String standardCode, List<Addendum> addenda, LastYearsAnswer lastYear) {
        return new Answer(questionCode, standardCode, lastYear.value(), addenda, 0, lastYear.answeredAt(), lastYear.answeredBy(), List.of(),
                lastYear, true);
    }

    /** The next save: a new value, or the same one confirmed. */
    Answer next(AnswerValue newValue, List<Addendum> newAddenda, Instant at, String by) {
        var earlier = new ArrayList<>(history);
        earlier.add(new AnswerRevision(revision, value, answeredAt, answeredBy));
        return new Answer(questionCode, standardCode, newValue, newAddenda, revision + 1, at, by, earlier, lastYear, false);
    }

    /** The same answer with other addenda (as a caller may see them). */
    Answer withAddenda(List<Addendum> visible) {
        return new Answer(questionCode, standardCode, value, visible, revision, answeredAt, answeredBy, history, lastYear, toConfirm);
    }

    /** Answered this cycle: a value given, and if it came from last year, confirmed. */
    public boolean isAnswered() {
        return !toConfirm && value != null && !value.isEmpty();
    }

    /** Confirmed or changed, and different from last year's answer. */
    public boolean changedSinceLastYear() {
        return lastYear != null && !toConfirm && !lastYear.value().equals(value);
    }
}
