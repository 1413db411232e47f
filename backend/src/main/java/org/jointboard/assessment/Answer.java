package org.jointboard.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The current answer to one question, with every earlier value (oldest first). {@code revision} counts saves, so an
 * editor who saved on top of a revision they never saw is told instead of overwriting it.
 */
public record Answer(String questionCode, String standardCode, AnswerValue value, List<Addendum> addenda, int revision,
        Instant answeredAt, String answeredBy, List<AnswerRevision> history) {

    public Answer {
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
        history = history == null ? List.of() : List.copyOf(history);
    }

    static Answer first(String questionCode, String standardCode, AnswerValue value, List<Addendum> addenda, Instant at, String by) {
        return new Answer(questionCode, standardCode, value, addenda, 1, at, by, List.of());
    }

    Answer next(AnswerValue newValue, List<Addendum> newAddenda, Instant at, String by) {
        var earlier = new ArrayList<>(history);
        earlier.add(new AnswerRevision(revision, value, answeredAt, answeredBy));
        return new Answer(questionCode, standardCode, newValue, newAddenda, revision + 1, at, by, earlier);
    }

    public boolean isAnswered() {
        return value != null && !value.isEmpty();
    }
}
