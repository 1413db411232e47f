package org.jointboard.assessment;

import java.time.Instant;
import java.util.List;

/**
 * What one autosave changes in a return, worked out against the return as it was read: each changed answer at its
 * place in the list (with the revision it must still have), the new ones, and whether this save starts the return.
 * Applied in memory ({@link AuditReturn#apply}) or as one conditional update of the stored document
 * ({@link AtomicAnswerSave}), so the rule lives once.
 */
record AnswerWrite(ReturnState readState, List<Replaced> replaced, List<Answer> added, ReturnEvent started,
        Instant at, String byName) {

    /** The answer at {@code index} becomes {@code next}, if it is still at {@code expectedRevision}. */
    record Replaced(int index, int expectedRevision, Answer next) {
    }

    boolean startsTheReturn() {
        return started != null;
    }
}
