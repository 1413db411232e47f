package org.jointboard.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.jointboard.actionplan.Action;
import org.jointboard.actionplan.ActionPlans;
import org.jointboard.actionplan.ActionRag;
import org.jointboard.assessment.AuditCycle;
import org.jointboard.assessment.AuditCycleService;
import org.jointboard.committee.AttendanceReportService;
import org.jointboard.committee.MeetingService;
import org.jointboard.notification.NotificationLog;
import org.jointboard.partnership.PartnershipService;
import org.jointboard.risk.HeatMapCell;
import org.jointboard.risk.Risk;
import org.jointboard.risk.RiskRegister;
import org.jointboard.risk.RiskScore;
import org.jointboard.risk.RiskSettings;
import org.jointboard.summary.ComplianceSummaryService;
import org.jointboard.summary.ComplianceTypes.ComplianceSummary;
import org.jointboard.summary.ComplianceTypes.CycleTracker;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static org.jointboard.export.AssessmentTables.label;
import static org.jointboard.export.BoardPackContent.*;

/**
 * The quarter's board pack for one partnership, gathered from the services behind the pages (so under their rules):
 * compliance of the cycle, return rates, the residual heat map, movements since the last executive meeting, risks
 * above appetite, overdue reviews, the action exception report, what was escalated and attendance by organisation.
 * For those who take the pack to the board: board admins, the chair and the executive group.
 */
@Service
public class BoardPack {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private final PartnershipService partnerships;
    private final AuditCycleService cycles;
    private final ComplianceSummaryService summaries;
    private final RiskRegister risks;
    private final MeetingService meetings;
    private final ActionPlans actions;
    private final NotificationLog notifications;
    private final AttendanceReportService attendance;
    private final Clock clock;

