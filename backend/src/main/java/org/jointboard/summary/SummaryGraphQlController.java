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
    private final BenchmarkService benchmarks;

    SummaryGraphQlController(ComplianceSummaryService summaries, TrendService trends, BenchmarkService benchmarks) {
        this.summaries = summaries;
        this.trends = trends;
        this.benchmarks = benchmarks;
    }

    record SetBenchmarkSharingPayload(BenchmarkSharing sharing) { }

    @QueryMapping
    BenchmarkTypes.ComplianceBenchmark complianceBenchmark(@Argument String frameworkCode, @Argument String period) {
        return benchmarks.benchmark(frameworkCode, period);
    }

    @QueryMapping
    BenchmarkSharing benchmarkSharing(@Argument String partnership) {
        return benchmarks.sharing(partnership);
    }

    @org.springframework.graphql.data.method.annotation.MutationMapping
    SetBenchmarkSharingPayload setBenchmarkSharing(@Argument BenchmarkService.SetBenchmarkSharingInput input) {
        return new SetBenchmarkSharingPayload(benchmarks.setSharing(input));
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
