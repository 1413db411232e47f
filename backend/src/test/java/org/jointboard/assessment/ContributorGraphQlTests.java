package org.jointboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
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
 * Contributors: the police's lead gives the Safe workforce section to a colleague who signs in as police.officer
 * (AGENCY_CONTRIBUTOR); the colleague answers it and attaches its evidence, but answers no other section, never
 * submits, signs off or starts blank, and never sees the board's feedback. Nobody else assigns the police's sections.
 */
@BackendIntegrationTest
class ContributorGraphQlTests extends GraphQlTestSupport {

    static final String WORKFORCE = "WORKFORCE";
    static final String OFFICER = "police.officer";

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AuditReturnRepository returns;

    private final HttpClient http = HttpClient.newHttpClient();
    private Framework framework;
    private String returnId;

    @BeforeEach
    void aPoliceReturnAndAColleagueWhoSignsIn() {
        partnershipFixtures.storeDemoPartnerships();
        AssessmentFixtures.storeAgencies(partnershipFixtures);
        partnershipFixtures.storePerson("imran", "Imran Shah", AssessmentFixtures.POLICE, OFFICER, "wolverhampton");
        partnershipFixtures.storePerson("daniel", "Daniel Price", AssessmentFixtures.POLICE, null, "wolverhampton");
        partnershipFixtures.storePerson("nadia", "Nadia Khan", AssessmentFixtures.HEALTH, "health.nurse", "wolverhampton");
        framework = AssessmentFixtures.publishedSection11(frameworks);
        var input = AssessmentFixtures.cycleInput(framework.getId(), "Section 11 audit", List.of("wolverhampton", "walsall"),
                TestClock.today().minusWeeks(1).toString(), TestClock.today().plusWeeks(6).toString());
        String cycleId = as(TestTokens.admin()).documentName("createAuditCycle").variable("input", input).execute()
                .path("createAuditCycle.cycle.id").entity(String.class).get();
        as(TestTokens.admin()).documentName("issueAuditCycle").variable("input", Map.of("id", cycleId, "version", 0)).execute();
        returnId = returns.findAll().stream().filter(r -> r.getOrganisationCode().equals(AssessmentFixtures.POLICE)).findFirst().orElseThrow().getId();
    }

