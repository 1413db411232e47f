package org.jointboard.risk;

/** One cell of the 5 × 5 grid: how many open risks have this residual likelihood and impact. */
public record HeatMapCell(int likelihood, int impact, int count) {

    public int score() {
        return likelihood * impact;
    }

    public RiskScore.Level level() {
        return new RiskScore(likelihood, impact).level();
    }
}
