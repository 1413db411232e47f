package org.jointboard.summary;

import java.util.List;

/** The values of the comparison across areas. */
public final class BenchmarkTypes {

    private BenchmarkTypes() {
    }

    /** A standard's % met (met ÷ judged effective ratings); null when nothing was judged. */
    public record StandardFigure(String code, Integer percentMet) {
    }

    /**
     * One partnership's figures for the cycle of the framework and period it ran (none if it ran none).
     *
     * @param returnRatePercent returns received (submitted at least once) ÷ issued
     * @param selfAboveModeratedPercent judged ratings the organisation rated higher than the board's moderation ÷ judged ratings
     */
    public record AreaFigures(String partnership, String cycleId, String cycleTitle, int issued, int received, Integer returnRatePercent,
            Integer selfAboveModeratedPercent, List<StandardFigure> standards) {

        static AreaFigures none(String partnership) {
            return new AreaFigures(partnership, null, null, 0, 0, null, null, List.of());
        }
    }

    /** The median of other areas' figures: no area named, no single area's figures. */
    public record OthersMedian(int areas, Integer returnRatePercent, Integer selfAboveModeratedPercent, List<StandardFigure> standards) {
    }

    public record StandardHeading(String code, String title) {
    }

    /**
     * @param areas each of the caller's partnerships, side by side
     * @param othersMedian the median of the other partnerships that share their figures and ran such a cycle; null when
     *     fewer than {@code minimumOthers} do (a median of one or two areas would give them away)
     */
    public record ComplianceBenchmark(String frameworkCode, String period, List<StandardHeading> standards, List<AreaFigures> areas,
            int othersSharing, int minimumOthers, OthersMedian othersMedian) {
    }
}
