package org.jointboard.ui.committee;

import java.time.LocalDate;
import java.util.List;

/** What the committee views show, as the backend sends it. */
final class CommitteeRecords {

    private CommitteeRecords() {
    }

    record Named(String id, String name) { }

    record PersonRef(String id, String name, String jobTitle) { }

    record OrganisationRef(String code, String name) { }

    record StructureBody(String id, String name, String kind, String boardKind, String serves, Named chair) { }

    record StructureNode(StructureBody committee, List<StructureNode> children) { }

    record Terms(String text, String version, LocalDate nextReviewDate, boolean reviewOverdue) { }

    record Member(String id, String role, LocalDate startDate, LocalDate endDate, PersonRef person, OrganisationRef representing) { }

    record MeetingRef(String id, LocalDate date, String title, boolean attendanceLocked) { }

    record OpenAction(String description, LocalDate dueDate, Named lead) { }

    record Link(String name, String type) { }

    record CommitteeDetail(String id, String name, String kind, String boardKind, String serves, String remit, int version,
            boolean canManageMeetings, List<OrganisationRef> partnerships, Terms termsOfReference, Named reportsTo, List<Link> links, Named chair,
            List<Member> members, MeetingRef nextMeeting, List<OpenAction> openActions) { }

    record AgendaItem(String title, String paperUrl, boolean restricted, Named owner) { }

    record Action(String description, LocalDate dueDate, boolean done, Named lead) { }

    record ExpectedMember(String role, Named person, Named representing) { }

    record AttendanceRow(Named person, String status, String deputyName) { }

    record MeetingDetail(String id, LocalDate date, String title, int version, boolean attendanceLocked, boolean canManage,
            Named committee, List<AgendaItem> agenda, List<String> decisions, List<Action> actions, List<ExpectedMember> expectedMembers,
            List<AttendanceRow> attendance) { }

    record Rate(String key, String name, int attended, int expected, Integer percent) {

        String percentLabel() {
            return percent == null ? "no meetings" : percent + "%";
        }
    }

    record AttendanceReport(List<Rate> byMember, List<Rate> byOrganisation, List<Rate> byCommittee) { }

    record PersonChoice(String id, String name, String jobTitle, OrganisationRef organisation) {

        String label() {
            return name + (jobTitle == null ? "" : ", " + jobTitle) + (organisation == null ? "" : " (" + organisation.name() + ")");
        }
    }
}
