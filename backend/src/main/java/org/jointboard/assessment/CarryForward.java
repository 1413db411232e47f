package org.jointboard.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jointboard.common.RejectedCommand;

/**
 * A new cycle's return starts from the organisation's answers in its last return of the same framework code: each
 * question of the new edition takes last cycle's answer to the same code, or to a code it replaces (a renamed or split
 * question, as the framework's data says), if that answer still fits it by the answer rules. Each is marked to confirm:
 * it counts as answered only once the organisation confirms or changes it.
 */
final class CarryForward {

    private CarryForward() {
    }

    /** Last cycle's answers that fit the new return's questions, to confirm. */
    static List<Answer> answers(AuditReturn previous, Framework previousFramework, AuditReturn into, Framework framework) {
        var carried = new ArrayList<Answer>();
        framework.standards().forEach(standard -> standard.questions().stream()
                .filter(q -> q.appliesTo(into.getServes(), into.getEstablishmentType()))
                .forEach(question -> lastAnswerFor(question, previous, previousFramework).filter(last -> fits(question, last, framework, into))
                        .ifPresent(last -> carried.add(Answer.carried(question.code(), standard.code(), last.addenda().stream()
                                .filter(a -> into.covers(a.partnershipCode())).toList(),
                                new LastYearsAnswer(previous.getCycleId(), previous.getCycleTitle(), last.questionCode(), last.value(),
                                        last.answeredAt(), last.answeredBy()))))));
        return List.copyOf(carried);
    }

    /** The answer last cycle gave to this question's code, or else to the first code it replaces that was answered the same way. */
    private static Optional<Answer> lastAnswerFor(Question question, AuditReturn previous, Framework previousFramework) {
        return Stream.concat(Stream.of(question.code()), question.replaces().stream())
                .flatMap(code -> previous.answer(code).filter(Answer::isAnswered).stream())
                .filter(answer -> previousFramework.question(answer.questionCode()).map(Question::answerType)
                        .filter(type -> type == question.answerType()).isPresent())
                .findFirst();
    }

    private static boolean fits(Question question, Answer last, Framework framework, AuditReturn into) {
        try {
            AnswerRules.check(question, new AnswerChange("answer", question.code(), 0, last.value(), List.of()), framework, into.getPartnershipCodes());
            return true;
        } catch (RejectedCommand doesNotFit) {
            return false;
        }
    }
}
