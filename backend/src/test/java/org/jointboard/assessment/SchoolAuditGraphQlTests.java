package org.jointboard.assessment;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.partnership.Serves;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schools' s175/s157 audit on the same engine. Register: Park (maintained primary), Vale (academy secondary), Oaks
 * (maintained special), Elm (maintained primary). A cycle for primary schools reaches Park and Elm only; Park's lead
 * answers, signs off twice and submits; Elm answers "no" to the named governor question and submits too.
 */
@BackendIntegrationTest
class SchoolAuditGraphQlTests extends GraphQlTestSupport {

    static final LocalDate TODAY = TestClock.today();
    static final String PARK_LEAD = TestTokens.token("school.dsl", List.of("SCHOOL_LEAD"), "park", List.of("wolverhampton"));
    static final String ELM_LEAD = TestTokens.token("elm.dsl", List.of("SCHOOL_LEAD"), "elm", List.of("wolverhampton"));
    static final String VALE_LEAD = TestTokens.token("vale.dsl", List.of("SCHOOL_LEAD"), "vale", List.of("wolverhampton"));

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AuditReturnRepository returns;

    Framework framework;
    String cycleId;

    @BeforeEach
    void givenAPrimarySchoolsCycle() {
        partnershipFixtures.storeDemoPartnerships();
        school("park", "Park Primary", "900001", "PRIMARY", "MAINTAINED");
        school("vale", "Vale Academy", "900002", "SECONDARY", "ACADEMY");
        school("oaks", "Oaks Special", "900003", "SPECIAL", "MAINTAINED");
        school("elm", "Elm Primary", "900004", "PRIMARY", "MAINTAINED");
        framework = FrameworkFiles.read(JsonMapper.builder().build(), DemoAssessments.SCHOOLS_FRAMEWORK_FILE);
        framework.publish(TestClock.now(), "test");
        framework = frameworks.insert(framework);
        var input = AssessmentFixtures.cycleInput(framework.getId(), "Schools' safeguarding audit 2026/27", List.of("wolverhampton"),
                TODAY.minusWeeks(1).toString(), TODAY.plusWeeks(8).toString());
        input.put("organisationKinds", List.of("SCHOOL"));
        input.put("schoolPhases", List.of("PRIMARY"));
        cycleId = as(TestTokens.admin()).documentName("createAuditCycle").variable("input", input).execute()
                .path("createAuditCycle.cycle.id").entity(String.class).get();
        as(TestTokens.admin()).documentName("issueAuditCycle").variable("input", Map.of("id", cycleId, "version", 0)).execute()
                .path("issueAuditCycle.cycle.returnCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void aPhaseCycleReachesThosePhasesAndS157QuestionsOnlyS157Schools() {
        assertThat(returns.findAll()).extracting(AuditReturn::getOrganisationCode).containsExactlyInAnyOrder("park", "elm");
        List<String> asked = read(PARK_LEAD, returnOf("park")).path("auditReturn.sections[*].standards[*].questions[*].code")
                .entityList(String.class).get();
        assertThat(asked).contains("S175-1.3").doesNotContain("S175-1.4");
        assertThat(framework.question("S175-1.4").orElseThrow().establishmentTypes()).contains("ACADEMY");
    }

    @Test
    void signOffByTheHeadAndTheChairOfGovernorsIsNeededBeforeSubmitting() {
        String park = returnOf("park");
        save(PARK_LEAD, park, answers("park", Map.of())).errors().verify();
        var refused = submit(PARK_LEAD, park, 1);
        assertBadRequest(refused, "signOffs");
        assertThat(errors(refused).getFirst().getMessage()).contains("Head teacher", "Chair of governors");
        assertBadRequest(signOff(PARK_LEAD, park, 1, "Caretaker", "Sam Jones", TODAY), "role");
        assertBadRequest(signOff(PARK_LEAD, park, 1, "Head teacher", "Sam Jones", TODAY.plusDays(1)), "date");
        assertBadRequest(signOff(PARK_LEAD, park, 1, "Head teacher", " ", TODAY), "name");
        signOff(PARK_LEAD, park, 1, "Head teacher", "Fatima Evans", TODAY).errors().verify();
        assertBadRequest(submit(PARK_LEAD, park, 2), "signOffs");
        signOff(PARK_LEAD, park, 2, "Chair of governors", "Rev. Hannah Hughes", TODAY.minusDays(1))
                .path("signOffReturn.auditReturn.signOffs[*].role").entityList(String.class).containsExactly("Head teacher", "Chair of governors");
        submit(PARK_LEAD, park, 3).path("submitReturn.auditReturn.state").entity(String.class).isEqualTo("SUBMITTED");
        // returned for changes: what was signed off will change, so it must be signed again
        as(TestTokens.admin()).documentName("returnForChanges").variable("input", Map.of("returnId", park, "version", 4, "partnership", "wolverhampton",
                "reasons", "Add the date the single central record was checked")).execute().errors().verify();
        assertThat(returns.findById(park).orElseThrow().getSignOffs()).isEmpty();
    }

    @Test
    void oneSchoolCannotOpenOrChangeAnothersAudit() {
        String park = returnOf("park");
        read(ELM_LEAD, park).path("auditReturn").valueIsNull();
        read(VALE_LEAD, park).path("auditReturn").valueIsNull();
        assertSingleError(save(ELM_LEAD, park, answers("park", Map.of())), "FORBIDDEN");
        assertSingleError(signOff(ELM_LEAD, park, 0, "Head teacher", "Not theirs", TODAY), "FORBIDDEN");
        assertSingleError(read(TestTokens.viewer(), park), "FORBIDDEN");
        read(TestTokens.admin(), park).path("auditReturn.organisationName").entity(String.class).isEqualTo("Park Primary");
        assertThat(returns.findById(park).orElseThrow().getAnswers()).isEmpty();
    }

    @Test
    void theTrackerAndSummaryCountTheWorkedFixture() {
        String park = returnOf("park");
        String elm = returnOf("elm");
        completeAndSubmit(PARK_LEAD, park, Map.of());
        completeAndSubmit(ELM_LEAD, elm, Map.of("S175-1.2", false, "S175-5.3", false));
        var figures = as(TestTokens.admin()).documentName("schoolTracker").variable("cycle", cycleId).variable("partnership", "wolverhampton").execute();
        figures.path("cycleTracker.total").entity(Integer.class).isEqualTo(2);
        figures.path("cycleTracker.received").entity(Integer.class).isEqualTo(2);
        figures.path("cycleTracker.bySchoolGroup").matchesJson("[{\"phase\": \"PRIMARY\", \"establishmentType\": \"MAINTAINED\", \"total\": 2, \"received\": 2}]");
        figures.path("complianceSummary.sections[0]").matchesJson("{\"code\": \"LEAD\", \"judged\": 2, \"met\": 1, \"percentMet\": 50}");
        figures.path("complianceSummary.commonGaps").matchesJson("""
                [{"questionCode": "S175-1.2", "standardCode": "S175-1", "count": 1}, {"questionCode": "S175-5.3", "standardCode": "S175-5", "count": 1}]""");
        var viewer = as(TestTokens.viewer()).documentName("complianceSummary").variable("cycle", cycleId).variable("partnership", "wolverhampton").execute();
        viewer.path("complianceSummary.returnsReceived").entity(Integer.class).isEqualTo(2);
        viewer.path("complianceSummary.heatMap").valueIsNull();
    }

    private void completeAndSubmit(String token, String id, Map<String, Boolean> noAnswers) {
        save(token, id, answers(id, noAnswers)).errors().verify();
        signOff(token, id, 1, "Head teacher", "A Head", TODAY).errors().verify();
        signOff(token, id, 2, "Chair of governors", "A Chair", TODAY).errors().verify();
        submit(token, id, 3).errors().verify();
    }

    /** Every required question a maintained school is asked; a standard with a "no" answer is rated partially met. */
    private List<Map<String, Object>> answers(String ignored, Map<String, Boolean> noAnswers) {
        var answers = new ArrayList<Map<String, Object>>();
        framework.standards().forEach(standard -> {
            boolean gap = noAnswers.keySet().stream().anyMatch(code -> code.startsWith(standard.code() + "."));
            standard.questions().stream().filter(q -> q.required() && q.appliesTo(Serves.CHILDREN, "MAINTAINED")).forEach(q -> {
                var answer = new HashMap<>(AssessmentFixtures.answer(q, gap ? "PARTIALLY_MET" : "MET"));
                if (noAnswers.containsKey(q.code())) {
                    answer.put("yesNo", noAnswers.get(q.code()));
                }
                answers.add(answer);
            });
        });
        return answers;
    }

    private String returnOf(String organisationCode) {
        return returns.findAll().stream().filter(r -> r.getOrganisationCode().equals(organisationCode)).findFirst().orElseThrow().getId();
    }

    private void school(String code, String name, String urn, String phase, String type) {
        var input = PartnershipFixtures.schoolInput(code, name, urn);
        input.put("school", Map.of("urn", urn, "phase", phase, "establishmentType", type));
        as(TestTokens.admin()).documentName("createOrganisation").variable("input", input).execute().errors().verify();
    }

    private GraphQlTester.Response read(String token, String id) {
        return as(token).documentName("returnSections").variable("id", id).execute();
    }

    private GraphQlTester.Response save(String token, String id, List<Map<String, Object>> answers) {
        return as(token).documentName("saveAnswers").variable("input", Map.of("returnId", id, "answers", answers)).execute();
    }

    private GraphQlTester.Response submit(String token, String id, long version) {
        return as(token).documentName("submitReturn").variable("input", Map.of("returnId", id, "version", version)).execute();
    }

    private GraphQlTester.Response signOff(String token, String id, long version, String role, String name, LocalDate date) {
        return as(token).documentName("signOffReturn").variable("input", Map.of("returnId", id, "version", version, "role", role, "name", name,
                "date", date.toString())).execute();
    }
}
