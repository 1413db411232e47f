package org.jointboard.assessment;

/**
 * Where a return is. NOT_STARTED → IN_PROGRESS (first answer saved) → SUBMITTED → RETURNED (reasons given) →
 * SUBMITTED again → ACCEPTED (locked, once every partnership it covers has accepted it). An admin may re-open an
 * accepted return with a reason, which makes it RETURNED.
 */
public enum ReturnState {
    NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED, ACCEPTED;

    /** The states in which the organisation still answers, signs off and submits: the one list of them. */
    public static final java.util.List<ReturnState> OUTSTANDING = java.util.List.of(NOT_STARTED, IN_PROGRESS, RETURNED);

    public boolean editable() {
        return OUTSTANDING.contains(this);
    }
}
