package org.jointboard.partnership;

/**
 * Whose safeguarding something serves: a body, a framework, a question or a return (one type behind the one GraphQL
 * enum). BOTH: a body of both boards, or one answer that serves the children's and the adults' board alike.
 */
public enum Serves {
    CHILDREN, ADULTS, BOTH;

    /** Whether something serving this applies to a return that serves {@code target}. */
    public boolean appliesTo(Serves target) {
        return this == BOTH || target == BOTH || this == target;
    }

    public static Serves of(boolean children, boolean adults) {
        return children && adults ? BOTH : adults ? ADULTS : CHILDREN;
    }
}
