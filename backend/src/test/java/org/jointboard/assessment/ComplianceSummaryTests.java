package org.jointboard.assessment;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jointboard.partnership.Serves;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.assessment.AuditCycle.CycleDetails;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The tracker and summary against a hand-worked fixture. This year's cycle (Wolverhampton + Walsall, due yesterday):
 * <pre>
 *                         state        submitted   S11-4 self / moderated (Wolverhampton)
 *   Police (both areas)   SUBMITTED    on time     Met / Partially met   (self above moderated)
 *   Health trust          SUBMITTED    late        Partially met
 *   Council               SUBMITTED    on time     Not applicable
 *   Fire                  IN_PROGRESS  —           (overdue)
 *   Black Country FT      NOT_STARTED  —           (overdue)
 * </pre>
 * Every other standard is Met. Last year: police, health and council Met everywhere except the council's S11-4 (Not met).
 * So for Wolverhampton: 5 returns, 3 received, 2 on time (40%); S11-4 judged 2 (NA left out), met 0 → 0%, last year 2 of
 * 3 → 67%, change −67; S11-1 100%, change 0. For Walsall (police only, no moderation there): S11-4 100%.
 */
@BackendIntegrationTest
class ComplianceSummaryTests extends GraphQlTestSupport {

    static final LocalDate TODAY = TestClock.today();

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AuditReturnRepository returns;

    @Autowired
    ReturnTallies tallies;

    String current;
    AuditReturn blackCountry;

    @BeforeEach
    void givenTwoCycles() {
        partnershipFixtures.storeDemoPartnerships();
        Framework framework = AssessmentFixtures.publishedSection11(frameworks);
        Organisation police = partnershipFixtures.storeAgency("west-midlands-police", "West Midlands Police", OrganisationKind.POLICE, "wolverhampton", "walsall");
        Organisation health = partnershipFixtures.storeAgency("royal-wolverhampton-nhs", "Royal Wolverhampton NHS Trust", OrganisationKind.NHS_TRUST, "wolverhampton");
        Organisation council = partnershipFixtures.storeAgency("wolverhampton-council", "Wolverhampton City Council", OrganisationKind.LOCAL_AUTHORITY, "wolverhampton");
        Organisation fire = partnershipFixtures.storeAgency("west-midlands-fire", "West Midlands Fire Service", OrganisationKind.FIRE, "wolverhampton");
        Organisation trust = partnershipFixtures.storeAgency("black-country-ft", "Black Country Partnership FT", OrganisationKind.NHS_TRUST, "wolverhampton");

        AuditCycle last = cycle(framework, TODAY.minusYears(1).minusDays(1));
        LocalDate lastOn = last.getDueOn().minusDays(3);
        submitted(last, framework, police, s -> "MET", lastOn);
        submitted(last, framework, health, s -> "MET", lastOn);
        submitted(last, framework, council, s -> s.equals("S11-4") ? "NOT_MET" : "MET", lastOn);

        AuditCycle now = cycle(framework, TODAY.minusDays(1));
        current = now.getId();
        AuditReturn policeReturn = submitted(now, framework, police, s -> "MET", TODAY.minusWeeks(1));
        policeReturn.moderate(framework, "wolverhampton", List.of(new ModeratedRating("S11-4", "PARTIALLY_MET", null, "Chair", TestClock.now())));
        returns.save(policeReturn);
        submitted(now, framework, health, s -> s.equals("S11-4") ? "PARTIALLY_MET" : "MET", TODAY);
        AuditReturn councilReturn = submitted(now, framework, council, s -> s.equals("S11-4") ? "NOT_APPLICABLE" : "MET", TODAY.minusDays(1));
        councilReturn.moderate(framework, "wolverhampton", List.of(new ModeratedRating("S11-2", "MET", null, "Chair", TestClock.now())));
        returns.save(councilReturn);
        AuditReturn fireReturn = issued(now, framework, fire);
        fireReturn.saveAnswers(framework, List.of(new AnswerChange("t", "S11-1.2", 0, new AnswerValue(null, true, null, null, null), List.of())),
                new Actor("fire", "Fire lead"), TestClock.now());
        returns.save(fireReturn);
        blackCountry = issued(now, framework, trust);
    }

