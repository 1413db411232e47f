package org.jointboard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.assessment.AssessmentFixtures;
import org.jointboard.assessment.AuditReturn;
import org.jointboard.assessment.Framework;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Areas compared, against a hand-worked fixture: each of the five partnerships ran Section 11 for 2026/27.
 * <pre>
 * area           returns   ratings (8 standards)                         moderation            return rate  S11-1  S11-2  S11-5  self above
 * wolverhampton  1 of 2    all Met                                        —                     50           100    100    100    0
 * walsall        1 of 1    Met, S11-5 Not met                             S11-1 Partially met   100          0      100    0      1 of 8 = 13
 * warwickshire   1 of 1    all Partially met                              —                     100          0      0      0      0
 * wiltshire      1 of 1    all Met                                        —                     100          100    100    100    0
 * wirral         1 of 2    all Met                                        —                     50           100    100    100    0
 * </pre>
 * Walsall, Warwickshire, Wiltshire and Wirral share their figures; Wolverhampton does not.
 */
@BackendIntegrationTest
class BenchmarkGraphQlTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;

    @BeforeEach
    void fiveAreasRanSection11() {
        partnershipFixtures.storeDemoPartnerships();
        Framework framework = AssessmentFixtures.publishedSection11(frameworks);
        area(framework, "wolverhampton", 2, code -> "MET", Map.of());
        area(framework, "walsall", 1, code -> code.equals("S11-5") ? "NOT_MET" : "MET", Map.of("S11-1", "PARTIALLY_MET"));
        area(framework, "warwickshire", 1, code -> "PARTIALLY_MET", Map.of());
        area(framework, "wiltshire", 1, code -> "MET", Map.of());
        area(framework, "wirral", 2, code -> "MET", Map.of());
        for (String shares : List.of("walsall", "warwickshire", "wiltshire", "wirral")) {
            as(TestTokens.admin()).documentName("setBenchmarkSharing").variable("input", Map.of("partnership", shares, "shared", true, "version", 0))
                    .execute().path("setBenchmarkSharing.sharing.shared").entity(Boolean.class).isEqualTo(true);
        }
    }

    @Test
    void oneAreaSeesItsOwnFiguresAgainstTheMedianOfTheOthersWhoShareNeverTheirNames() {
        for (String token : List.of(TestTokens.chair(), TestTokens.viewer())) {
            var benchmark = benchmark(token);
            benchmark.path("complianceBenchmark.areas[*].partnership").entityList(String.class).containsExactly("wolverhampton");
            benchmark.path("complianceBenchmark.areas[0].returnRatePercent").entity(Integer.class).isEqualTo(50);
            benchmark.path("complianceBenchmark.areas[0].issued").entity(Integer.class).isEqualTo(2);
            benchmark.path("complianceBenchmark.othersSharing").entity(Integer.class).isEqualTo(4);
            benchmark.path("complianceBenchmark.othersMedian.areas").entity(Integer.class).isEqualTo(4);
            // 50, 100, 100, 100 → 100; S11-1 0, 0, 100, 100 → 50; S11-2 100, 0, 100, 100 → 100; self above 13, 0, 0, 0 → 0
            benchmark.path("complianceBenchmark.othersMedian.returnRatePercent").entity(Integer.class).isEqualTo(100);
            benchmark.path("complianceBenchmark.othersMedian.standards[?(@.code == 'S11-1')].percentMet").entityList(Integer.class).containsExactly(50);
            benchmark.path("complianceBenchmark.othersMedian.standards[?(@.code == 'S11-2')].percentMet").entityList(Integer.class).containsExactly(100);
            benchmark.path("complianceBenchmark.othersMedian.standards[?(@.code == 'S11-5')].percentMet").entityList(Integer.class).containsExactly(50);
            benchmark.path("complianceBenchmark.othersMedian.selfAboveModeratedPercent").entity(Integer.class).isEqualTo(0);
            assertThat(benchmark.returnResponse().toString()).doesNotContain("walsall", "warwickshire", "wiltshire", "wirral");
        }
    }

    @Test
    void aMedianOfFewerThanThreeOtherAreasIsNotShown() {
        var walsall = benchmark(TestTokens.walsallAdmin());
        walsall.path("complianceBenchmark.areas[0].selfAboveModeratedPercent").entity(Integer.class).isEqualTo(13);
        walsall.path("complianceBenchmark.areas[0].standards[?(@.code == 'S11-1')].percentMet").entityList(Integer.class).containsExactly(0);
        walsall.path("complianceBenchmark.othersSharing").entity(Integer.class).isEqualTo(3); // Wolverhampton does not share
        walsall.path("complianceBenchmark.othersMedian.standards[?(@.code == 'S11-1')].percentMet").entityList(Integer.class).containsExactly(100);

        as(TestTokens.admin()).documentName("setBenchmarkSharing").variable("input", Map.of("partnership", "wiltshire", "shared", false, "version", 1))
                .execute().path("setBenchmarkSharing.sharing.shared").entity(Boolean.class).isEqualTo(false);
        var fewer = benchmark(TestTokens.walsallAdmin());
        fewer.path("complianceBenchmark.othersSharing").entity(Integer.class).isEqualTo(2);
        fewer.path("complianceBenchmark.othersMedian").valueIsNull();
    }

    @Test
    void whoWorksForEveryAreaSeesThemSideBySide() {
        var all = benchmark(TestTokens.admin());
        all.path("complianceBenchmark.areas[*].partnership").entityList(String.class)
                .containsExactly("walsall", "warwickshire", "wiltshire", "wirral", "wolverhampton");
        all.path("complianceBenchmark.areas[*].returnRatePercent").entityList(Integer.class).containsExactly(100, 100, 100, 50, 50);
        all.path("complianceBenchmark.areas[*].selfAboveModeratedPercent").entityList(Integer.class).containsExactly(13, 0, 0, 0, 0);
        all.path("complianceBenchmark.standards[*].code").entityList(String.class).hasSize(8);
        all.path("complianceBenchmark.othersSharing").entity(Integer.class).isEqualTo(0);
        all.path("complianceBenchmark.othersMedian").valueIsNull();
        as(TestTokens.admin()).documentName("complianceBenchmark").variable("frameworkCode", "S11").variable("period", "2019/20").execute()
                .path("complianceBenchmark.areas[*].cycleId").entityList(Object.class).hasSize(5);
    }

    @Test
    void refusals() {
        assertSingleError(benchmark(TestTokens.policeLead()), "FORBIDDEN");
        assertBadRequest(as(TestTokens.chair()).documentName("complianceBenchmark").variable("frameworkCode", " ").variable("period", "2026/27").execute(),
                "frameworkCode");
        assertBadRequest(as(TestTokens.chair()).documentName("complianceBenchmark").variable("frameworkCode", "S11").variable("period", "").execute(),
                "period");
        assertSingleError(as(TestTokens.walsallAdmin()).documentName("setBenchmarkSharing").variable("input", Map.of("partnership", "wolverhampton",
                "shared", true, "version", 0)).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.chair()).documentName("setBenchmarkSharing").variable("input", Map.of("partnership", "wolverhampton",
                "shared", true, "version", 0)).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.admin()).documentName("setBenchmarkSharing").variable("input", Map.of("partnership", "walsall",
                "shared", false, "version", 0)).execute(), "CONFLICT");
        assertThat(mongo.findById("wolverhampton", BenchmarkSharing.class)).isNull();
        as(TestTokens.chair()).documentName("benchmarkSharing").variable("partnership", "wolverhampton").execute()
                .path("benchmarkSharing").matchesJson("{\"partnershipCode\": \"wolverhampton\", \"shared\": false, \"version\": 0}");
        assertSingleError(as(TestTokens.chair()).documentName("benchmarkSharing").variable("partnership", "walsall").execute(), "FORBIDDEN");
    }

    private GraphQlTester.Response benchmark(String token) {
        return as(token).documentName("complianceBenchmark").variable("frameworkCode", "S11").variable("period", "2026/27").execute();
    }

    private void area(Framework framework, String partnership, int organisations, java.util.function.Function<String, String> ratings,
            Map<String, String> moderated) {
        var agencies = java.util.stream.IntStream.rangeClosed(1, organisations).mapToObj(i -> partnershipFixtures.storeAgency(
                partnership + "-agency-" + i, "Agency " + i + " of " + partnership, OrganisationKind.POLICE, partnership)).toList();
        List<AuditReturn> returns = AssessmentFixtures.storeIssuedCycle(mongo, framework, partnership, "2026/27", agencies);
        AssessmentFixtures.submitRated(mongo, returns.getFirst(), framework, ratings, moderated);
    }
}
