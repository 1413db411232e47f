package org.jointboard.summary;

import org.jointboard.summary.ComplianceTypes.ComplianceSummary;
import org.jointboard.summary.ComplianceTypes.CycleTracker;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SummaryGraphQlController {

    private final ComplianceSummaryService summaries;
    private final TrendService trends;

    SummaryGraphQlController(ComplianceSummaryService summaries, TrendService trends) {
        this.summaries = summaries;
        this.trends = trends;
    }

    @QueryMapping
    TrendTypes.ComplianceTrend complianceTrend(@Argument String partnership, @Argument String frameworkCode) {
        return trends.complianceTrend(partnership, frameworkCode);
    }

    @QueryMapping
    TrendTypes.OrganisationTrend organisationTrend(@Argument String organisation, @Argument String partnership, @Argument String frameworkCode) {
        return trends.organisationTrend(organisation, partnership, frameworkCode);
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
