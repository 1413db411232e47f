package org.jointboard.assessment;

import java.util.List;

import org.jointboard.common.RejectedCommand;

/** Whether a value fits its question: the right kind of answer, a rating of the scale, a listed choice, a number in range. */
final class AnswerRules {

    private AnswerRules() {
    }

    static void check(Question question, AnswerChange change, Framework framework, List<String> partnershipCodes) {
        AnswerValue value = change.value();
        String field = change.field();
        for (int i = 0; i < change.addenda().size(); i++) {
            if (!partnershipCodes.contains(change.addenda().get(i).partnershipCode())) {
                throw new RejectedCommand(field + ".addenda[" + i + "].partnership",
                        "This return does not cover " + change.addenda().get(i).partnershipCode());
            }
        }
        if (value.isEmpty()) {
            return;
        }
        String used = usedField(value);
        String expected = fieldFor(question.answerType());
        if (!expected.equals(used)) {
            throw new RejectedCommand(field + "." + used, question.code() + " is answered with " + describe(question.answerType()));
        }
        switch (question.answerType()) {
            case RATING -> {
                if (framework.level(value.rating()).isEmpty()) {
                    throw new RejectedCommand(field + ".rating", "Choose one of: " + String.join(", ",
                            framework.getContent().ratingScale().stream().map(RatingLevel::label).toList()));
                }
            }
            case CHOICE -> {
                if (!question.choices().contains(value.choice())) {
                    throw new RejectedCommand(field + ".choice", "Choose one of: " + String.join(", ", question.choices()));
                }
            }
            case NUMBER -> {
                if (question.minimum() != null && value.number() < question.minimum()
                        || question.maximum() != null && value.number() > question.maximum()) {
                    throw new RejectedCommand(field + ".number", "Enter a number from " + format(question.minimum()) + " to " + format(question.maximum()));
                }
            }
            default -> { }
        }
    }

    private static String usedField(AnswerValue value) {
        if (value.rating() != null) {
            return "rating";
        }
        if (value.yesNo() != null) {
            return "yesNo";
        }
        if (value.number() != null) {
            return "number";
        }
        if (value.choice() != null) {
            return "choice";
        }
        return "text";
    }

    private static String fieldFor(AnswerType type) {
        return switch (type) {
            case RATING -> "rating";
            case YES_NO -> "yesNo";
            case NUMBER -> "number";
            case CHOICE -> "choice";
            case TEXT, EVIDENCE -> "text";
        };
    }

    private static String describe(AnswerType type) {
        return switch (type) {
            case RATING -> "a rating";
            case YES_NO -> "yes or no";
            case NUMBER -> "a number";
            case CHOICE -> "one of its choices";
            case TEXT -> "text";
            case EVIDENCE -> "an evidence reference";
        };
    }

    private static String format(Double bound) {
        return bound == null ? "any" : bound % 1 == 0 ? String.valueOf(bound.longValue()) : String.valueOf(bound);
    }
}
