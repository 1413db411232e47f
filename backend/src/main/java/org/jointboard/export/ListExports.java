package org.jointboard.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jointboard.assessment.AuditCycle;

import org.springframework.stereotype.Service;

/**
 * Every list as tables, each read through the feature service behind its page, so an export shows exactly what its
 * page would show the caller and is refused where the page is. Names say what, whose and when:
 * {@code wolverhampton-risk-register-2026-12-01}.
 */
@Service
public class ListExports {

    private final AssessmentTables assessments;
    private final RiskTables risks;
    private final ActionTables actions;
    private final AttendanceTables attendance;
    private final Clock clock;

    ListExports(AssessmentTables assessments, RiskTables risks, ActionTables actions, AttendanceTables attendance, Clock clock) {
        this.assessments = assessments;
        this.risks = risks;
        this.actions = actions;
        this.attendance = attendance;
        this.clock = clock;
    }

    public ExportFile export(ExportKind kind, ExportRequest request) {
        String partnership = request.requirePartnership();
        String today = LocalDate.now(clock.withZone(Cells.LONDON)).toString();
        return switch (kind) {
            case RETURNS, TRACKER, COMPLIANCE_SUMMARY -> {
                AuditCycle cycle = assessments.cycle(request);
                List<Table> tables = switch (kind) {
                    case RETURNS -> assessments.returns(cycle, partnership, request.answers());
                    case TRACKER -> assessments.tracker(cycle, partnership);
                    default -> assessments.compliance(cycle, partnership);
                };
                yield new ExportFile(name(partnership, kind.slug(), slug(cycle.getTitle()), today), tables);
            }
            case RISK_REGISTER -> new ExportFile(name(partnership, kind.slug(), today), risks.register(partnership, request.includeClosed()));
            case ACTIONS -> new ExportFile(name(partnership, kind.slug(), today), actions.actions(partnership, request.includeClosed()));
            case ACTION_EXCEPTIONS -> new ExportFile(name(partnership, kind.slug(), today), actions.exceptions(partnership));
            case ATTENDANCE -> new ExportFile(name(partnership, kind.slug(), String.valueOf(request.from()), "to", String.valueOf(request.to())),
                    attendance.attendance(partnership, request.from(), request.to()));
        };
    }

    private static String name(String... parts) {
        return String.join("-", java.util.Arrays.stream(parts).map(ListExports::slug).toList());
    }

    /** Lower case letters, digits and single hyphens: safe in any file system and in a Content-Disposition header. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
