package org.jointboard.assessment;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.assessment.internal.AuditCycleRepository;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Frameworks are versioned data that freeze when published; cycles are checked before anything is issued. */
@BackendIntegrationTest
class FrameworkAndCycleGraphQlTests extends GraphQlTestSupport {

    static final LocalDate TODAY = TestClock.today();

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AuditCycleRepository cycles;
    @Autowired
    AuditReturnRepository returns;

    @BeforeEach
    void givenPartnerships() {
        partnershipFixtures.storeDemoPartnerships();
        AssessmentFixtures.storeAgencies(partnershipFixtures);
    }

    @Test
    void aPublishedEditionNeverChangesAndANewEditionIsANewVersion() {
        var created = as(TestTokens.admin()).documentName("createFramework").variable("input", Map.of("code", "ADULTS", "framework", adultsFramework("Adults' self-assessment"))).execute();
        String id = created.path("createFramework.framework.id").entity(String.class).get();
        created.path("createFramework.framework.edition").entity(Integer.class).isEqualTo(1);
        created.path("createFramework.framework.status").entity(String.class).isEqualTo("DRAFT");
        as(TestTokens.admin()).documentName("updateFramework").variable("input", Map.of("id", id, "version", 0, "framework", adultsFramework("Adults' self-assessment 2026")))
                .execute().path("updateFramework.framework.title").entity(String.class).isEqualTo("Adults' self-assessment 2026");
        as(TestTokens.admin()).documentName("publishFramework").variable("input", Map.of("id", id, "version", 1)).execute()
                .path("publishFramework.framework.status").entity(String.class).isEqualTo("PUBLISHED");
        assertBadRequest(as(TestTokens.admin()).documentName("updateFramework").variable("input", Map.of("id", id, "version", 2,
                "framework", adultsFramework("Changed after publishing"))).execute(), "id");
        assertThat(frameworks.findById(id).orElseThrow().getTitle()).isEqualTo("Adults' self-assessment 2026");
        as(TestTokens.admin()).documentName("createFramework").variable("input", Map.of("code", "ADULTS", "framework", adultsFramework("Second edition"))).execute()
                .path("createFramework.framework.edition").entity(Integer.class).isEqualTo(2);
        as(TestTokens.healthLead()).documentName("frameworks").variable("code", "ADULTS").execute()
                .path("frameworks[*].edition").entityList(Integer.class).containsExactly(2, 1);
        assertSingleError(as(TestTokens.chair()).documentName("createFramework").variable("input", Map.of("code", "X1", "framework", adultsFramework("X"))).execute(),
                "FORBIDDEN");
    }

    @Test
    void aFrameworkEveryReturnCouldBeBuiltOnIsRequired() {
        var noRating = adultsFramework("No rating");
        var standard = firstStandard(noRating);
        standard.put("questions", List.of(Map.of("code", "A-1.2", "text", "Do you?", "answerType", "YES_NO", "required", true)));
        assertBadRequest(as(TestTokens.admin()).documentName("createFramework").variable("input", Map.of("code", "ADULTS", "framework", noRating)).execute(),
                "framework.sections[0].standards[0].questions");
        var oneChoice = adultsFramework("One choice");
        firstStandard(oneChoice).put("questions", List.of(Map.of("code", "A-1.1", "text", "Rate", "answerType", "RATING", "required", true),
                Map.of("code", "A-1.2", "text", "Pick", "answerType", "CHOICE", "choices", List.of("Only"))));
        assertBadRequest(as(TestTokens.admin()).documentName("createFramework").variable("input", Map.of("code", "ADULTS", "framework", oneChoice)).execute(),
                "framework.sections[0].standards[0].questions[1].choices");
        assertBadRequest(as(TestTokens.admin()).documentName("createFramework").variable("input", Map.of("code", "lower case", "framework", adultsFramework("X"))).execute(),
                "code");
        assertThat(frameworks.count()).isZero();
    }

