package org.jointboard.common;

/**
 * A change made on top of something the caller never saw (someone else saved first). Reported as CONFLICT with the
 * field, so the caller keeps their own words and can compare before saving again.
 */
public class ConflictingChange extends RuntimeException {

    private final String field;

    public ConflictingChange(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
