package org.jointboard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.DemoGraphQlTestSupport;
import org.jointboard.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/**
 * Trends on the demo's four Wolverhampton Section 11 cycles (nine and seven years ago, last year, this year), worked
 * by hand from the demo data: the old cycles all met but S11-5 partly met; last year S11-5 and S11-8 partly met
 * (the police: S11-8 not met) and the council moderated to partly met on S11-2 (so 8 of 9); this year the police
 * have not started.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class TrendGraphQlTests extends DemoGraphQlTestSupport {

    private static final String COMPLIANCE = "{ complianceTrend(partnership: \"wolverhampton\", frameworkCode: \"S11\") { cycles { id title dueOn } "
            + "standards { code points { cycleId percentMet } } } }";
    private static final String POLICE = "{ organisationTrend(organisation: \"west-midlands-police\", partnership: \"wolverhampton\", frameworkCode: \"S11\") "
            + "{ organisationName cycles { id } standards { code points { returned self { value } moderated { value } effective { value } } } } }";

    @Test
    void aPartnershipsPercentMetPerStandardOverEveryCycleOldestFirst() {
        var trend = as(TestTokens.viewer()).document(COMPLIANCE).execute();
        trend.path("complianceTrend.cycles[*].id").entityList(String.class)
                .containsExactly("demo-s11-nine-years-ago", "demo-s11-seven-years-ago", "demo-s11-last", "demo-s11-current");
        assertThat(points(trend, "S11-1")).startsWith(100, 100, 100);
        assertThat(points(trend, "S11-5")).startsWith(0, 0, 0);
        assertThat(points(trend, "S11-8")).startsWith(100, 100, 0);
        assertThat(points(trend, "S11-2")).startsWith(100, 100, 89);
    }

    @Test
    void anOrganisationsRatingsPerStandardOverTheCyclesForTheBoardsStaffOnly() {
        var trend = as(TestTokens.chair()).document(POLICE).execute();
        trend.path("organisationTrend.organisationName").entity(String.class).isEqualTo("West Midlands Police");
        trend.path("organisationTrend.standards[?(@.code == 'S11-8')].points[*].effective.value").entityList(String.class)
                .containsExactly("MET", "MET", "NOT_MET");
        trend.path("organisationTrend.standards[?(@.code == 'S11-5')].points[*].self.value").entityList(String.class)
                .containsExactly("PARTIALLY_MET", "PARTIALLY_MET", "PARTIALLY_MET");
        trend.path("organisationTrend.standards[?(@.code == 'S11-5')].points[*].returned").entityList(Boolean.class)
                .containsExactly(true, true, true, false);

        assertError(as(TestTokens.viewer()).document(POLICE).execute(), "FORBIDDEN");
        assertError(as(TestTokens.policeLead()).document(COMPLIANCE).execute(), "FORBIDDEN");
        assertError(as(TestTokens.walsallAdmin()).document(COMPLIANCE).execute(), "FORBIDDEN");
        assertBadRequest(as(TestTokens.admin()).document("{ complianceTrend(partnership: \"wolverhampton\", frameworkCode: \" \") { frameworkCode } }")
                .execute(), "frameworkCode");
        as(TestTokens.admin()).document("{ complianceTrend(partnership: \"wolverhampton\", frameworkCode: \"NOPE\") { cycles { id } } }").execute()
                .path("complianceTrend.cycles").entityList(Object.class).hasSize(0);
    }

    private static List<Integer> points(org.springframework.graphql.test.tester.GraphQlTester.Response trend, String standard) {
        List<Integer> values = new ArrayList<>(Arrays.asList(trend.path("complianceTrend.standards[?(@.code == '" + standard + "')].points[*].percentMet")
                .entity(Integer[].class).get()));
        return values;
    }
}
