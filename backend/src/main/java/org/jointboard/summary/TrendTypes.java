package org.jointboard.summary;

import java.time.LocalDate;
import java.util.List;

import org.jointboard.assessment.RatingLevel;

/** Compliance over the cycles of one framework code: a partnership's % met, an organisation's ratings. */
public final class TrendTypes {

    private TrendTypes() {
    }

    public record TrendCycle(String id, String title, String period, LocalDate dueOn) {
    }

    /** @param percentMet null when nothing was judged in that cycle, or the standard was not in its framework */
    public record TrendPoint(String cycleId, Integer percentMet) {
    }

    public record StandardTrend(String code, String title, List<TrendPoint> points) {
    }

    /** A partnership's % met per standard, oldest cycle first. */
    public record ComplianceTrend(String partnership, String frameworkCode, List<TrendCycle> cycles, List<StandardTrend> standards) {
    }

    /** @param returned false when the organisation made no return in that cycle (or it was not received) */
    public record RatingPoint(String cycleId, boolean returned, RatingLevel self, RatingLevel moderated, RatingLevel effective) {
    }

    public record OrganisationStandardTrend(String code, String title, List<RatingPoint> points) {
    }

    /** An organisation's self, moderated and effective rating per standard for one partnership, oldest cycle first. */
    public record OrganisationTrend(String organisation, String organisationName, String partnership, String frameworkCode, List<TrendCycle> cycles,
            List<OrganisationStandardTrend> standards) {
    }
}
