package org.jointboard.ui.summary;

import java.util.List;

/** What the comparison across areas reads from the backend. */
final class BenchmarkRecords {

    private BenchmarkRecords() {
    }

    record StandardFigure(String code, Integer percentMet) {
    }

    record StandardHeading(String code, String title) {
    }

    record AreaFigures(String partnership, String cycleTitle, int issued, int received, Integer returnRatePercent, Integer selfAboveModeratedPercent,
            List<StandardFigure> standards) {
    }

    record OthersMedian(int areas, Integer returnRatePercent, Integer selfAboveModeratedPercent, List<StandardFigure> standards) {
    }

    record Benchmark(int othersSharing, int minimumOthers, List<StandardHeading> standards, List<AreaFigures> areas, OthersMedian othersMedian) {
    }

    record Sharing(String partnershipCode, boolean shared, int version) {
    }

    /** A row of the comparison: a measure and its value in words for each column. */
    record Row(String measure, List<String> values) {
    }
}
