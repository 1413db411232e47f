package org.jointboard.assessment;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jointboard.assessment.AssessmentFixtures.HEALTH;
import static org.jointboard.assessment.AssessmentFixtures.POLICE;

import java.time.LocalDate;
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

/** A Section 11 cycle issued to the police (Wolverhampton and Walsall) and a health trust (Wolverhampton only). */
@BackendIntegrationTest
class AuditReturnGraphQlTests extends GraphQlTestSupport {

    static final LocalDate TODAY = TestClock.today();
    static final String WARWICKSHIRE_ADMIN = TestTokens.token("warks.admin", List.of("BOARD_ADMIN"), null, List.of("warwickshire"));

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AuditReturnRepository returns;

    Framework framework;
    String policeReturn;
    String healthReturn;

    @BeforeEach
    void givenAnIssuedCycle() {
        partnershipFixtures.storeDemoPartnerships();
        AssessmentFixtures.storeAgencies(partnershipFixtures);
        framework = AssessmentFixtures.publishedSection11(frameworks);
        var created = as(TestTokens.admin()).documentName("createAuditCycle").variable("input", AssessmentFixtures.cycleInput(framework.getId(),
                "Section 11 2026/27", List.of("wolverhampton", "walsall"), TODAY.minusWeeks(2).toString(), TODAY.plusWeeks(6).toString())).execute();
        String cycleId = created.path("createAuditCycle.cycle.id").entity(String.class).get();
        var issued = as(TestTokens.admin()).documentName("issueAuditCycle").variable("input", Map.of("id", cycleId, "version", 0)).execute();
        issued.path("issueAuditCycle.cycle.returnCount").entity(Integer.class).isEqualTo(2);
        policeReturn = returns.findAll().stream().filter(r -> r.getOrganisationCode().equals(POLICE)).findFirst().orElseThrow().getId();
        healthReturn = returns.findAll().stream().filter(r -> r.getOrganisationCode().equals(HEALTH)).findFirst().orElseThrow().getId();
    }

