package org.jointboard.risk;

/**
 * Likelihood × impact, each 1–5. Level bands follow the board's practice: 1–6 low (green), 8–12 medium
 * (amber), 15–25 high (red); 7, 11, 13 and 14 are not products of two scores from 1 to 5.
 */
public record RiskScore(int likelihood, int impact) {

    public enum Level { LOW, MEDIUM, HIGH }

    public int score() {
        return likelihood * impact;
    }

    public Level level() {
        int score = score();
        return score >= 15 ? Level.HIGH : score >= 8 ? Level.MEDIUM : Level.LOW;
    }
}
