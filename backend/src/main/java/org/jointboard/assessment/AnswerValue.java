package org.jointboard.assessment;

/** An answer's value; which field is used depends on the question's answer type (TEXT and EVIDENCE use {@code text}). */
public record AnswerValue(String rating, Boolean yesNo, Double number, String text, String choice) {

    public static final AnswerValue EMPTY = new AnswerValue(null, null, null, null, null);

    public boolean isEmpty() {
        return rating == null && yesNo == null && number == null && (text == null || text.isBlank()) && choice == null;
    }
}
