package org.jointboard.ui.api;

/**
 * The backend refused or could not answer. {@code field} names the input field at fault for
 * {@link Kind#BAD_REQUEST}, so a form can show the message next to it.
 */
public class ApiException extends RuntimeException {

    public enum Kind { BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, SESSION_EXPIRED, INTERNAL }

    private final Kind kind;
    private final String field;

    public ApiException(Kind kind, String field, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.field = field;
    }

    public ApiException(Kind kind, String field, String message) {
        this(kind, field, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    /** What to tell the user, in plain English. */
    public String userMessage() {
        return switch (kind) {
            case BAD_REQUEST, CONFLICT -> getMessage();
            case FORBIDDEN -> "You are not allowed to do this.";
            case NOT_FOUND -> "This record no longer exists, or is not one of yours.";
            case UNAVAILABLE -> "JointBoard's service is not answering right now. Try again in a minute; anything you were saving at this moment was not saved.";
            case SESSION_EXPIRED -> "Your session has ended. Sign in again to carry on.";
            case INTERNAL -> "Something went wrong on our side. " + getMessage();
        };
    }
}
