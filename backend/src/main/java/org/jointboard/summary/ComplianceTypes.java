package org.jointboard.summary;

import java.time.LocalDate;
import java.util.List;

import org.jointboard.assessment.AuditCycle;
import org.jointboard.assessment.RatingLevel;
import org.jointboard.assessment.ReturnState;

/** The values of the cycle tracker and the compliance summary. */
public final class ComplianceTypes {

    private ComplianceTypes() {
    }

    public record StateCount(ReturnState state, int count) {
    }

    /** A return still to come in after its deadline, for the business unit to chase. */
    public record ChaseEntry(String returnId, String organisationName, ReturnState state, LocalDate dueOn, long daysOverdue,
            int requiredAnswered, int requiredCount) {
    }

    /**
     * @param received returns submitted at least once (the return rate's numerator)
     * @param onTime returns first submitted on or before their deadline
     */
    public record CycleTracker(AuditCycle cycle, String partnership, int total, List<StateCount> byState, int received, int onTime,
            Integer onTimePercent, List<ChaseEntry> overdue, List<GroupCount> bySchoolGroup) {
    }

    /** Returns received of issued for one phase and establishment type of school. */
    public record GroupCount(String phase, String establishmentType, int total, int received) {
    }

    /** A framework section's standards together: met ÷ judged effective ratings. */
    public record SectionCompliance(String code, String title, int judged, int met, Integer percentMet, Integer previousPercentMet,
            Integer change) {
    }

    /** A yes/no question answered "no" by this many received returns: the common gaps. */
    public record Gap(String questionCode, String text, String standardCode, int count) {
    }

    public record RatingCount(RatingLevel rating, int count) {
    }

    /**
     * One standard across the partnership's received returns, by effective rating (moderated if moderated, else self).
     *
     * @param judged effective ratings that are a judgement (not "not applicable")
     * @param percentMet met ÷ judged, whole percent rounded half up; null when nothing is judged
     * @param change percentMet minus the previous cycle's, in percentage points
     */
    public record StandardCompliance(String code, String title, List<RatingCount> ratings, int notRated, int judged, int met,
            Integer percentMet, Integer previousPercentMet, Integer change, int selfAboveModerated) {
    }

    public record ComplianceCell(String standardCode, RatingLevel self, RatingLevel moderated, RatingLevel effective,
            boolean selfAboveModerated) {
    }

    public record ComplianceRow(String returnId, String organisationName, ReturnState state, List<ComplianceCell> cells) {
    }

    /** @param heatMap organisations × standards; null for viewers, who see aggregates only */
    public record ComplianceSummary(AuditCycle cycle, String partnership, int returnsExpected, int returnsReceived,
            List<StandardCompliance> standards, List<SectionCompliance> sections, List<Gap> commonGaps, List<ComplianceRow> heatMap,
            AuditCycle previousCycle) {
    }
}
