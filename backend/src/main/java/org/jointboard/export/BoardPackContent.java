package org.jointboard.export;

import java.time.LocalDate;
import java.util.List;

/**
 * What a board pack says, already in words and figures: the template only lays it out. Each chosen section is there
 * even when empty (it says so); a section left out is neither gathered nor listed.
 */
public record BoardPackContent(String fileName, java.util.Set<String> sections, String partnershipName, String periodLabel, LocalDate from, LocalDate to, LocalDate madeOn,
        Compliance compliance, List<ReturnRate> returnRates, List<List<HeatCell>> heatMap, String heatMapText, LocalDate movementsSince,
        List<Movement> movements, List<RiskLine> aboveAppetite, List<RiskLine> overdueReviews, List<ActionLine> exceptions,
        List<EscalatedLine> escalated, List<AttendanceLine> attendance) {

    public boolean includes(String section) {
        return sections.contains(section);
    }

    /** @param standards null when there is no audit cycle to report */
    public record Compliance(String cycleTitle, String previousCycleTitle, int expected, int received, List<StandardLine> standards,
            List<SectionLine> sections) {
    }

    public record StandardLine(String code, String title, int judged, int met, Integer percentMet, Integer previousPercentMet, String change,
            int selfAboveModerated) {
    }

    public record SectionLine(String code, String title, Integer percentMet, Integer previousPercentMet, String change) {
    }

    public record ReturnRate(String cycleTitle, LocalDate dueOn, int issued, int received, int onTime, Integer onTimePercent, int overdue) {
    }

    /** One cell of the residual heat map: its count, the score and the level in words (never colour alone). */
    public record HeatCell(int likelihood, int impact, int count, int score, String level) {
    }

    public record Movement(String reference, String title, int scoreThen, int scoreNow, String direction) {
    }

    public record RiskLine(String reference, String title, String category, int score, String level, Integer appetite, LocalDate nextReviewDue) {
    }

    public record ActionLine(String reference, String title, String lead, LocalDate dueOn, String rag, String status) {
    }

    public record EscalatedLine(String kind, String title, LocalDate deadline, String escalatedTo, LocalDate lastEscalatedOn) {
    }

    public record AttendanceLine(String organisation, int attended, int expected, Integer percent) {
    }
}
