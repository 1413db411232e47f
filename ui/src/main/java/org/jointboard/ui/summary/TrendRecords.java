package org.jointboard.ui.summary;

import java.time.LocalDate;
import java.util.List;

/** The backend's compliance trends, as the Trends page reads them. */
final class TrendRecords {

    private TrendRecords() {
    }

    record TrendCycle(String id, String title, String period, LocalDate dueOn) {
    }

    record TrendPoint(String cycleId, Integer percentMet) {
    }

    record StandardTrend(String code, String title, List<TrendPoint> points) {
    }

    record ComplianceTrend(List<TrendCycle> cycles, List<StandardTrend> standards) {
    }

    record Level(String value, String label, Boolean met) {
    }

    record RatingPoint(String cycleId, boolean returned, Level self, Level moderated, Level effective) {

        /** The rating in words, with the organisation's own where the board moderated it to something else. */
        String words() {
            if (!returned) {
                return "No return";
            }
            if (effective == null) {
                return "Not rated";
            }
            return effective.label() + (moderated != null && self != null && !self.value().equals(moderated.value()) ? " (self: " + self.label() + ")" : "");
        }
    }

    record OrganisationStandardTrend(String code, String title, List<RatingPoint> points) {
    }

    record OrganisationTrend(String organisationName, List<TrendCycle> cycles, List<OrganisationStandardTrend> standards) {
    }
}
