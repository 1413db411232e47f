package org.jointboard.ui.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jointboard.ui.committee.CommitteeRecords.AttendanceReport;
import org.jointboard.ui.committee.CommitteeRecords.Rate;
import org.junit.jupiter.api.Test;

class AttendanceCsvTests {

    @Test
    void writesOneLinePerRateWithQuotedNames() {
        var report = new AttendanceReport(List.of(new Rate("p1", "Daniel \"Dan\" Price", 3, 4, 75)),
                List.of(new Rate("", "Independent members", 5, 6, 83)), List.of(new Rate("c1", "Q&P, Wolverhampton", 0, 0, null)));
        assertThat(AttendanceReportView.csv(report).split("\r\n")).containsExactly(
                "Grouping,Name,Attended,Expected,Rate (%)",
                "Organisation,\"Independent members\",5,6,83",
                "Member,\"Daniel \"\"Dan\"\" Price\",3,4,75",
                "Body,\"Q&P, Wolverhampton\",0,0,");
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertThat(AttendanceReportView.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AttendanceReportView.quote("+44 team")).startsWith("\"'+");
    }
}
