package org.jointboard.export;

import static org.jointboard.export.Table.column;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jointboard.committee.AttendanceRate;
import org.jointboard.committee.AttendanceReport;
import org.jointboard.committee.AttendanceReportService;
import org.jointboard.common.RejectedCommand;

import org.springframework.stereotype.Component;

/** Attendance over a period by organisation represented, by member and by body, with each rate as a percentage. */
@Component
class AttendanceTables {

    private final AttendanceReportService reports;

    AttendanceTables(AttendanceReportService reports) {
        this.reports = reports;
    }

    List<Table> attendance(String partnership, LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RejectedCommand("from", "Say from which day to count attendance");
        }
        if (to == null) {
            throw new RejectedCommand("to", "Say up to which day to count attendance");
        }
        AttendanceReport report = reports.report(partnership, from, to);
        return List.of(table("By organisation", "Organisation", report.byOrganisation()), table("By member", "Member", report.byMember()),
                table("By body", "Body", report.byCommittee()));
    }

    private static Table table(String name, String header, List<AttendanceRate> rates) {
        return new Table(name, List.of(column(header, 40), column("Attended", 9), column("Expected", 9), column("Rate (%)", 9)),
                rates.stream().map(rate -> Arrays.<Object>asList(rate.name(), rate.attended(), rate.expected(), rate.percent())).toList());
    }
}
