package org.jointboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A new cycle's return starts from last cycle's answers, to confirm or change: the police answered and submitted last
 * year's Section 11 on edition 1; this year's cycle is on edition 2, which renamed the training question S11-5.2 to
 * S11-5.2a (its data says so) and dropped nothing else. The health trust had no return last year and starts blank.
 */
@BackendIntegrationTest
class CarryForwardGraphQlTests extends GraphQlTestSupport {

    static final LocalDate TODAY = TestClock.today();

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AuditReturnRepository returns;

    Framework edition1;
    Framework edition2;

    @BeforeEach
    void lastYearThePoliceAnsweredEverything() {
        partnershipFixtures.storeDemoPartnerships();
        AssessmentFixtures.storeAgencies(partnershipFixtures);
        edition1 = AssessmentFixtures.publishedSection11(frameworks);
        String lastYear = issue(edition1, "Section 11 audit last year", TODAY.minusYears(1).minusWeeks(7), TODAY.minusYears(1).plusWeeks(3),
                List.of("POLICE"));
        AuditReturn police = returnOf(lastYear, AssessmentFixtures.POLICE);
        as(TestTokens.policeLead()).documentName("saveAnswers").variable("input", Map.of("returnId", police.getId(),
                "answers", AssessmentFixtures.allRequired(edition1, police.getServes(), code -> code.equals("S11-8") ? "NOT_MET" : "MET"))).execute();
        as(TestTokens.policeLead()).documentName("submitReturn").variable("input", Map.of("returnId", police.getId(), "version", 1))
                .execute().path("submitReturn.auditReturn.state").entity(String.class).isEqualTo("SUBMITTED");
        edition2 = publishedEditionRenaming("S11-5.2", "S11-5.2a");
    }

    @Test
    void lastYearsAnswersAreThereToConfirmAndCountOnlyOnceConfirmed() {
        String thisYear = issue(edition2, "Section 11 audit this year", TODAY.minusWeeks(1), TODAY.plusWeeks(8), List.of("POLICE", "NHS_TRUST"));
        AuditReturn police = returnOf(thisYear, AssessmentFixtures.POLICE);
        var read = carried(TestTokens.policeLead(), police.getId());
        read.path("auditReturn.state").entity(String.class).isEqualTo("NOT_STARTED");
        read.path("auditReturn.requiredAnswered").entity(Integer.class).isEqualTo(0);
        int required = read.path("auditReturn.requiredCount").entity(Integer.class).get();
        read.path("auditReturn.answers[*].toConfirm").entityList(Boolean.class).satisfies(flags -> assertThat(flags).hasSize(required).containsOnly(true));
        read.path("auditReturn.answers[?(@.questionCode == 'S11-8.1')].value.rating").entityList(String.class).containsExactly("NOT_MET");
        read.path("auditReturn.answers[?(@.questionCode == 'S11-8.1')].lastYear.cycleTitle").entityList(String.class)
                .containsExactly("Section 11 audit last year");
        // the renamed question takes the answer given to its old code
        read.path("auditReturn.answers[?(@.questionCode == 'S11-5.2a')].lastYear.questionCode").entityList(String.class).containsExactly("S11-5.2");
        read.path("auditReturn.answers[?(@.questionCode == 'S11-5.2a')].value.number").entityList(Double.class).containsExactly(90.0);
        read.path("auditReturn.answers[?(@.questionCode == 'S11-5.2')]").pathDoesNotExist();
        assertThat(mongo.findById(police.getId(), AuditReturn.class).getAreaRatings()).allSatisfy(r -> assertThat(r.self()).isNull());

        // unconfirmed answers are not enough to submit
        assertBadRequest(as(TestTokens.policeLead()).documentName("submitReturn").variable("input", Map.of("returnId", police.getId(), "version", 0))
                .execute(), "answers");

        // confirming (the same value) counts it; changing it counts and shows as changed; a stale revision is refused
        var saved = as(TestTokens.policeLead()).documentName("saveAnswers").variable("input", Map.of("returnId", police.getId(), "answers", List.of(
                Map.of("questionCode", "S11-8.1", "expectedRevision", 0, "rating", "NOT_MET"),
                Map.of("questionCode", "S11-5.2a", "expectedRevision", 0, "number", 95.0)))).execute();
        saved.path("saveAnswers.auditReturn.requiredAnswered").entity(Integer.class).isEqualTo(2);
        saved.path("saveAnswers.auditReturn.state").entity(String.class).isEqualTo("IN_PROGRESS");
        var after = carried(TestTokens.policeLead(), police.getId());
        after.path("auditReturn.answers[?(@.questionCode == 'S11-8.1')].toConfirm").entityList(Boolean.class).containsExactly(false);
        after.path("auditReturn.answers[?(@.questionCode == 'S11-8.1')].changedSinceLastYear").entityList(Boolean.class).containsExactly(false);
        after.path("auditReturn.answers[?(@.questionCode == 'S11-5.2a')].changedSinceLastYear").entityList(Boolean.class).containsExactly(true);
        after.path("auditReturn.answers[?(@.questionCode == 'S11-5.2a')].lastYear.value.number").entityList(Double.class).containsExactly(90.0);
        assertSingleError(as(TestTokens.policeLead()).documentName("saveAnswers").variable("input", Map.of("returnId", police.getId(), "answers",
                List.of(Map.of("questionCode", "S11-8.1", "expectedRevision", 0, "rating", "MET")))).execute(), "CONFLICT");
        assertThat(mongo.findById(police.getId(), AuditReturn.class).getAreaRatings())
                .filteredOn(r -> r.standardCode().equals("S11-8")).extracting(AreaRating::self).containsOnly("NOT_MET");

        // the health trust had no return last year: nothing carried, nothing to clear
        AuditReturn health = returnOf(thisYear, AssessmentFixtures.HEALTH);
        carried(TestTokens.healthLead(), health.getId()).path("auditReturn.answers").entityList(Object.class).hasSize(0);
        assertBadRequest(as(TestTokens.healthLead()).documentName("startReturnBlank").variable("input", Map.of("returnId", health.getId(), "version", 0))
                .execute(), "returnId");
    }

