package org.jointboard.assessment;

import java.time.Instant;

/** A step in a return's life: who did what, when, for which partnership and why. */
public record ReturnEvent(Action action, ReturnState from, ReturnState to, Instant at, String byUsername, String byName,
        String partnershipCode, String reason) {

    public enum Action { ISSUED, STARTED, SUBMITTED, RETURNED, ACCEPTED_FOR_PARTNERSHIP, ACCEPTED, REOPENED, FEEDBACK_RELEASED }
}
