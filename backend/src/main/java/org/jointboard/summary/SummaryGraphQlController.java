package org.jointboard.summary;

import org.jointboard.summary.ComplianceTypes.ComplianceSummary;
import org.jointboard.summary.ComplianceTypes.CycleTracker;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SummaryGraphQlController {

    private final ComplianceSummaryService summaries;

    SummaryGraphQlController(ComplianceSummaryService summaries) {
        this.summaries = summaries;
    }

    @QueryMapping
    CycleTracker cycleTracker(@Argument String cycle, @Argument String partnership) {
        return summaries.tracker(cycle, partnership);
    }

    @QueryMapping
    ComplianceSummary complianceSummary(@Argument String cycle, @Argument String partnership) {
        return summaries.summary(cycle, partnership);
    }
}