    @Test
    void theTrackerFollowsEachChangeAndARebuildCountsTheSame() {
        tracker().path("cycleTracker.byState[?(@.state == 'NOT_STARTED')].count").entityList(Integer.class).containsExactly(1); // tally built here
        as(TestTokens.token("bc.lead", List.of("AGENCY_LEAD"), "black-country-ft", List.of("wolverhampton"))).documentName("saveAnswers")
                .variable("input", Map.of("returnId", blackCountry.getId(), "answers", List.of(Map.of("questionCode", "S11-1.2", "expectedRevision", 0,
                        "yesNo", false)))).execute().path("saveAnswers.auditReturn.state").entity(String.class).isEqualTo("IN_PROGRESS");

        assertStartedByBlackCountry(tracker());
        tallies.record(blackCountry); // the return as it was before the answer: an older version changes nothing
        assertStartedByBlackCountry(tracker());
        mongo.dropCollection(ReturnTally.class); // built again from the returns on the next read: the same figures
        assertStartedByBlackCountry(tracker());
    }

    @Test
    void aReturnListAskingOnlyForRowFieldsReadsTheSameRowsAsOneAskingForAnswers() {
        String rowFields = "organisationName state overdue requiredAnswered requiredCount reviews { partnershipCode accepted }";
        var light = as(TestTokens.admin()).document("{ cycleReturns(cycle: \"" + current + "\", partnership: \"wolverhampton\", first: 10) { edges { node { "
                + rowFields + " } } } }").execute().path("cycleReturns.edges[*].node").entityList(Map.class).get();
        var full = as(TestTokens.admin()).document("{ cycleReturns(cycle: \"" + current + "\", partnership: \"wolverhampton\", first: 10) { edges { node { "
                + rowFields + " answers { questionCode } } } } }").execute().path("cycleReturns.edges[*].node").entityList(Map.class).get();
        assertThat(light).hasSize(5);
        assertThat(full).hasSize(5);
        for (int i = 0; i < 5; i++) {
            var withoutAnswers = new java.util.HashMap<Object, Object>(full.get(i));
            withoutAnswers.remove("answers");
            assertThat(light.get(i)).isEqualTo(withoutAnswers);
        }
        assertThat(full).filteredOn(row -> row.get("organisationName").equals("West Midlands Police")).singleElement()
                .satisfies(police -> assertThat((List<?>) police.get("answers")).isNotEmpty())
                .satisfies(police -> assertThat((List<?>) police.get("reviews")).isNotEmpty());
    }

    private static void assertStartedByBlackCountry(GraphQlTester.Response tracker) {
        tracker.path("cycleTracker.total").entity(Integer.class).isEqualTo(5);
        tracker.path("cycleTracker.byState[?(@.state == 'IN_PROGRESS')].count").entityList(Integer.class).containsExactly(2);
        tracker.path("cycleTracker.byState[?(@.state == 'NOT_STARTED')].count").entityList(Integer.class).containsExactly(0);
        tracker.path("cycleTracker.overdue[?(@.organisationName == 'Black Country Partnership FT')].state").entityList(String.class)
                .containsExactly("IN_PROGRESS");
        tracker.path("cycleTracker.overdue[?(@.organisationName == 'Black Country Partnership FT')].requiredAnswered").entityList(Integer.class)
                .containsExactly(1);
    }

    private GraphQlTester.Response tracker() {
        return as(TestTokens.admin()).documentName("cycleTracker").variable("cycle", current).variable("partnership", "wolverhampton").execute();
    }

    @Test
    void theTrackerCountsReturnsOnTimeAndTheChaseList() {
        var tracker = as(TestTokens.admin()).documentName("cycleTracker").variable("cycle", current).variable("partnership", "wolverhampton").execute();
        tracker.path("cycleTracker.total").entity(Integer.class).isEqualTo(5);
        tracker.path("cycleTracker.received").entity(Integer.class).isEqualTo(3);
        tracker.path("cycleTracker.onTime").entity(Integer.class).isEqualTo(2);
        tracker.path("cycleTracker.onTimePercent").entity(Integer.class).isEqualTo(40);
        tracker.path("cycleTracker.byState[?(@.state == 'SUBMITTED')].count").entityList(Integer.class).containsExactly(3);
        tracker.path("cycleTracker.byState[?(@.state == 'IN_PROGRESS')].count").entityList(Integer.class).containsExactly(1);
        tracker.path("cycleTracker.byState[?(@.state == 'NOT_STARTED')].count").entityList(Integer.class).containsExactly(1);
        tracker.path("cycleTracker.overdue[*].organisationName").entityList(String.class)
                .containsExactly("Black Country Partnership FT", "West Midlands Fire Service");
        tracker.path("cycleTracker.overdue[*].daysOverdue").entityList(Integer.class).containsExactly(1, 1);
        var walsall = as(TestTokens.walsallAdmin()).documentName("cycleTracker").variable("cycle", current).variable("partnership", "walsall").execute();
        walsall.path("cycleTracker.total").entity(Integer.class).isEqualTo(1);
        walsall.path("cycleTracker.onTimePercent").entity(Integer.class).isEqualTo(100);
    }

