package org.jointboard.assessment;

/** How a question is answered. A standard's RATING question carries its self-rating. */
public enum AnswerType {
    RATING, YES_NO, NUMBER, TEXT, CHOICE, EVIDENCE
}
