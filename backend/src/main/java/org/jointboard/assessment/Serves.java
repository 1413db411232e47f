package org.jointboard.assessment;

/** Which board's assurance a framework or question serves. BOTH: one answer serves children's and adults' boards. */
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
