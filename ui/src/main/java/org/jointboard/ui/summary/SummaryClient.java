package org.jointboard.ui.summary;

import java.util.HashMap;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.summary.SummaryRecords.Summary;
import org.jointboard.ui.summary.SummaryRecords.Tracker;
import org.jointboard.ui.summary.SummaryRecords.TrackerRow;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The backend's summary queries (tracker, compliance summary) and the cycle's returns the tracker lists. */
@Component
class SummaryClient {

    private final GraphQlApi api;

    SummaryClient(GraphQlApi api) {
        this.api = api;
    }

    Tracker tracker(String cycle, String partnership) {
        return api.fetch("cycleTracker", Map.of("cycle", cycle, "partnership", partnership), "cycleTracker", Tracker.class);
    }

    ConnectionPage<TrackerRow> returns(String cycle, String partnership, Map<String, Object> filter, int first, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("cycle", cycle);
        variables.put("partnership", partnership);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return api.fetch("cycleReturns", variables, "cycleReturns", new ParameterizedTypeReference<ConnectionPage<TrackerRow>>() { });
    }

    TrendRecords.ComplianceTrend complianceTrend(String partnership, String frameworkCode) {
        return api.fetch("complianceTrend", Map.of("partnership", partnership, "frameworkCode", frameworkCode), "complianceTrend",
                TrendRecords.ComplianceTrend.class);
    }

    TrendRecords.OrganisationTrend organisationTrend(String organisation, String partnership, String frameworkCode) {
        return api.fetch("organisationTrend", Map.of("organisation", organisation, "partnership", partnership, "frameworkCode", frameworkCode),
                "organisationTrend", TrendRecords.OrganisationTrend.class);
    }

    BenchmarkRecords.Benchmark benchmark(String frameworkCode, String period) {
        return api.fetch("complianceBenchmark", Map.of("frameworkCode", frameworkCode, "period", period), "complianceBenchmark",
                BenchmarkRecords.Benchmark.class);
    }

    BenchmarkRecords.Sharing sharing(String partnership) {
        return api.fetchOperation("benchmarkSharing", "benchmarkSharing", Map.of("partnership", partnership), "benchmarkSharing",
                BenchmarkRecords.Sharing.class);
    }

    BenchmarkRecords.Sharing share(String partnership, boolean shared, int version) {
        return api.fetchOperation("benchmarkSharing", "setBenchmarkSharing", Map.of("input", Map.of("partnership", partnership, "shared", shared,
                "version", version)), "setBenchmarkSharing.sharing", BenchmarkRecords.Sharing.class);
    }

    Summary summary(String cycle, String partnership) {
        return api.fetch("complianceSummary", Map.of("cycle", cycle, "partnership", partnership), "complianceSummary", Summary.class);
    }
}
