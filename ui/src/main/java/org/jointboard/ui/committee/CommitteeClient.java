package org.jointboard.ui.committee;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.committee.CommitteeRecords.AttendanceReport;
import org.jointboard.ui.committee.CommitteeRecords.CommitteeDetail;
import org.jointboard.ui.committee.CommitteeRecords.MeetingDetail;
import org.jointboard.ui.committee.CommitteeRecords.MeetingRef;
import org.jointboard.ui.committee.CommitteeRecords.PersonChoice;
import org.jointboard.ui.committee.CommitteeRecords.StructureNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The committee operations of the backend's API, as the views need them. */
@Component
class CommitteeClient {

    private final GraphQlApi api;

    CommitteeClient(GraphQlApi api) {
        this.api = api;
    }

    List<StructureNode> structure(String partnership) {
        return api.fetchList("structure", Map.of("partnership", partnership), "partnershipStructure", StructureNode.class);
    }

    CommitteeDetail committee(String id) {
        return api.fetch("committeeDetail", Map.of("id", id, "since", LocalDate.now().minusYears(1).toString()), "committee", CommitteeDetail.class);
    }

    List<MeetingRef> recentMeetings(String committeeId) {
        ConnectionPage<MeetingRef> page = api.fetch("committeeDetail", Map.of("id", committeeId, "since", LocalDate.now().minusYears(1).toString()), "meetings",
                new ParameterizedTypeReference<ConnectionPage<MeetingRef>>() { });
        return page == null ? List.of() : page.edges().stream().map(ConnectionPage.Edge::node).toList().reversed();
    }

    MeetingDetail meeting(String id) {
        return api.fetch("meetingDetail", Map.of("id", id), "meeting", MeetingDetail.class);
    }

    List<PersonChoice> people(String partnership) {
        ConnectionPage<PersonChoice> page = api.fetch("peopleOfPartnership", Map.of("partnership", partnership), "people",
                new ParameterizedTypeReference<ConnectionPage<PersonChoice>>() { });
        return page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }

    String createCommittee(Map<String, Object> input) {
        return api.fetch("createCommittee", Map.of("input", input), "createCommittee.committee.id", String.class);
    }

    void addMember(Map<String, Object> input) {
        api.fetch("addMember", Map.of("input", input), "addMember.committee.id", String.class);
    }

    String scheduleMeeting(String committeeId, LocalDate date) {
        return api.fetch("scheduleMeeting", Map.of("input", Map.of("committeeId", committeeId, "date", date.toString())),
                "scheduleMeeting.meeting.id", String.class);
    }

    void recordAttendance(String meetingId, int version, List<Map<String, Object>> attendance) {
        api.fetch("recordAttendance", Map.of("input", Map.of("meetingId", meetingId, "version", version, "attendance", attendance)),
                "recordAttendance.meeting.id", String.class);
    }

    AttendanceReport attendanceReport(String partnership, LocalDate from, LocalDate to) {
        var variables = new HashMap<String, Object>();
        variables.put("partnership", partnership);
        variables.put("from", from.toString());
        variables.put("to", to.toString());
        return api.fetch("attendanceReport", variables, "attendanceReport", AttendanceReport.class);
    }
}
