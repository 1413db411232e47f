package org.jointboard.export;

import static org.jointboard.export.Table.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jointboard.assessment.AnswerValue;
import org.jointboard.assessment.AuditCycle;
import org.jointboard.assessment.AuditCycleService;
import org.jointboard.assessment.AuditReturn;
import org.jointboard.assessment.AuditReturns;
import org.jointboard.assessment.AuditReturns.AreaReviewView;
import org.jointboard.assessment.Framework;
import org.jointboard.assessment.FrameworkService;
import org.jointboard.assessment.Question;
import org.jointboard.assessment.RatingLevel;
import org.jointboard.notification.NotificationLog;
import org.jointboard.notification.NotificationLog.ItemReminders;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.Roles;
import org.jointboard.summary.ComplianceSummaryService;
import org.jointboard.summary.ComplianceTypes.ComplianceCell;
import org.jointboard.summary.ComplianceTypes.ComplianceSummary;
import org.jointboard.summary.ComplianceTypes.CycleTracker;
import org.jointboard.summary.ComplianceTypes.RatingCount;
import org.jointboard.summary.ComplianceTypes.StandardCompliance;

import org.springframework.stereotype.Component;

/** A cycle's returns, its tracker and its compliance summary, as the queries behind those pages give them to the caller. */
@Component
class AssessmentTables {

    private final AuditCycleService cycles;
    private final FrameworkService frameworks;
    private final AuditReturns returns;
    private final ComplianceSummaryService summaries;
    private final NotificationLog reminders;
    private final CurrentUsers currentUsers;

    AssessmentTables(AuditCycleService cycles, FrameworkService frameworks, AuditReturns returns, ComplianceSummaryService summaries,
            NotificationLog reminders, CurrentUsers currentUsers) {
        this.cycles = cycles;
        this.frameworks = frameworks;
        this.returns = returns;
        this.summaries = summaries;
        this.reminders = reminders;
        this.currentUsers = currentUsers;
    }

    AuditCycle cycle(ExportRequest request) {
        return cycles.requireFor(request.requireCycle(), request.requirePartnership());
    }

    /** One row per return: where it is, its dates, each of the caller's partnerships' acceptance and, if asked, every answer. */
    List<Table> returns(AuditCycle cycle, String partnership, boolean withAnswers) {
        Framework framework = frameworks.find(cycle.getFrameworkId());
        List<Question> questions = withAnswers && framework != null
                ? framework.getSections().stream().flatMap(s -> s.standards().stream()).flatMap(s -> s.questions().stream()).toList() : List.of();
        var columns = new ArrayList<>(List.of(column("Organisation", 36), column("Code", 22), column("Type", 16), column("State", 14),
                column("Deadline", 12), column("First submitted", 17), column("On time", 8), column("Required answered", 10),
                column("Required questions", 10), column("Accepted by " + partnership, 12), column("Accepted on", 17),
                column("Acceptance by partnership", 40), column("Last saved", 17)));
        questions.forEach(q -> columns.add(column(q.code() + " " + q.text(), 24)));
        Iterable<List<Object>> rows = Pages.of(page -> returns.ofCycle(cycle.getId(), partnership, null, page),
                page -> page.stream().map(r -> returnRow(r, partnership, framework, questions)).toList());
        return List.of(new Table("Returns", columns, rows));
    }

    private List<Object> returnRow(AuditReturn r, String partnership, Framework framework, List<Question> questions) {
        List<AreaReviewView> reviews = returns.reviews(r);
        var here = reviews.stream().filter(review -> review.partnershipCode().equals(partnership)).findFirst();
        var row = new ArrayList<Object>(Arrays.asList(r.getOrganisationName(), r.getOrganisationCode(),
                r.getPhase() != null ? r.getPhase() : r.getEstablishmentType(), label(r.getState().name()), r.getDueOn(), r.getFirstSubmittedAt(),
                r.getSubmittedOnTime(), r.getRequiredAnswered(), r.getRequiredCount(), here.map(AreaReviewView::accepted).orElse(false),
                here.map(AreaReviewView::acceptedAt).orElse(null),
                reviews.stream().map(review -> review.partnershipCode() + ": " + (review.accepted() ? "accepted" : "not accepted"))
                        .collect(Collectors.joining("; ")),
                r.getLastSavedAt()));
        if (!questions.isEmpty()) {
            Map<String, AnswerValue> answers = r.getAnswers().stream().filter(a -> a.isAnswered()).collect(Collectors.toMap(a -> a.questionCode(), a -> a.value(), (a, b) -> b));
            questions.forEach(q -> row.add(answer(answers.get(q.code()), framework)));
        }
        return row;
    }