    @Test
    void theLeadAssignsASectionTheColleagueAnswersItAndNothingElse() throws Exception {
        var unassigned = view(TestTokens.policeOfficer());
        unassigned.path("auditReturn.permissions.assignedSections").entityList(String.class).hasSize(0);
        unassigned.path("auditReturn.assignableColleagues").entityList(Object.class).hasSize(0);
        assertSingleError(save(TestTokens.policeOfficer(), "S11-5.2", Map.of("number", 80.0)), "FORBIDDEN");

        // the lead's colleagues who sign in; only the lead assigns, to one of them, a section of this return
        view(TestTokens.policeLead()).path("auditReturn.assignableColleagues[*].username").entityList(String.class).containsExactly(OFFICER);
        assertSingleError(assign(TestTokens.healthLead(), WORKFORCE, OFFICER, 0), "FORBIDDEN");
        assertSingleError(assign(TestTokens.policeOfficer(), WORKFORCE, OFFICER, 0), "FORBIDDEN");
        assertSingleError(assign(TestTokens.admin(), WORKFORCE, OFFICER, 0), "FORBIDDEN");
        assertBadRequest(assign(TestTokens.policeLead(), WORKFORCE, "health.nurse", 0), "username");
        assertBadRequest(assign(TestTokens.policeLead(), "NO-SUCH-SECTION", OFFICER, 0), "sectionCode");
        assertSingleError(assign(TestTokens.policeLead(), WORKFORCE, OFFICER, 5), "CONFLICT");
        assertThat(returns.findById(returnId).orElseThrow().getAssignments()).isEmpty();
        assign(TestTokens.policeLead(), WORKFORCE, OFFICER, 0).path("assignSection.auditReturn.assignments[0].name").entity(String.class)
                .isEqualTo("Imran Shah");

        var assigned = view(TestTokens.policeOfficer());
        assigned.path("auditReturn.permissions.assignedSections").entityList(String.class).containsExactly(WORKFORCE);
        assigned.path("auditReturn.permissions.canSubmit").entity(Boolean.class).isEqualTo(false);
        assigned.path("auditReturn.permissions.canAssign").entity(Boolean.class).isEqualTo(false);
        save(TestTokens.policeOfficer(), "S11-5.2", Map.of("number", 80.0)).path("saveAnswers.auditReturn.answers[0].questionCode")
                .entity(String.class).isEqualTo("S11-5.2");
        assertSingleError(save(TestTokens.policeOfficer(), "S11-1.1", Map.of("rating", "MET")), "FORBIDDEN");
        // the lead sees who answered what
        view(TestTokens.policeLead()).path("auditReturn.answers[?(@.questionCode == 'S11-5.2')].answeredBy").entityList(String.class)
                .containsExactly("Demo police.officer");

        // evidence: in the assigned section only
        long version = returns.findById(returnId).orElseThrow().getVersion();
        assertThat(EvidenceRequests.upload(http, port, TestTokens.policeOfficer(), returnId, "S11-4.4", String.valueOf(version), "vetting.pdf",
                EvidenceRequests.pdf()).statusCode()).isEqualTo(200);
        version = returns.findById(returnId).orElseThrow().getVersion();
        assertThat(EvidenceRequests.upload(http, port, TestTokens.policeOfficer(), returnId, "S11-1.4", String.valueOf(version), "board.pdf",
                EvidenceRequests.pdf()).statusCode()).isEqualTo(403);
        assertThat(returns.findById(returnId).orElseThrow().getEvidence()).extracting(EvidenceFile::questionCode).containsExactly("S11-4.4");

        // no submitting, signing off or starting blank; and nothing of another organisation's
        version = returns.findById(returnId).orElseThrow().getVersion();
        assertSingleError(as(TestTokens.policeOfficer()).documentName("submitReturn").variable("input", Map.of("returnId", returnId, "version", version))
                .execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.policeOfficer()).documentName("startReturnBlank").variable("input", Map.of("returnId", returnId,
                "version", version)).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.policeOfficer()).documentName("signOffReturn").variable("input", Map.of("returnId", returnId,
                "version", version, "role", "Chief officer", "name", "Imran Shah", "date", TestClock.today().toString())).execute(), "FORBIDDEN");
        String healthReturn = returns.findAll().stream().filter(r -> r.getOrganisationCode().equals(AssessmentFixtures.HEALTH)).findFirst()
                .orElseThrow().getId();
        as(TestTokens.policeOfficer()).documentName("contributorView").variable("id", healthReturn).execute().path("auditReturn").valueIsNull();

        // the lead takes the section back: the colleague answers nothing more
        assign(TestTokens.policeLead(), WORKFORCE, null, returns.findById(returnId).orElseThrow().getVersion());
        assertSingleError(save(TestTokens.policeOfficer(), "S11-5.3", Map.of("yesNo", true)), "FORBIDDEN");
    }

    @Test
    void theColleagueNeverSeesTheBoardsFeedback() {
        var answers = AssessmentFixtures.allRequired(framework, returns.findById(returnId).orElseThrow().getServes(), code -> "MET");
        as(TestTokens.policeLead()).documentName("saveAnswers").variable("input", Map.of("returnId", returnId, "answers", answers)).execute();
        as(TestTokens.policeLead()).documentName("submitReturn").variable("input", Map.of("returnId", returnId, "version", 1)).execute()
                .path("submitReturn.auditReturn.state").entity(String.class).isEqualTo("SUBMITTED");
        as(TestTokens.admin()).documentName("returnForChanges").variable("input", Map.of("returnId", returnId, "version", 2,
                "partnership", "walsall", "reasons", "S11-5: the Walsall figure, please")).execute();
        as(TestTokens.admin()).documentName("moderateRatings").variable("input", Map.of("returnId", returnId, "version", 3, "partnership", "wolverhampton",
                "ratings", List.of(Map.of("standardCode", "S11-4", "rating", "PARTIALLY_MET")))).execute();
        as(TestTokens.admin()).documentName("releaseFeedback").variable("input", Map.of("returnId", returnId, "version", 4, "partnership", "wolverhampton"))
                .execute();

        view(TestTokens.policeLead()).path("auditReturn.reviews[?(@.partnershipCode == 'wolverhampton')].moderated[*].rating")
                .entityList(String.class).containsExactly("PARTIALLY_MET");
        var colleague = view(TestTokens.policeOfficer());
        colleague.path("auditReturn.reviews").entityList(Object.class).hasSize(0);
        colleague.path("auditReturn.events[*].action").entityList(String.class).doesNotContain("RETURNED", "FEEDBACK_RELEASED");
        colleague.path("auditReturn.events[*].reason").entityList(String.class).doesNotContain("S11-5: the Walsall figure, please");
    }

    private GraphQlTester.Response view(String token) {
        return as(token).documentName("contributorView").variable("id", returnId).execute();
    }

    private GraphQlTester.Response save(String token, String questionCode, Map<String, Object> value) {
        var answer = new java.util.HashMap<String, Object>(value);
        answer.put("questionCode", questionCode);
        answer.put("expectedRevision", 0);
        return as(token).documentName("saveAnswers").variable("input", Map.of("returnId", returnId, "answers", List.of(answer))).execute();
    }

    private GraphQlTester.Response assign(String token, String section, String username, long version) {
        var input = new java.util.HashMap<String, Object>(Map.of("returnId", returnId, "version", version, "sectionCode", section));
        if (username != null) {
            input.put("username", username);
        }
        return as(token).documentName("assignSection").variable("input", input).execute();
    }
}
