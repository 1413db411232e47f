package org.jointboard.ui.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.assessment.AssessmentRecords.Cycle;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnDetail;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnRow;
import org.jointboard.ui.assessment.AssessmentRecords.SavedAnswers;

import org.springframework.stereotype.Component;

/** The assessment operations of the backend's API, as the views need them. */
@Component
public class AssessmentClient {

    private final GraphQlApi api;

    AssessmentClient(GraphQlApi api) {
        this.api = api;
    }

    List<ReturnRow> myReturns() {
        return api.fetchList("myReturns", Map.of(), "myReturns", ReturnRow.class);
    }

    ReturnDetail auditReturn(String id) {
        return api.fetch("returnDetail", Map.of("id", id), "auditReturn", ReturnDetail.class);
    }

    SavedAnswers saveAnswer(String returnId, Map<String, Object> answer) {
        return api.fetch("saveAnswer", Map.of("input", Map.of("returnId", returnId, "answers", List.of(answer))), "saveAnswers.auditReturn",
                SavedAnswers.class);
    }

    /** Several answers in one save (confirming last year's answers of a section). */
    SavedAnswers saveAnswers(String returnId, List<Map<String, Object>> answers) {
        return api.fetch("saveAnswer", Map.of("input", Map.of("returnId", returnId, "answers", answers)), "saveAnswers.auditReturn",
                SavedAnswers.class);
    }

    void assignSection(String returnId, int version, String sectionCode, String username) {
        var more = new HashMap<String, Object>();
        more.put("sectionCode", sectionCode);
        more.put("username", username);
        step("assignSection", returnId, version, more);
    }

    void startBlank(String returnId, int version) {
        step("startReturnBlank", returnId, version, Map.of());
    }

    void submit(String returnId, int version) {
        step("submitReturn", returnId, version, Map.of());
    }

    void signOff(String returnId, int version, String role, String name, java.time.LocalDate date) {
        step("signOffReturn", returnId, version, Map.of("role", role, "name", name, "date", date == null ? "" : date.toString()));
    }

    void accept(String returnId, int version, String partnership) {
        step("acceptReturn", returnId, version, Map.of("partnership", partnership));
    }

    void returnForChanges(String returnId, int version, String partnership, String reasons) {
        step("returnForChanges", returnId, version, Map.of("partnership", partnership, "reasons", reasons));
    }

    void reopen(String returnId, int version, String partnership, String reason) {
        step("reopenReturn", returnId, version, Map.of("partnership", partnership, "reason", reason));
    }

    void moderate(String returnId, int version, String partnership, List<Map<String, Object>> ratings) {
        step("moderateRatings", returnId, version, Map.of("partnership", partnership, "ratings", ratings));
    }

    void recordChallenge(String returnId, int version, String partnership, AssessmentRecords.Challenge challenge) {
        var input = new HashMap<String, Object>();
        input.put("partnership", partnership);
        input.put("date", challenge.date() == null ? null : challenge.date().toString());
        input.put("panel", challenge.panel());
        input.put("questionsRaised", challenge.questionsRaised());
        input.put("agencyResponse", challenge.agencyResponse());
        step("recordChallenge", returnId, version, input);
    }

    void releaseFeedback(String returnId, int version, String partnership) {
        step("releaseFeedback", returnId, version, Map.of("partnership", partnership));
    }

    /** One step of a return's life: the operations of returnDecision.graphql all take the return and its version. */
    private void step(String operation, String returnId, int version, Map<String, Object> more) {
        var input = new HashMap<String, Object>(more);
        input.put("returnId", returnId);
        input.put("version", version);
        api.fetchOperation("returnDecision", operation, Map.of("input", input), operation + ".auditReturn.id", String.class);
    }

    public List<Cycle> cycles(String partnership) {
        return api.fetchList("auditCycles", Map.of("partnership", partnership), "auditCycles", Cycle.class);
    }

    List<AssessmentRecords.FrameworkEdition> publishedFrameworks() {
        return api.fetchList("publishedFrameworks", Map.of(), "frameworks", AssessmentRecords.FrameworkEdition.class).stream()
                .filter(f -> f.status().equals("PUBLISHED")).toList();
    }

    String planCycle(Map<String, Object> input) {
        return api.fetchOperation("planCycle", "createAuditCycle", Map.of("input", input), "createAuditCycle.cycle.id", String.class);
    }

    public int issueCycle(String id, int version) {
        return api.fetchOperation("planCycle", "issueAuditCycle", Map.of("input", Map.of("id", id, "version", version)),
                "issueAuditCycle.cycle.returnCount", Integer.class);
    }

}