    private static Object answer(AnswerValue value, Framework framework) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.rating() != null) {
            return framework.level(value.rating()).map(RatingLevel::label).orElse(value.rating());
        }
        if (value.yesNo() != null) {
            return value.yesNo();
        }
        if (value.number() != null) {
            return value.number();
        }
        return value.choice() != null ? value.choice() : value.text();
    }

    /** The tracker's figures, returns by state, the chase list (with when each was last reminded, for board admins) and schools by group. */
    List<Table> tracker(AuditCycle cycle, String partnership) {
        CycleTracker tracker = summaries.tracker(cycle.getId(), partnership);
        var figures = List.of(List.<Object>of("Returns issued", tracker.total()), List.<Object>of("Returns received", tracker.received()),
                List.<Object>of("Received on time", tracker.onTime()), Arrays.<Object>asList("On time (%)", tracker.onTimePercent()));
        var byState = tracker.byState().stream().map(s -> List.<Object>of(label(s.state().name()), s.count())).toList();
        boolean admin = currentUsers.current().hasRole(Roles.BOARD_ADMIN);
        Map<String, ItemReminders> reminded = admin && !tracker.overdue().isEmpty()
                ? reminders.summaries(partnership, tracker.overdue().stream().map(e -> e.returnId()).toList()).stream()
                        .collect(Collectors.toMap(ItemReminders::itemId, Function.identity()))
                : Map.of();
        var chaseColumns = new ArrayList<>(List.of(column("Organisation", 36), column("State", 14), column("Deadline", 12),
                column("Days overdue", 8), column("Required answered", 10), column("Required questions", 10)));
        if (admin) {
            chaseColumns.addAll(List.of(column("Last reminded", 17), column("Escalations", 8), column("Last escalated", 17)));
        }
        var chase = tracker.overdue().stream().map(e -> {
            var row = new ArrayList<Object>(Arrays.asList(e.organisationName(), label(e.state().name()), e.dueOn(), e.daysOverdue(),
                    e.requiredAnswered(), e.requiredCount()));
            if (admin) {
                ItemReminders r = reminded.get(e.returnId());
                row.addAll(Arrays.asList(r == null ? null : r.lastRemindedAt(), r == null ? 0 : r.escalations(), r == null ? null : r.lastEscalatedAt()));
            }
            return row;
        }).toList();
        var tables = new ArrayList<>(List.of(new Table("Tracker", List.of(column("Figure", 24), column("Value", 10)), figures),
                new Table("By state", List.of(column("State", 16), column("Returns", 10)), byState),
                new Table("Chase list", chaseColumns, chase)));
        if (!tracker.bySchoolGroup().isEmpty()) {
            tables.add(new Table("Schools by group", List.of(column("Phase", 16), column("Establishment type", 24), column("Issued", 8),
                    column("Received", 8)), tracker.bySchoolGroup().stream()
                            .map(g -> List.<Object>of(label(g.phase()), label(g.establishmentType()), g.total(), g.received())).toList()));
        }
        return tables;
    }

    /** Compliance by standard and by section, the common gaps and, for board staff, the heat map of organisations × standards. */
    List<Table> compliance(AuditCycle cycle, String partnership) {
        ComplianceSummary summary = summaries.summary(cycle.getId(), partnership);
        List<RatingLevel> scale = summary.standards().stream().findFirst()
                .map(s -> s.ratings().stream().map(RatingCount::rating).toList()).orElse(List.of());
        var standardColumns = new ArrayList<>(List.of(column("Standard", 8), column("Title", 48)));
        scale.forEach(level -> standardColumns.add(column(level.label(), 10)));
        standardColumns.addAll(List.of(column("Not rated", 8), column("Judged", 8), column("Met", 8), column("Met (%)", 8),
                column("Last cycle met (%)", 10), column("Change (points)", 10), column("Self-rated above moderation", 12)));
        var standards = summary.standards().stream().map(s -> standardRow(s)).toList();
        var sections = summary.sections().stream().map(s -> Arrays.<Object>asList(s.code(), s.title(), s.judged(), s.met(), s.percentMet(),
                s.previousPercentMet(), s.change())).toList();
        var gaps = summary.commonGaps().stream().map(g -> List.<Object>of(g.questionCode(), g.standardCode(), g.text(), g.count())).toList();
        var tables = new ArrayList<>(List.of(new Table("By standard", standardColumns, standards),
                new Table("By section", List.of(column("Section", 8), column("Title", 48), column("Judged", 8), column("Met", 8),
                        column("Met (%)", 8), column("Last cycle met (%)", 10), column("Change (points)", 10)), sections),
                new Table("Common gaps", List.of(column("Question", 10), column("Standard", 8), column("Question text", 60),
                        column("Answered no", 10)), gaps)));
        if (summary.heatMap() != null) {
            var heatColumns = new ArrayList<>(List.of(column("Organisation", 36), column("State", 14)));
            summary.standards().forEach(s -> heatColumns.add(column(s.code(), 14)));
            var heat = summary.heatMap().stream().map(row -> {
                var values = new ArrayList<Object>(List.of(row.organisationName(), label(row.state().name())));
                row.cells().forEach(cell -> values.add(heatCell(cell)));
                return values;
            }).toList();
            tables.add(new Table("Heat map", heatColumns, heat));
        }
        return tables;
    }

    private static List<Object> standardRow(StandardCompliance s) {
        var row = new ArrayList<Object>(List.of(s.code(), s.title()));
        s.ratings().forEach(r -> row.add(r.count()));
        row.addAll(Arrays.asList(s.notRated(), s.judged(), s.met(), s.percentMet(), s.previousPercentMet(), s.change(), s.selfAboveModerated()));
        return row;
    }

    /** The effective rating in words, and the self-rating beside it where the organisation rated itself higher. */
    private static String heatCell(ComplianceCell cell) {
        if (cell.effective() == null) {
            return "Not rated";
        }
        return cell.effective().label() + (cell.selfAboveModerated() && cell.self() != null ? " (self-rated " + cell.self().label() + ")" : "");
    }

    static String label(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
