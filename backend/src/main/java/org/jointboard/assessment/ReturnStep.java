package org.jointboard.assessment;

import java.util.List;
import java.util.Locale;

/**
 * The steps of a return's life and when each may be taken: the one statement of the lifecycle. The return applies it
 * to every command ({@link AuditReturn#allows}) and the API reports it as {@link ReturnPermissions}, so the ui offers a
 * step only when it would be accepted.
 */
public enum ReturnStep {
    ANSWER("answered", ReturnState.OUTSTANDING),
    SIGN_OFF("signed off", ReturnState.OUTSTANDING),
    SUBMIT("submitted", ReturnState.OUTSTANDING),
    RETURN_FOR_CHANGES("returned for changes", List.of(ReturnState.SUBMITTED)),
    ACCEPT("accepted", List.of(ReturnState.SUBMITTED)),
    REOPEN("re-opened", List.of(ReturnState.ACCEPTED)),
    /** The board's own review steps: possible in any state once the return has been submitted at least once. */
    MODERATE("moderated", null),
    CHALLENGE("challenged", null),
    RELEASE_FEEDBACK("given feedback", null);

    private final String verb;
    private final List<ReturnState> from;

    ReturnStep(String verb, List<ReturnState> from) {
        this.verb = verb;
        this.from = from;
    }

    public boolean allowed(ReturnState state, boolean submittedOnce) {
        return from == null ? submittedOnce : from.contains(state);
    }

    /** Why the step is refused, in words: "This return is accepted, so it cannot be answered. …". */
    String refusal(ReturnState state) {
        if (from == null) {
            return "This return has not been submitted yet, so it cannot be " + verb;
        }
        return "This return is " + describe(state) + ", so it cannot be " + verb + ". That is possible only when it is "
                + String.join(" or ", from.stream().map(ReturnStep::describe).toList()) + ".";
    }

    private static String describe(ReturnState state) {
        return state.name().toLowerCase(Locale.UK).replace('_', ' ');
    }
}
