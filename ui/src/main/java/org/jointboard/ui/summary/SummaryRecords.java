package org.jointboard.ui.summary;

import java.time.LocalDate;
import java.util.List;

/** What the tracker and the compliance summary read from the backend. */
final class SummaryRecords {

    private SummaryRecords() {
    }

    public record StateCount(String state, int count) {
    }

    public record ChaseEntry(String returnId, String organisationName, String state, LocalDate dueOn, int daysOverdue, int requiredAnswered,
            int requiredCount) {
    }

    public record SchoolGroup(String phase, String establishmentType, int total, int received) {
    }

    public record Tracker(int total, int received, int onTime, Integer onTimePercent, List<StateCount> byState, List<ChaseEntry> overdue,
            List<SchoolGroup> bySchoolGroup) {
    }

    public record AreaAcceptance(String partnershipCode, boolean accepted) {
    }

    public record TrackerRow(String id, String organisationName, String state, boolean overdue, LocalDate dueOn, int requiredAnswered,
            int requiredCount, List<AreaAcceptance> reviews) {
    }

    public record Level(String label, String rag) {
    }

    public record RatingLabel(String value, String label, String rag) {
    }

    public record RatingCount(RatingLabel rating, int count) {
    }

    public record StandardCompliance(String code, String title, int judged, int met, int notRated, Integer percentMet, Integer previousPercentMet,
            Integer change, int selfAboveModerated, List<RatingCount> ratings) {
    }

    public record Cell(String standardCode, Level self, Level moderated, Level effective, boolean selfAboveModerated) {
    }

    public record Row(String returnId, String organisationName, String state, List<Cell> cells) {
    }

    public record PreviousCycle(String title) {
    }

    public record SectionCompliance(String code, String title, int judged, int met, Integer percentMet, Integer change) {
    }

    public record Gap(String questionCode, String text, int count) {
    }

    public record Summary(int returnsExpected, int returnsReceived, PreviousCycle previousCycle, List<StandardCompliance> standards,
            List<SectionCompliance> sections, List<Gap> commonGaps, List<Row> heatMap) {
    }
}