    @Test
    void cyclesAreCheckedAndIssuedOnceToTheOrganisationsInScope() {
        Framework published = AssessmentFixtures.publishedSection11(frameworks);
        var draft = frameworks.insert(new Framework("S11", 2, published.getContent()));
        var late = AssessmentFixtures.cycleInput(published.getId(), "Backwards", List.of("wolverhampton"), TODAY.toString(), TODAY.minusDays(1).toString());
        assertBadRequest(createCycle(TestTokens.admin(), late), "dueOn");
        var onDraft = AssessmentFixtures.cycleInput(draft.getId(), "Draft", List.of("wolverhampton"), TODAY.toString(), TODAY.plusWeeks(4).toString());
        assertBadRequest(createCycle(TestTokens.admin(), onDraft), "frameworkId");
        var noScope = AssessmentFixtures.cycleInput(published.getId(), "Nobody", List.of("wolverhampton"), TODAY.toString(), TODAY.plusWeeks(4).toString());
        noScope.put("organisationKinds", List.of());
        assertBadRequest(createCycle(TestTokens.admin(), noScope), "organisationKinds");
        var ghost = AssessmentFixtures.cycleInput(published.getId(), "Ghost", List.of("wolverhampton"), TODAY.toString(), TODAY.plusWeeks(4).toString());
        ghost.put("organisationCodes", List.of("no-such-organisation"));
        assertBadRequest(createCycle(TestTokens.admin(), ghost), "organisationCodes");
        var good = AssessmentFixtures.cycleInput(published.getId(), "S11 2026/27", List.of("wolverhampton", "walsall"), TODAY.toString(), TODAY.plusWeeks(4).toString());
        assertSingleError(createCycle(TestTokens.walsallAdmin(), good), "FORBIDDEN");
        assertThat(cycles.count()).isZero();

        String id = createCycle(TestTokens.admin(), good).path("createAuditCycle.cycle.id").entity(String.class).get();
        assertSingleError(as(TestTokens.walsallAdmin()).documentName("issueAuditCycle").variable("input", Map.of("id", id, "version", 0)).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.admin()).documentName("issueAuditCycle").variable("input", Map.of("id", id, "version", 7)).execute(), "CONFLICT");
        assertThat(returns.count()).isZero();
        as(TestTokens.admin()).documentName("issueAuditCycle").variable("input", Map.of("id", id, "version", 0)).execute()
                .path("issueAuditCycle.cycle.status").entity(String.class).isEqualTo("OPEN");
        assertThat(returns.findAll()).extracting(AuditReturn::getOrganisationCode)
                .containsExactlyInAnyOrder(AssessmentFixtures.POLICE, AssessmentFixtures.HEALTH);
        assertBadRequest(as(TestTokens.admin()).documentName("issueAuditCycle").variable("input", Map.of("id", id, "version", 1)).execute(), "id");
        assertThat(returns.count()).isEqualTo(2);
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Response createCycle(String token, Map<String, Object> input) {
        return as(token).documentName("createAuditCycle").variable("input", input).execute();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstStandard(Map<String, Object> framework) {
        var sections = (List<Map<String, Object>>) framework.get("sections");
        return ((List<Map<String, Object>>) sections.getFirst().get("standards")).getFirst();
    }

    private static Map<String, Object> adultsFramework(String title) {
        var questions = new ArrayList<Map<String, Object>>(List.of(
                Map.of("code", "A-1.1", "text", "How well do you meet this?", "answerType", "RATING", "required", true, "serves", "ADULTS"),
                Map.of("code", "A-1.2", "text", "Do you ask the adult what outcome they want?", "answerType", "YES_NO", "required", true, "serves", "ADULTS")));
        var standard = new HashMap<String, Object>(Map.of("code", "A-1", "title", "Making Safeguarding Personal", "questions", questions));
        var section = new HashMap<String, Object>(Map.of("code", "PRACTICE", "title", "Practice", "standards", new ArrayList<>(List.of(standard))));
        var framework = new HashMap<String, Object>();
        framework.put("title", title);
        framework.put("serves", "ADULTS");
        framework.put("organisationKinds", List.of("NHS_TRUST", "LOCAL_AUTHORITY"));
        framework.put("ratingScale", List.of(Map.of("value", "MET", "label", "Met", "rag", "GREEN", "rank", 2, "met", true),
                Map.of("value", "NOT_MET", "label", "Not met", "rag", "RED", "rank", 1, "met", false)));
        framework.put("sections", new ArrayList<>(List.of(section)));
        return framework;
    }
}