    @Test
    void issuingCreatesOneReturnPerOrganisationCoveringTheCyclesPartnershipsItServes() {
        assertThat(returns.count()).isEqualTo(2);
        var police = read(TestTokens.policeLead(), policeReturn);
        police.path("auditReturn.partnershipCodes").entityList(String.class).containsExactly("walsall", "wolverhampton");
        police.path("auditReturn.state").entity(String.class).isEqualTo("NOT_STARTED");
        police.path("auditReturn.serves").entity(String.class).isEqualTo("BOTH");
        police.path("auditReturn.requiredCount").entity(Integer.class).isEqualTo(framework.requiredFor(Serves.BOTH, null).size());
        police.path("auditReturn.permissions.canEdit").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void theMultiPartnershipReturnIsSeenByExactlyTheRightPeople() {
        read(TestTokens.admin(), policeReturn).path("auditReturn.id").entity(String.class).isEqualTo(policeReturn);
        read(TestTokens.walsallAdmin(), policeReturn).path("auditReturn.id").entity(String.class).isEqualTo(policeReturn);
        read(TestTokens.walsallAdmin(), policeReturn).path("auditReturn.permissions.decidePartnerships").entityList(String.class).containsExactly("walsall");
        read(TestTokens.walsallAdmin(), healthReturn).path("auditReturn").valueIsNull();
        read(WARWICKSHIRE_ADMIN, policeReturn).path("auditReturn").valueIsNull();
        read(TestTokens.healthLead(), policeReturn).path("auditReturn").valueIsNull();
        read(TestTokens.policeLead(), healthReturn).path("auditReturn").valueIsNull();
        read(TestTokens.chair(), policeReturn).path("auditReturn.id").entity(String.class).isEqualTo(policeReturn);
        assertSingleError(read(TestTokens.viewer(), policeReturn), "FORBIDDEN");
        as(TestTokens.policeLead()).documentName("myReturns").execute().path("myReturns[*].organisationName").entityList(String.class)
                .containsExactly("West Midlands Police");
        as(TestTokens.healthLead()).documentName("myReturns").execute().path("myReturns[*].organisationName").entityList(String.class)
                .containsExactly("Royal Wolverhampton NHS Trust");
    }

    /**
     * Autosave from many editors at once: 39 saves to 39 different questions are all kept (none refused), and 11
     * saves of one question from the same revision keep exactly one, the others told CONFLICT at their answer.
     */
    @Test
    void concurrentSavesOfDifferentQuestionsAreAllKeptAndOfOneQuestionOneWins() throws Exception {
        var questions = framework.standards().flatMap(s -> s.questions().stream()).filter(q -> q.appliesTo(Serves.BOTH, null))
                .limit(40).toList();
        var different = org.jointboard.support.Concurrently.run(39, i -> save(TestTokens.policeLead(), policeReturn,
                List.of(AssessmentFixtures.answer(questions.get(i), "MET"))));
        assertThat(different).containsOnly(org.jointboard.support.Concurrently.OK);
        AuditReturn stored = returns.findById(policeReturn).orElseThrow();
        assertThat(stored.getAnswers()).extracting(Answer::questionCode)
                .containsExactlyInAnyOrderElementsOf(questions.subList(0, 39).stream().map(Question::code).toList());
        assertThat(stored.getState()).isEqualTo(ReturnState.IN_PROGRESS);
        assertThat(stored.getEvents()).filteredOn(e -> e.action() == ReturnEvent.Action.STARTED).hasSize(1);
        assertThat(stored.getRequiredAnswered()).as("progress counts every kept answer")
                .isEqualTo((int) questions.subList(0, 39).stream().filter(Question::required).count());

        var same = org.jointboard.support.Concurrently.run(11, i -> save(TestTokens.policeLead(), policeReturn,
                List.of(AssessmentFixtures.answer(questions.get(39), "MET"))));
        assertThat(same).containsOnlyOnce(org.jointboard.support.Concurrently.OK).containsOnly(org.jointboard.support.Concurrently.OK, "CONFLICT");
        assertThat(returns.findById(policeReturn).orElseThrow().answer(questions.get(39).code()).orElseThrow().revision()).isEqualTo(1);
    }

    /** Walsall's decision and its reason are Walsall's: Wolverhampton's chair sees the history without them; the lead sees all. */
    @Test
    void anotherPartnershipsDecisionsAreWithheldFromTheHistoryLikeItsReview() {
        save(TestTokens.policeLead(), policeReturn, AssessmentFixtures.allRequired(framework, Serves.BOTH, s -> "MET")).errors().verify();
        command("submitReturn", TestTokens.policeLead(), input(policeReturn, 1)).errors().verify();
        command("returnForChanges", TestTokens.walsallAdmin(), input(policeReturn, 2, "partnership", "walsall", "reasons", "Walsall's own reason"))
                .errors().verify();
        read(TestTokens.chair(), policeReturn).path("auditReturn.events[*].action").entityList(String.class)
                .containsExactly("ISSUED", "STARTED", "SUBMITTED");
        read(TestTokens.chair(), policeReturn).path("auditReturn.events[*].reason").entityList(String.class).doesNotContain("Walsall's own reason");
        read(TestTokens.policeLead(), policeReturn).path("auditReturn.events[*].action").entityList(String.class)
                .containsExactly("ISSUED", "STARTED", "SUBMITTED", "RETURNED");
        read(TestTokens.walsallAdmin(), policeReturn).path("auditReturn.events[3].reason").entity(String.class).isEqualTo("Walsall's own reason");
    }

    /** A lead reads the cycle their organisation's return belongs to; a lead of an organisation outside it does not. */
    @Test
    void aLeadReadsTheCycleOfTheirOwnReturn() {
        String cycleId = returns.findById(policeReturn).orElseThrow().getCycleId();
        as(TestTokens.policeLead()).document("query($id: ID!) { auditCycle(id: $id) { id title } }").variable("id", cycleId).execute()
                .path("auditCycle.title").entity(String.class).isEqualTo("Section 11 2026/27");
        as(TestTokens.schoolLead()).document("query($id: ID!) { auditCycle(id: $id) { id title } }").variable("id", cycleId).execute()
                .path("auditCycle").valueIsNull();
    }

    @Test
    void everyLegalTransitionIsRecordedWithWhoAndWhen() {
        save(TestTokens.policeLead(), policeReturn, AssessmentFixtures.allRequired(framework, Serves.BOTH, s -> "MET"))
                .path("saveAnswers.auditReturn.state").entity(String.class).isEqualTo("IN_PROGRESS");
        command("submitReturn", TestTokens.policeLead(), input(policeReturn, 1)).path("submitReturn.auditReturn.state").entity(String.class).isEqualTo("SUBMITTED");
        command("returnForChanges", TestTokens.walsallAdmin(), input(policeReturn, 2, "partnership", "walsall", "reasons", "S11-4 evidence is missing"))
                .path("returnForChanges.auditReturn.state").entity(String.class).isEqualTo("RETURNED");
        var fix = AssessmentFixtures.answer(framework.standard("S11-4").orElseThrow().questions().get(3), null);
        fix.put("expectedRevision", 1);
        fix.put("text", "Single central record, checked 3 May");
        save(TestTokens.policeLead(), policeReturn, List.of(fix)).path("saveAnswers.auditReturn.state").entity(String.class).isEqualTo("RETURNED");
        command("submitReturn", TestTokens.policeLead(), input(policeReturn, 4)).path("submitReturn.auditReturn.state").entity(String.class).isEqualTo("SUBMITTED");
        command("acceptReturn", TestTokens.walsallAdmin(), input(policeReturn, 5, "partnership", "walsall"))
                .path("acceptReturn.auditReturn.state").entity(String.class).isEqualTo("SUBMITTED");
        command("acceptReturn", TestTokens.admin(), input(policeReturn, 6, "partnership", "wolverhampton"))
                .path("acceptReturn.auditReturn.state").entity(String.class).isEqualTo("ACCEPTED");
        var reopened = command("reopenReturn", TestTokens.admin(), input(policeReturn, 7, "partnership", "wolverhampton", "reason", "New inspection finding"));
        reopened.path("reopenReturn.auditReturn.state").entity(String.class).isEqualTo("RETURNED");
        reopened.path("reopenReturn.auditReturn.events[*].action").entityList(String.class).containsExactly("ISSUED", "STARTED", "SUBMITTED",
                "RETURNED", "SUBMITTED", "ACCEPTED_FOR_PARTNERSHIP", "ACCEPTED_FOR_PARTNERSHIP", "ACCEPTED", "REOPENED");
        reopened.path("reopenReturn.auditReturn.events[3].reason").entity(String.class).isEqualTo("S11-4 evidence is missing");
        reopened.path("reopenReturn.auditReturn.events[3].byName").entity(String.class).isEqualTo("Demo walsall.admin");
        reopened.path("reopenReturn.auditReturn.events[3].partnershipCode").entity(String.class).isEqualTo("walsall");
        var answer = read(TestTokens.policeLead(), policeReturn);
        answer.path("auditReturn.answers[?(@.questionCode == '" + fix.get("questionCode") + "')].revision").entityList(Integer.class).containsExactly(2);
        answer.path("auditReturn.answers[?(@.questionCode == '" + fix.get("questionCode") + "')].history[*].revision").entityList(Integer.class).containsExactly(1);
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        assertBadRequest(command("submitReturn", TestTokens.policeLead(), input(policeReturn, 0)), "answers");
        assertBadRequest(command("acceptReturn", TestTokens.admin(), input(policeReturn, 0, "partnership", "walsall")), "state");
        assertBadRequest(command("returnForChanges", TestTokens.admin(), input(policeReturn, 0, "partnership", "walsall", "reasons", "x")), "state");
        assertBadRequest(command("reopenReturn", TestTokens.admin(), input(policeReturn, 0, "partnership", "walsall", "reason", "x")), "state");
        assertBadRequest(command("moderateRatings", TestTokens.admin(), moderation(policeReturn, 0, "walsall", "S11-1", "MET")), "ratings");
        assertThat(returns.findById(policeReturn).orElseThrow().getVersion()).isZero();

        save(TestTokens.policeLead(), policeReturn, AssessmentFixtures.allRequired(framework, Serves.BOTH, s -> "MET"));
        command("submitReturn", TestTokens.policeLead(), input(policeReturn, 1)).errors().verify();
        assertBadRequest(command("submitReturn", TestTokens.policeLead(), input(policeReturn, 2)), "state");
        assertBadRequest(command("reopenReturn", TestTokens.admin(), input(policeReturn, 2, "partnership", "walsall", "reason", "x")), "state");
        var late = AssessmentFixtures.answer(framework.question("S11-1.1").orElseThrow(), "NOT_MET");
        late.put("expectedRevision", 1);
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(late)), "answers");
        command("acceptReturn", TestTokens.admin(), input(policeReturn, 2, "partnership", "walsall")).errors().verify();
        assertBadRequest(command("acceptReturn", TestTokens.admin(), input(policeReturn, 3, "partnership", "walsall")), "partnership");
        assertBadRequest(command("acceptReturn", TestTokens.admin(), input(policeReturn, 3, "partnership", "warwickshire")), "partnership");
        command("acceptReturn", TestTokens.admin(), input(policeReturn, 3, "partnership", "wolverhampton")).errors().verify();
        assertBadRequest(command("returnForChanges", TestTokens.admin(), input(policeReturn, 4, "partnership", "walsall", "reasons", "x")), "state");
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(late)), "answers");
        AuditReturn stored = returns.findById(policeReturn).orElseThrow();
        assertThat(stored.getState()).isEqualTo(ReturnState.ACCEPTED);
        assertThat(stored.getVersion()).isEqualTo(4);
        assertThat(stored.answer("S11-1.1").orElseThrow().value().rating()).isEqualTo("MET");
    }

    @Test
    void invalidAnswersAreRefusedWithTheFieldNamedAndNothingSaved() {
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-1.2", "expectedRevision", 0, "rating", "MET"))),
                "answers[0].rating");
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-1.1", "expectedRevision", 0, "rating", "SPLENDID"))),
                "answers[0].rating");
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-5.2", "expectedRevision", 0, "number", 140))),
                "answers[0].number");
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-1.3", "expectedRevision", 0, "choice", "Weekly"))),
                "answers[0].choice");
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-99.1", "expectedRevision", 0, "yesNo", true))),
                "answers[0].questionCode");
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-1.2", "expectedRevision", 0, "yesNo", true,
                "addenda", List.of(Map.of("partnership", "wirral", "text", "Differs"))))), "answers[0].addenda[0].partnership");
        assertBadRequest(save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-1.2", "expectedRevision", -1, "yesNo", true))),
                "answers[0].expectedRevision");
        AuditReturn stored = returns.findById(policeReturn).orElseThrow();
        assertThat(stored.getAnswers()).isEmpty();
        assertThat(stored.getState()).isEqualTo(ReturnState.NOT_STARTED);
    }

    @Test
    void requiredAnswersMustAllBePresentToSubmit() {
        var answers = AssessmentFixtures.allRequired(framework, Serves.BOTH, s -> "MET");
        var withoutEvidence = answers.stream().filter(a -> !a.get("questionCode").equals("S11-4.4")).toList();
        save(TestTokens.policeLead(), policeReturn, withoutEvidence).path("saveAnswers.auditReturn.requiredAnswered")
                .entity(Integer.class).isEqualTo(answers.size() - 1);
        var refused = command("submitReturn", TestTokens.policeLead(), input(policeReturn, 1));
        assertBadRequest(refused, "answers");
        assertThat(errors(refused).getFirst().getMessage()).contains("S11-4.4");
        assertThat(returns.findById(policeReturn).orElseThrow().getState()).isEqualTo(ReturnState.IN_PROGRESS);
    }

    @Test
    void onlyTheOrganisationsLeadEditsAndOnlyAdminsOfACoveredPartnershipDecide() {
        var answer = List.of(Map.<String, Object>of("questionCode", "S11-1.2", "expectedRevision", 0, "yesNo", true));
        assertSingleError(save(TestTokens.healthLead(), policeReturn, answer), "FORBIDDEN");
        assertSingleError(save(TestTokens.admin(), policeReturn, answer), "FORBIDDEN");
        assertSingleError(save(TestTokens.viewer(), policeReturn, answer), "FORBIDDEN");
        save(TestTokens.policeLead(), policeReturn, AssessmentFixtures.allRequired(framework, Serves.BOTH, s -> "MET")).errors().verify();
        command("submitReturn", TestTokens.policeLead(), input(policeReturn, 1)).errors().verify();
        assertSingleError(command("acceptReturn", TestTokens.policeLead(), input(policeReturn, 2, "partnership", "walsall")), "FORBIDDEN");
        assertSingleError(command("acceptReturn", TestTokens.chair(), input(policeReturn, 2, "partnership", "wolverhampton")), "FORBIDDEN");
        assertSingleError(command("acceptReturn", TestTokens.walsallAdmin(), input(policeReturn, 2, "partnership", "wolverhampton")), "FORBIDDEN");
        assertSingleError(command("moderateRatings", TestTokens.exec(), moderation(policeReturn, 2, "wolverhampton", "S11-1", "MET")), "FORBIDDEN");
        command("moderateRatings", TestTokens.chair(), moderation(policeReturn, 2, "wolverhampton", "S11-1", "PARTIALLY_MET")).errors().verify();
        assertThat(returns.findById(policeReturn).orElseThrow().getState()).isEqualTo(ReturnState.SUBMITTED);
    }

    @Test
    void twoEditorsOfOneAnswerGetAConflictAndNeitherLosesWork() {
        var first = Map.<String, Object>of("questionCode", "S11-1.2", "expectedRevision", 0, "yesNo", true);
        var second = Map.<String, Object>of("questionCode", "S11-1.2", "expectedRevision", 0, "yesNo", false);
        save(TestTokens.policeLead(), policeReturn, List.of(first)).errors().verify();
        var conflict = save(TestTokens.policeLead(), policeReturn, List.of(second));
        assertSingleError(conflict, "CONFLICT");
        assertThat(errors(conflict).getFirst().getExtensions()).containsEntry("field", "answers[0]");
        assertThat(returns.findById(policeReturn).orElseThrow().answer("S11-1.2").orElseThrow().value().yesNo()).isTrue();
        // someone answering a different question on a stale screen still saves
        save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-1.3", "expectedRevision", 0, "choice", "Quarterly")))
                .path("saveAnswers.auditReturn.answers[*].questionCode").entityList(String.class).contains("S11-1.2", "S11-1.3").hasSize(2);
        // a decision on a version the admin never saw is refused
        assertSingleError(command("submitReturn", TestTokens.policeLead(), input(policeReturn, 0)), "CONFLICT");
    }

    @Test
    void challengeAndModeratedRatingsReachTheAgencyOnlyOnceReleased() {
        save(TestTokens.policeLead(), policeReturn, AssessmentFixtures.allRequired(framework, Serves.BOTH, s -> "MET"));
        command("submitReturn", TestTokens.policeLead(), input(policeReturn, 1)).errors().verify();
        command("moderateRatings", TestTokens.admin(), moderation(policeReturn, 2, "wolverhampton", "S11-4", "PARTIALLY_MET")).errors().verify();
        var challenge = input(policeReturn, 3, "partnership", "wolverhampton", "date", TODAY.toString(), "panel", "Section 11 challenge panel");
        challenge.put("questionsRaised", "How do you check DBS renewals?");
        challenge.put("agencyResponse", "Quarterly HR report");
        command("recordChallenge", TestTokens.chair(), challenge).errors().verify();
        var before = read(TestTokens.policeLead(), policeReturn);
        before.path("auditReturn.reviews[?(@.partnershipCode == 'wolverhampton')].moderated[*]").entityList(Object.class).hasSize(0);
        before.path("auditReturn.reviews[?(@.partnershipCode == 'wolverhampton')].challenges[*]").entityList(Object.class).hasSize(0);
        read(TestTokens.walsallAdmin(), policeReturn).path("auditReturn.reviews[*].partnershipCode").entityList(String.class).containsExactly("walsall");
        command("releaseFeedback", TestTokens.admin(), input(policeReturn, 4, "partnership", "wolverhampton")).errors().verify();
        var after = read(TestTokens.policeLead(), policeReturn);
        after.path("auditReturn.reviews[?(@.partnershipCode == 'wolverhampton')].moderated[*].rating").entityList(String.class).containsExactly("PARTIALLY_MET");
        after.path("auditReturn.reviews[?(@.partnershipCode == 'wolverhampton')].challenges[*].agencyResponse").entityList(String.class)
                .containsExactly("Quarterly HR report");
        after.path("auditReturn.reviews[?(@.partnershipCode == 'walsall')].feedbackReleased").entityList(Boolean.class).containsExactly(false);
    }

    @Test
    void addendaForOnePartnershipAreSeenByThatPartnershipOnly() {
        save(TestTokens.policeLead(), policeReturn, List.of(Map.of("questionCode", "S11-8.2", "expectedRevision", 0, "yesNo", true,
                "addenda", List.of(Map.of("partnership", "walsall", "text", "Walsall uses the Black Country escalation procedure"))))).errors().verify();
        read(TestTokens.walsallAdmin(), policeReturn).path("auditReturn.answers[0].addenda[*].text").entityList(String.class)
                .containsExactly("Walsall uses the Black Country escalation procedure");
        var wolverhamptonOnly = TestTokens.token("wolv.admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton"));
        read(wolverhamptonOnly, policeReturn).path("auditReturn.answers[0].addenda").entityList(Object.class).hasSize(0);
        read(TestTokens.policeLead(), policeReturn).path("auditReturn.answers[0].addenda").entityList(Object.class).hasSize(1);
    }

    private GraphQlTester.Response read(String token, String id) {
        return as(token).documentName("auditReturn").variable("id", id).execute();
    }

    private GraphQlTester.Response save(String token, String id, List<? extends Map<String, Object>> answers) {
        return as(token).documentName("saveAnswers").variable("input", Map.of("returnId", id, "answers", answers)).execute();
    }

    private GraphQlTester.Response command(String name, String token, Map<String, Object> input) {
        return as(token).documentName(name).variable("input", input).execute();
    }

    static Map<String, Object> input(String returnId, long version, String... more) {
        var input = new HashMap<String, Object>();
        input.put("returnId", returnId);
        input.put("version", version);
        for (int i = 0; i < more.length; i += 2) {
            input.put(more[i], more[i + 1]);
        }
        return input;
    }

    static Map<String, Object> moderation(String returnId, long version, String partnership, String standard, String rating) {
        var input = input(returnId, version, "partnership", partnership);
        input.put("ratings", List.of(Map.of("standardCode", standard, "rating", rating, "rationale", "Panel view")));
        return input;
    }
}
