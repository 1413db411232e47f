package org.jointboard.risk;

/** A risk whose residual score changed since a date. */
public record RiskMovement(Risk risk, int scoreThen, int scoreNow) {

    public Trend trend() {
        return Trend.between(scoreThen, scoreNow);
    }
}
