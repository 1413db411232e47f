package org.jointboard.risk;

/** Movement of the residual score since the previous review. */
public enum Trend {
    UP, DOWN, SAME, NEW;

    static Trend between(Integer previous, int current) {
        if (previous == null) {
            return NEW;
        }
        return current > previous ? UP : current < previous ? DOWN : SAME;
    }
}
