package org.jointboard.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.jointboard.common.ConflictingChange;
import org.jointboard.common.RejectedCommand;

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

    /**
     * Plans an autosave on a return that may be answered. Refused: a question not in it, an invalid answer, the same
     * question twice, and an answer someone else saved after the editor saw it (CONFLICT at that answer).
     */
    static AnswerWrite plan(AuditReturn read, Framework framework, List<AnswerChange> changes, Actor actor, Instant at) {
        var replaced = new ArrayList<Replaced>();
        var added = new ArrayList<Answer>();
        var seen = new HashSet<String>();
        for (AnswerChange change : changes) {
            Question question = framework.question(change.questionCode()).filter(q -> q.appliesTo(read.getServes(), read.getEstablishmentType()))
                    .orElseThrow(() -> new RejectedCommand(change.field() + ".questionCode",
                            "There is no question " + change.questionCode() + " in this return"));
            if (!seen.add(question.code())) {
                throw new RejectedCommand(change.field() + ".questionCode", "Question " + question.code() + " is given twice: give it once");
            }
            AnswerRules.check(question, change, framework, read.getPartnershipCodes());
            int index = read.indexOf(question.code());
            Optional<Answer> current = index < 0 ? Optional.empty() : Optional.of(read.getAnswers().get(index));
            int currentRevision = current.map(Answer::revision).orElse(0);
            if (currentRevision != change.expectedRevision()) {
                throw new ConflictingChange(change.field(), "Someone else saved an answer to " + question.code() + " after you opened it ("
                        + current.map(Answer::answeredBy).orElse("answer cleared") + "). Your answer is not saved: reload to see theirs.");
            }
            if (current.isPresent()) {
                replaced.add(new Replaced(index, currentRevision, current.get().next(change.value(), change.addenda(), at, actor.name())));
            } else {
                added.add(Answer.first(question.code(), framework.standardOf(question.code()), change.value(), change.addenda(), at, actor.name()));
            }
        }
        ReturnState state = read.getState();
        ReturnEvent started = state == ReturnState.NOT_STARTED
                ? new ReturnEvent(ReturnEvent.Action.STARTED, state, ReturnState.IN_PROGRESS, at, actor.username(), actor.name(), null, null)
                : null;
        return new AnswerWrite(state, replaced, added, started, at, actor.name());
    }

    boolean startsTheReturn() {
        return started != null;
    }
}