    @Test
    void theSummaryMatchesTheHandWorkedFigures() {
        var summary = summary(TestTokens.admin(), "wolverhampton");
        summary.path("complianceSummary.returnsExpected").entity(Integer.class).isEqualTo(5);
        summary.path("complianceSummary.returnsReceived").entity(Integer.class).isEqualTo(3);
        summary.path("complianceSummary.previousCycle").hasValue();
        summary.path("complianceSummary.standards[?(@.code == 'S11-4')]").entityList(Map.class).satisfies(list -> {
            Map<?, ?> s114 = list.getFirst();
            assertThat(s114.get("judged")).isEqualTo(2);
            assertThat(s114.get("met")).isEqualTo(0);
            assertThat(s114.get("percentMet")).isEqualTo(0);
            assertThat(s114.get("previousPercentMet")).isEqualTo(67);
            assertThat(s114.get("change")).isEqualTo(-67);
            assertThat(s114.get("selfAboveModerated")).isEqualTo(1);
        });
        summary.path("complianceSummary.standards[?(@.code == 'S11-4')].ratings[*].count").entityList(Integer.class).containsExactly(0, 2, 0, 1);
        summary.path("complianceSummary.standards[?(@.code == 'S11-1')].percentMet").entityList(Integer.class).containsExactly(100);
        summary.path("complianceSummary.standards[?(@.code == 'S11-1')].change").entityList(Integer.class).containsExactly(0);
        summary.path("complianceSummary.heatMap[*].organisationName").entityList(String.class)
                .containsExactly("Royal Wolverhampton NHS Trust", "West Midlands Police", "Wolverhampton City Council");
        summary.path("complianceSummary.heatMap[1].cells[?(@.standardCode == 'S11-4')]").entityList(Map.class).satisfies(cells ->
                assertThat(cells.getFirst()).containsEntry("selfAboveModerated", true)
                        .containsEntry("self", Map.of("value", "MET")).containsEntry("moderated", Map.of("value", "PARTIALLY_MET")));
        var walsall = summary(TestTokens.walsallAdmin(), "walsall");
        walsall.path("complianceSummary.returnsExpected").entity(Integer.class).isEqualTo(1);
        walsall.path("complianceSummary.standards[?(@.code == 'S11-4')].percentMet").entityList(Integer.class).containsExactly(100);
    }

    @Test
    void viewersGetAggregatesOnlyAndLeadsNoSummary() {
        var viewer = summary(TestTokens.viewer(), "wolverhampton");
        viewer.path("complianceSummary.standards[?(@.code == 'S11-4')].percentMet").entityList(Integer.class).containsExactly(0);
        viewer.path("complianceSummary.heatMap").valueIsNull();
        assertSingleError(as(TestTokens.viewer()).documentName("cycleTracker").variable("cycle", current).variable("partnership", "wolverhampton").execute(),
                "FORBIDDEN");
        assertSingleError(summary(TestTokens.policeLead(), "wolverhampton"), "FORBIDDEN");
        assertSingleError(summary(TestTokens.walsallAdmin(), "wolverhampton"), "FORBIDDEN");
        assertBadRequest(summary(TestTokens.token("w", List.of("BOARD_ADMIN"), null, List.of("wirral")), "wirral"), "partnership");
    }

    private GraphQlTester.Response summary(String token, String partnership) {
        return as(token).documentName("complianceSummary").variable("cycle", current).variable("partnership", partnership).execute();
    }

    private AuditCycle cycle(Framework framework, LocalDate due) {
        var cycle = new AuditCycle(new CycleDetails("Section 11 " + due.getYear(), String.valueOf(due.getYear()), Set.of("wolverhampton", "walsall"),
                due.minusWeeks(8), due, Set.of(OrganisationKind.POLICE), Set.of(), Set.of()), framework);
        cycle.issued(0, TestClock.now(), "test");
        return mongo.insert(cycle);
    }

    private AuditReturn issued(AuditCycle cycle, Framework framework, Organisation organisation) {
        List<String> covered = organisation.getPartnershipCodes().stream().filter(cycle.getPartnershipCodes()::contains).toList();
        return returns.insert(new AuditReturn(cycle, framework, organisation, covered, Serves.BOTH, new Actor("admin", "Admin"), TestClock.now()));
    }

    private AuditReturn submitted(AuditCycle cycle, Framework framework, Organisation organisation, Function<String, String> ratings, LocalDate on) {
        AuditReturn r = issued(cycle, framework, organisation);
        AssessmentFixtures.answerAndSubmit(r, framework, ratings, on);
        return returns.save(r);
    }
}