    @Test
    void theOrganisationMayStartBlankInsteadAndNobodyElseMay() {
        String thisYear = issue(edition2, "Section 11 audit this year", TODAY.minusWeeks(1), TODAY.plusWeeks(8), List.of("POLICE"));
        AuditReturn police = returnOf(thisYear, AssessmentFixtures.POLICE);
        as(TestTokens.policeLead()).documentName("saveAnswers").variable("input", Map.of("returnId", police.getId(), "answers", List.of(
                Map.of("questionCode", "S11-1.1", "expectedRevision", 0, "rating", "PARTIALLY_MET")))).execute();
        long version = returns.findById(police.getId()).orElseThrow().getVersion();
        assertSingleError(as(TestTokens.healthLead()).documentName("startReturnBlank").variable("input", Map.of("returnId", police.getId(),
                "version", version)).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.admin()).documentName("startReturnBlank").variable("input", Map.of("returnId", police.getId(),
                "version", version)).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.policeLead()).documentName("startReturnBlank").variable("input", Map.of("returnId", police.getId(),
                "version", version - 1)).execute(), "CONFLICT");
        assertThat(returns.findById(police.getId()).orElseThrow().getAnswers()).hasSizeGreaterThan(1);

        var blank = as(TestTokens.policeLead()).documentName("startReturnBlank").variable("input", Map.of("returnId", police.getId(),
                "version", version)).execute();
        // what the lead already confirmed or changed stays; the rest of last year's answers are gone
        blank.path("startReturnBlank.auditReturn.answers[*].questionCode").entityList(String.class).containsExactly("S11-1.1");
        blank.path("startReturnBlank.auditReturn.requiredAnswered").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aQuestionMayReplaceOnlyEarlierEditionsCodes() {
        var content = edition1.getContent();
        var clash = renamed(content, "S11-5.2", "S11-5.2a", List.of("S11-5.1"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Framework("S11", 3, clash)))
                .isInstanceOf(org.jointboard.common.RejectedCommand.class).hasMessageContaining("S11-5.1 is a question of this edition");
    }

    private GraphQlTester.Response carried(String token, String returnId) {
        return as(token).documentName("carriedAnswers").variable("id", returnId).execute();
    }

    private String issue(Framework framework, String title, LocalDate opens, LocalDate due, List<String> kinds) {
        var input = AssessmentFixtures.cycleInput(framework.getId(), title, List.of("wolverhampton", "walsall"), opens.toString(), due.toString());
        input.put("organisationKinds", kinds);
        String id = as(TestTokens.admin()).documentName("createAuditCycle").variable("input", input).execute()
                .path("createAuditCycle.cycle.id").entity(String.class).get();
        as(TestTokens.admin()).documentName("issueAuditCycle").variable("input", Map.of("id", id, "version", 0)).execute()
                .path("issueAuditCycle.cycle.status").entity(String.class).isEqualTo("OPEN");
        return id;
    }

    private AuditReturn returnOf(String cycleId, String organisationCode) {
        return returns.findAll().stream().filter(r -> r.getCycleId().equals(cycleId) && r.getOrganisationCode().equals(organisationCode))
                .findFirst().orElseThrow();
    }

    private Framework publishedEditionRenaming(String from, String to) {
        var framework = new Framework("S11", 2, renamed(edition1.getContent(), from, to, List.of(from)));
        framework.publish(TestClock.now(), "test");
        return frameworks.insert(framework);
    }

    private static FrameworkContent renamed(FrameworkContent content, String from, String to, List<String> replaces) {
        var sections = content.sections().stream().map(section -> new FrameworkSection(section.code(), section.title(), section.guidance(),
                section.standards().stream().map(standard -> new Standard(standard.code(), standard.title(), standard.guidance(),
                        standard.questions().stream().map(q -> !q.code().equals(from) ? q : new Question(to, q.text(), q.guidance(), q.answerType(),
                                q.required(), q.serves(), q.choices(), q.minimum(), q.maximum(), q.establishmentTypes(), replaces)).toList())).toList()))
                .toList();
        return new FrameworkContent(content.title(), content.description(), content.serves(), content.organisationKinds(), content.ratingScale(),
                sections, content.signOffs());
    }
}
