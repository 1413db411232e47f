package org.jointboard.ui.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.assessment.AssessmentRecords.Cycle;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnDetail;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnRow;
import org.jointboard.ui.assessment.AssessmentRecords.SavedAnswers;
import org.jointboard.ui.assessment.AssessmentRecords.Summary;
import org.jointboard.ui.assessment.AssessmentRecords.Tracker;
import org.jointboard.ui.assessment.AssessmentRecords.TrackerRow;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The assessment operations of the backend's API, as the views need them. */
@Component
class AssessmentClient {

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

    /** submitReturn, returnForChanges, acceptReturn, reopenReturn, moderateRatings, recordChallenge or releaseFeedback. */
    void decide(String operation, String returnId, int version, Map<String, Object> more) {
        var input = new HashMap<String, Object>(more);
        input.put("returnId", returnId);
        input.put("version", version);
        api.fetchOperation("returnDecision", operation, Map.of("input", input), operation + ".auditReturn.id", String.class);
    }

    List<Cycle> cycles(String partnership) {
        return api.fetchList("auditCycles", Map.of("partnership", partnership), "auditCycles", Cycle.class);
    }

    List<AssessmentRecords.FrameworkEdition> publishedFrameworks() {
        return api.fetchList("publishedFrameworks", Map.of(), "frameworks", AssessmentRecords.FrameworkEdition.class).stream()
                .filter(f -> f.status().equals("PUBLISHED")).toList();
    }

    String planCycle(Map<String, Object> input) {
        return api.fetchOperation("planCycle", "createAuditCycle", Map.of("input", input), "createAuditCycle.cycle.id", String.class);
    }

    int issueCycle(String id, int version) {
        return api.fetchOperation("planCycle", "issueAuditCycle", Map.of("input", Map.of("id", id, "version", version)),
                "issueAuditCycle.cycle.returnCount", Integer.class);
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

    Summary summary(String cycle, String partnership) {
        return api.fetch("complianceSummary", Map.of("cycle", cycle, "partnership", partnership), "complianceSummary", Summary.class);
    }
}
