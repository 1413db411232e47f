package org.jointboard.risk;

/**
 * Likelihood × impact, each 1–5. Level bands follow the board's practice: 1–6 low (green), 8–12 medium
 * (amber), 15–25 high (red); 7, 11, 13 and 14 are not products of two scores from 1 to 5.
 */
public record RiskScore(int likelihood, int impact) {

    /** The bands, defined once: the register's level filter queries by them too. */
    public enum Level {
        LOW(1, 7), MEDIUM(8, 14), HIGH(15, 25);

        private final int lowest;
        private final int highest;

        Level(int lowest, int highest) {
            this.lowest = lowest;
            this.highest = highest;
        }

        public int lowest() {
            return lowest;
        }

        public int highest() {
            return highest;
        }

        static Level of(int score) {
            for (Level level : values()) {
                if (score <= level.highest) {
                    return level;
                }
            }
            return HIGH;
        }
    }

    public int score() {
        return likelihood * impact;
    }

    public Level level() {
        return Level.of(score());
    }
}