    BoardPack(PartnershipService partnerships, AuditCycleService cycles, ComplianceSummaryService summaries, RiskRegister risks,
            MeetingService meetings, ActionPlans actions, NotificationLog notifications, AttendanceReportService attendance, Clock clock) {
        this.partnerships = partnerships;
        this.cycles = cycles;
        this.summaries = summaries;
        this.risks = risks;
        this.meetings = meetings;
        this.actions = actions;
        this.notifications = notifications;
        this.attendance = attendance;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public BoardPackContent content(BoardPackRequest request) {
        String code = request.requirePartnership();
        LocalDate[] quarter = request.quarter();
        LocalDate from = quarter[0];
        LocalDate to = quarter[1];
        Set<String> chosen = request.chosenSections();
        List<AuditCycle> ofPartnership = cycles.ofPartnership(code); // refuses a partnership the caller does not work for
        String name = partnerships.find(code).getName();
        AuditCycle cycle = chosen.contains("compliance") ? chosenCycle(request, code, to, ofPartnership) : null;
        LocalDate today = LocalDate.now(clock.withZone(Cells.LONDON));
        LocalDate since = meetings.lastExecutiveMeeting(code).orElse(from);
        RiskSettings settings = risks.settings(code);
        List<List<HeatCell>> heatMap = chosen.contains("heat-map") ? heatMap(risks.heatMap(code)) : List.of();
        return new BoardPackContent(ListExports.slug(code) + "-board-pack-" + from.getYear() + "-q" + (from.getMonthValue() + 2) / 3 + "-" + today,
                chosen, name, MONTH.format(from) + " to " + MONTH.format(to) + " " + to.getYear(), from, to, today,
                cycle == null ? null : compliance(summaries.summary(cycle.getId(), code)),
                when(chosen, "return-rates", () -> returnRates(code, from, to, ofPartnership)), heatMap, heatMapText(heatMap), since,
                when(chosen, "movements", () -> risks.movementsSince(code, since).stream().map(m -> new Movement(m.risk().getReference(),
                        m.risk().getTitle(), m.scoreThen(), m.scoreNow(), m.scoreNow() > m.scoreThen() ? "Up" : "Down")).toList()),
                when(chosen, "above-appetite", () -> risks.aboveAppetite(code).stream().map(r -> riskLine(r, settings)).toList()),
                when(chosen, "overdue-reviews", () -> risks.overdue(code).stream().map(r -> riskLine(r, settings)).toList()),
                when(chosen, "exceptions", () -> exceptions(code)),
                when(chosen, "escalated", () -> notifications.escalated(code, from, to).stream().map(e -> new EscalatedLine(e.kind().label(),
                        e.itemTitle(), e.deadline(), e.highest().words(), e.lastEscalatedAt().atZone(Cells.LONDON).toLocalDate())).toList()),
                when(chosen, "attendance", () -> attendance.report(code, from, to).byOrganisation().stream()
                        .map(rate -> new AttendanceLine(rate.name(), rate.attended(), rate.expected(), rate.percent())).toList()));
    }

    /** A section's lines, read only when the section is wanted. */
    private static <T> List<T> when(Set<String> chosen, String section, java.util.function.Supplier<List<T>> lines) {
        return chosen.contains(section) ? lines.get() : List.of();
    }

    private AuditCycle chosenCycle(BoardPackRequest request, String code, LocalDate to, List<AuditCycle> ofPartnership) {
        if (request.cycle() != null && !request.cycle().isBlank()) {
            return cycles.requireFor(request.cycle(), code);
        }
        return ofPartnership.stream().filter(c -> c.getStatus() != AuditCycle.Status.PLANNED && c.getOpensOn() != null
                && !c.getOpensOn().isAfter(to)).findFirst().orElse(null);
    }

    private static Compliance compliance(ComplianceSummary summary) {
        return new Compliance(summary.cycle().getTitle(), summary.previousCycle() == null ? null : summary.previousCycle().getTitle(),
                summary.returnsExpected(), summary.returnsReceived(),
                summary.standards().stream().map(s -> new StandardLine(s.code(), s.title(), s.judged(), s.met(), s.percentMet(),
                        s.previousPercentMet(), change(s.change()), s.selfAboveModerated())).toList(),
                summary.sections().stream().map(s -> new SectionLine(s.code(), s.title(), s.percentMet(), s.previousPercentMet(),
                        change(s.change()))).toList());
    }

    /** The change on last year in words as well as a sign: "up 5 points", "down 3 points", "no change". */
    static String change(Integer points) {
        if (points == null) {
            return "no earlier cycle";
        }
        return points == 0 ? "no change" : (points > 0 ? "up " : "down ") + Math.abs(points) + (Math.abs(points) == 1 ? " point" : " points");
    }

    /**
     * Cycles issued by the end of the period whose deadline is no more than a year before its start (so last year's
     * cycle, still being chased, is there too), latest deadline first.
     */
    private List<ReturnRate> returnRates(String code, LocalDate from, LocalDate to, List<AuditCycle> ofPartnership) {
        var rates = new ArrayList<ReturnRate>();
        for (AuditCycle c : ofPartnership) {
            if (c.getStatus() == AuditCycle.Status.PLANNED || c.getOpensOn() == null || c.getOpensOn().isAfter(to)
                    || (c.getDueOn() != null && c.getDueOn().isBefore(from.minusYears(1)))) {
                continue;
            }
            CycleTracker t = summaries.tracker(c.getId(), code);
            rates.add(new ReturnRate(c.getTitle(), c.getDueOn(), t.total(), t.received(), t.onTime(), t.onTimePercent(), t.overdue().size()));
        }
        return rates;
    }

    /** Rows from likelihood 5 down to 1, impact 1 to 5 across, as the executive page draws it. */
    private static List<List<HeatCell>> heatMap(List<HeatMapCell> cells) {
        java.util.TreeMap<Integer, List<HeatCell>> rows = cells.stream().map(c -> {
            int score = c.likelihood() * c.impact();
            return new HeatCell(c.likelihood(), c.impact(), c.count(), score, label(new RiskScore(c.likelihood(), c.impact()).level().name()));
        }).collect(Collectors.groupingBy(HeatCell::likelihood, java.util.TreeMap::new, Collectors.toList()));
        return rows.descendingMap().values().stream()
                .map(row -> row.stream().sorted(java.util.Comparator.comparingInt(HeatCell::impact)).toList()).toList();
    }

    /** The heat map in a sentence, for readers who cannot see it (its alternative text). */
    static String heatMapText(List<List<HeatCell>> heatMap) {
        var occupied = heatMap.stream().flatMap(List::stream).filter(c -> c.count() > 0)
                .sorted(java.util.Comparator.comparingInt(HeatCell::score).reversed().thenComparing(HeatCell::likelihood, java.util.Comparator.reverseOrder()))
                .toList();
        int total = occupied.stream().mapToInt(HeatCell::count).sum();
        if (total == 0) {
            return "Residual risk heat map: no open risks.";
        }
        return "Residual risk heat map of " + total + (total == 1 ? " open risk" : " open risks") + ": " + occupied.stream()
                .map(c -> c.count() + " at likelihood " + c.likelihood() + " and impact " + c.impact() + " (score " + c.score() + ", "
                        + c.level().toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining("; ")) + ".";
    }

    private static RiskLine riskLine(Risk risk, RiskSettings settings) {
        return new RiskLine(risk.getReference(), risk.getTitle(), risk.getCategory(), risk.getResidualScore(),
                label(risk.getResidual().level().name()), settings.appetite(risk.getCategory()), risk.getNextReviewDue());
    }

    private List<ActionLine> exceptions(String code) {
        Iterable<ActionLine> lines = Pages.of(page -> actions.exceptions(code, null, page), page -> {
            Map<Action, ActionRag> rags = actions.rags(page);
            return page.stream().map(a -> new ActionLine(a.getReference(), a.getTitle(), a.getLeadName(), a.getDueOn(),
                    rags.get(a) == null ? "" : label(rags.get(a).name()), label(a.getStatus().name()))).toList();
        });
        return StreamSupport.stream(lines.spliterator(), false).toList();
    }
}
