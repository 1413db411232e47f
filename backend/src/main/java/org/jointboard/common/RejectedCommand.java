package org.jointboard.common;

/**
 * A command refused by a business rule or by invalid input. It names the input field at fault so that
 * a form can show the message next to it.
 */
public class RejectedCommand extends RuntimeException {

    private final String field;

    public RejectedCommand(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
