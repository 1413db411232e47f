package org.jointboard.committee;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jointboard.committee.CommitteeFixtures.seat;
import static org.jointboard.committee.CommitteeFixtures.storeBody;
import static org.jointboard.committee.CommitteeFixtures.storeMeeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.committee.internal.CommitteeRepository;
import org.jointboard.committee.internal.MeetingRepository;
import org.jointboard.partnership.BoardKind;
import org.jointboard.partnership.DemoOrganisations;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@BackendIntegrationTest
class CommitteeGraphQlTests extends GraphQlTestSupport {

    static final LocalDate TODAY = TestClock.today();

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    CommitteeRepository committees;
    @Autowired
    MeetingRepository meetings;

    Committee board;
    Committee exec;
    Committee qpc;
    Committee warwickshireBoard;

    @BeforeEach
    void givenAStructure() {
        partnershipFixtures.storeDemoPartnerships();
        partnershipFixtures.storeDemoOrganisations();
        partnershipFixtures.storePerson("p-chair", "Chris Chair", null, "chair", "wolverhampton");
        partnershipFixtures.storePerson("p-police", "Daniel Price", "west-midlands-police", null, "wolverhampton", "walsall");
        partnershipFixtures.storePerson("p-council", "Harriet Osei", "wolverhampton-council", null, "wolverhampton");
        partnershipFixtures.storePerson("p-lay", "Lee Lay", null, null, "wolverhampton");
        partnershipFixtures.storePerson("p-warw", "Margaret Hill", null, null, "warwickshire");

        board = storeBody(committees, "board", BodyKind.BOARD, BoardKind.CHILDREN, "Children Board", null, "wolverhampton");
        exec = storeBody(committees, "exec", BodyKind.EXECUTIVE_GROUP, null, "Executive", board, "wolverhampton");
        qpc = storeBody(committees, "qpc", BodyKind.COMMITTEE, null, "Quality & Performance", exec, "wolverhampton");
        storeBody(committees, "lpp", BodyKind.COMMITTEE, null, "Law, Policy & Procedures", exec, "wolverhampton");
        warwickshireBoard = storeBody(committees, "warw-board", BodyKind.BOARD, BoardKind.CHILDREN, "Warwickshire Board", null, "warwickshire");
        board = seat(committees, board, "p-chair", MembershipRole.CHAIR, null, TODAY.minusYears(1));
        qpc = seat(committees, qpc, "p-chair", MembershipRole.CHAIR, null, TODAY.minusYears(1));
        qpc = seat(committees, qpc, "p-police", MembershipRole.MEMBER, "west-midlands-police", TODAY.minusYears(1));
        qpc = seat(committees, qpc, "p-council", MembershipRole.MEMBER, "wolverhampton-council", TODAY.minusYears(1));
        qpc = seat(committees, qpc, "p-lay", MembershipRole.LAY_MEMBER, null, TODAY.minusYears(1));
    }

    @Test
    void theStructureReadsAsATreeWithChairs() {
        var response = as(TestTokens.viewer()).documentName("structure").variable("partnership", "wolverhampton").execute();
        response.path("partnershipStructure[*].committee.name").entityList(String.class).containsExactly("Children Board");
        response.path("partnershipStructure[0].committee.chair.name").entity(String.class).isEqualTo("Chris Chair");
        response.path("partnershipStructure[0].children[0].committee.name").entity(String.class).isEqualTo("Executive");
        response.path("partnershipStructure[0].children[0].children[*].committee.name").entityList(String.class)
                .containsExactly("Law, Policy & Procedures", "Quality & Performance");
        response.path("partnershipStructure[0].committee.termsOfReference.version").entity(String.class).isEqualTo("1.0");
    }

    @Test
    void nobodySeesTheStructureOfAnotherPartnership() {
        as(TestTokens.exec()).documentName("structure").variable("partnership", "warwickshire").execute()
                .path("partnershipStructure").entityList(Object.class).hasSize(0);
        as(TestTokens.exec()).documentName("committee").variable("id", warwickshireBoard.getId()).execute().path("committee").valueIsNull();
        assertSingleError(as(TestTokens.exec()).documentName("attendanceReport")
                .variable("partnership", "warwickshire").variable("from", "2026-01-01").variable("to", "2026-12-31").execute(), "FORBIDDEN");
    }

    @Test
    void adminBuildsASubGroupWithMembers() {
        var created = as(TestTokens.admin()).documentName("createCommittee").variable("input", Map.of("partnershipCodes", List.of("wolverhampton"),
                "kind", "SUB_GROUP", "name", "Neglect Task Group", "serves", "CHILDREN", "reportsToId", qpc.getId(),
                "termsOfReference", Map.of("text", "Embed the neglect toolkit", "version", "1.0", "nextReviewDate", TODAY.plusYears(1).toString())))
                .execute();
        String id = created.path("createCommittee.committee.id").entity(String.class).get();
        created.path("createCommittee.committee.reportsTo.id").entity(String.class).isEqualTo(qpc.getId());

        addMember(id, 0, "p-chair", "CHAIR", TODAY.toString(), null).execute().errors().verify();
        addMember(id, 1, "p-police", "MEMBER", TODAY.toString(), null).execute()
                .path("addMember.committee.members[*].person.name").entityList(String.class).containsExactly("Chris Chair", "Daniel Price");

        var detail = as(TestTokens.viewer()).documentName("committee").variable("id", id).execute();
        detail.path("committee.chair.name").entity(String.class).isEqualTo("Chris Chair");
        detail.path("committee.members[1].representing.code").entity(String.class).isEqualTo("west-midlands-police");
        detail.path("committee.termsOfReference.text").entity(String.class).isEqualTo("Embed the neglect toolkit");
        detail.path("committee.canManageMeetings").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void viewersAndAgencyLeadsCannotChangeTheStructure() {
        for (String token : List.of(TestTokens.viewer(), TestTokens.policeLead(), TestTokens.exec())) {
            assertSingleError(as(token).documentName("createCommittee").variable("input", Map.of("partnershipCodes", List.of("wolverhampton"),
                    "kind", "COMMITTEE", "name", "X", "serves", "CHILDREN")).execute(), "FORBIDDEN");
            assertSingleError(addMember(qpc.getId(), qpc.getVersion(), "p-lay", "OBSERVER", TODAY.toString(), null, token).execute(), "FORBIDDEN");
        }
        assertThat(committees.count()).isEqualTo(5);
        assertThat(committees.findById("qpc").orElseThrow().getMemberships()).hasSize(4);
    }

    @Test
    void membershipRulesAreEnforcedWithTheFieldNamed() {
        long version = qpc.getVersion();
        assertBadRequest(addMember("qpc", version, "p-lay", "OBSERVER", "2026-06-01", "2026-05-01").execute(), "endDate");
        assertBadRequest(addMember("qpc", version, "p-council", "MEMBER", TODAY.toString(), null).execute(), "personId");
        partnershipFixtures.storePerson("p-new", "New Person", null, null, "wolverhampton");
        assertBadRequest(addMember("qpc", version, "p-new", "CHAIR", TODAY.toString(), null).execute(), "role");
        assertBadRequest(addMember("qpc", version, "p-warw", "MEMBER", TODAY.toString(), null).execute(), "personId");
        assertThat(committees.findById("qpc").orElseThrow().getVersion()).isEqualTo(version);
    }

    @Test
    void aSecondChairIsAllowedOnceTheFirstHasStepppedDown() {
        String chairSeat = qpc.holderOn(MembershipRole.CHAIR, TODAY).orElseThrow().id();
        as(TestTokens.admin()).documentName("endMembership").variable("input", Map.of("committeeId", "qpc", "version", qpc.getVersion(),
                "membershipId", chairSeat, "endDate", TODAY.minusDays(1).toString())).execute().errors().verify();
        partnershipFixtures.storePerson("p-new", "New Chair", null, null, "wolverhampton");
        addMember("qpc", qpc.getVersion() + 1, "p-new", "CHAIR", TODAY.toString(), null).execute()
                .path("addMember.committee.chair.name").entity(String.class).isEqualTo("New Chair");
    }

    /** 20 seats added at once from one version, then 21 members' attendance recorded at once: all kept, none refused. */
    @Test
    void concurrentSeatsAndAttendanceAreAllKept() throws Exception {
        for (int i = 0; i < 20; i++) {
            partnershipFixtures.storePerson("p-" + i, "Member " + i, null, null, "wolverhampton");
        }
        long seen = qpc.getVersion();
        assertThat(org.jointboard.support.Concurrently.run(20, i -> addMember("qpc", seen, "p-" + i, "MEMBER", TODAY.minusDays(30).toString(), null)
                .execute())).containsOnly(org.jointboard.support.Concurrently.OK);
        assertThat(committees.findById("qpc").orElseThrow().getMemberships()).hasSize(24);

        Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(2));
        assertThat(org.jointboard.support.Concurrently.run(21, i -> recordAttendance(meeting, 0,
                List.of(entry(i == 20 ? "p-chair" : "p-" + i, i % 3 == 0 ? "APOLOGIES" : "PRESENT", null))).execute()))
                .containsOnly(org.jointboard.support.Concurrently.OK);
        assertThat(meetings.findById(meeting.getId()).orElseThrow().getAttendance()).hasSize(21);
        assertSingleError(recordAttendance(meeting, 0, List.of(entry("p-1", "ABSENT", null))).execute(), "CONFLICT");
    }

    /** Two seats added from the same version overwrite nothing, so both are kept; ending a seat someone changed is a conflict. */
    @Test
    void onlyARealConflictIsRefused() {
        partnershipFixtures.storePerson("p-a", "A", null, null, "wolverhampton");
        partnershipFixtures.storePerson("p-b", "B", null, null, "wolverhampton");
        long seen = qpc.getVersion();
        addMember("qpc", seen, "p-a", "OBSERVER", TODAY.toString(), null).execute().errors().verify();
        addMember("qpc", seen, "p-b", "OBSERVER", TODAY.toString(), null).execute().errors().verify();
        assertThat(committees.findById("qpc").orElseThrow().getMemberships()).extracting(Membership::personId).contains("p-a", "p-b");

        String police = qpc.getMemberships().stream().filter(m -> m.personId().equals("p-police")).findFirst().orElseThrow().id();
        assertSingleError(as(TestTokens.admin()).documentName("endMembership").variable("input", Map.of("committeeId", "qpc",
                "version", seen, "membershipId", police, "endDate", TODAY.toString())).execute(), "CONFLICT");
        assertThat(committees.findById("qpc").orElseThrow().membership(police).orElseThrow().endDate()).isNull();
    }

    /** Named chair, a viewer (read-only everywhere) or an agency lead still may not run the body's meetings. */
    @Test
    void beingNamedChairNeverWidensARole() {
        partnershipFixtures.storePerson("p-viewer", "Val Viewer", null, "viewer", "wolverhampton");
        partnershipFixtures.storePerson("p-health", "Hana Health", "royal-wolverhampton-nhs", "health.lead", "wolverhampton");
        Committee lpp = seat(committees, committees.findById("lpp").orElseThrow(), "p-viewer", MembershipRole.CHAIR, null, TODAY.minusYears(1));
        seat(committees, exec, "p-health", MembershipRole.CHAIR, "royal-wolverhampton-nhs", TODAY.minusYears(1));
        Meeting meeting = storeMeeting(meetings, lpp, TODAY.minusDays(1));
        for (var attempt : List.of(Map.entry(TestTokens.viewer(), "lpp"), Map.entry(TestTokens.healthLead(), "exec"))) {
            assertSingleError(as(attempt.getKey()).documentName("scheduleMeeting")
                    .variable("input", Map.of("committeeId", attempt.getValue(), "date", TODAY.plusDays(14).toString())).execute(), "FORBIDDEN");
            as(attempt.getKey()).documentName("committee").variable("id", attempt.getValue()).execute()
                    .path("committee.canManageMeetings").entity(Boolean.class).isEqualTo(false);
        }
        assertSingleError(as(TestTokens.viewer()).documentName("recordAttendance").variable("input", Map.of("meetingId", meeting.getId(),
                "version", 0, "attendance", List.of(entry("p-viewer", "PRESENT", null)))).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.viewer()).documentName("lockAttendance").variable("input", Map.of("meetingId", meeting.getId(),
                "version", 0)).execute(), "FORBIDDEN");
        assertThat(meetings.count()).isEqualTo(1);
    }

    /** An agenda owner or an action lead must be one of the body's partnership's people, named by field. */
    @Test
    void referencesToPeopleWhoDoNotExistAreRefused() {
        Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(1));
        var input = new HashMap<String, Object>(Map.of("id", meeting.getId(), "version", 0, "date", meeting.getDate().toString(),
                "agenda", List.of(Map.of("title", "Minutes", "ownerPersonId", "p-chair", "restricted", false)),
                "actions", List.of(Map.of("description", "Audit", "leadPersonId", "p-warw", "done", false))));
        assertBadRequest(as(TestTokens.admin()).documentName("updateMeeting").variable("input", input).execute(), "actions[0].leadPersonId");
        input.put("agenda", List.of(Map.of("title", "Minutes", "ownerPersonId", "p-ghost", "restricted", false)));
        assertBadRequest(as(TestTokens.admin()).documentName("updateMeeting").variable("input", input).execute(), "agenda[0].ownerPersonId");
        assertThat(meetings.findById(meeting.getId()).orElseThrow().getActions()).isEmpty();
    }

    /** A body shared with a partnership the caller does not work for shows only the caller's own partnership. */
    @Test
    void aSharedBodyShowsOnlyTheCallersPartnerships() {
        Committee joint = storeBody(committees, "joint", BodyKind.COMMITTEE, null, "Joint MASH group", exec, "wolverhampton", "walsall");
        as(TestTokens.chair()).document("{ committee(id: \"joint\") { partnerships { code name } } }").execute()
                .path("committee.partnerships[*].code").entityList(String.class).containsExactly("wolverhampton");
        as(TestTokens.admin()).document("{ committee(id: \"joint\") { partnerships { code } } }").execute()
                .path("committee.partnerships[*].code").entityList(String.class).contains("walsall", "wolverhampton");
        assertThat(joint.getPartnershipCodes()).hasSize(2);
    }

    @Test
    void theChairRunsTheirCommitteesMeetingsButOtherMembersCannot() {
        var scheduled = as(TestTokens.chair()).documentName("scheduleMeeting")
                .variable("input", Map.of("committeeId", "qpc", "date", TODAY.plusDays(14).toString())).execute();
        scheduled.path("scheduleMeeting.meeting.title").entity(String.class).isEqualTo("Quality & Performance");
        assertSingleError(as(TestTokens.exec()).documentName("scheduleMeeting")
                .variable("input", Map.of("committeeId", "qpc", "date", TODAY.plusDays(14).toString())).execute(), "FORBIDDEN");
        assertSingleError(as(TestTokens.chair()).documentName("scheduleMeeting")
                .variable("input", Map.of("committeeId", "exec", "date", TODAY.plusDays(14).toString())).execute(), "FORBIDDEN");
        assertThat(meetings.count()).isEqualTo(1);
    }

    @Test
    void attendanceIsRecordedForMembersAndDeputies() {
        Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(3));
        var recorded = recordAttendance(meeting, 0, List.of(
                entry("p-chair", "PRESENT", null), entry("p-police", "DEPUTY", "DS Jones"), entry("p-council", "APOLOGIES", null))).execute();
        recorded.path("recordAttendance.meeting.attendance[1].deputyName").entity(String.class).isEqualTo("DS Jones");
        recorded.path("recordAttendance.meeting.attendance[1].organisation.code").entity(String.class).isEqualTo("west-midlands-police");
        as(TestTokens.admin()).documentName("meeting").variable("id", meeting.getId()).execute()
                .path("meeting.expectedMembers[*].person.id").entityList(String.class).containsExactly("p-chair", "p-police", "p-council", "p-lay");
    }

    @Test
    void attendanceRulesAreEnforcedWithTheFieldNamed() {
        Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(3));
        assertBadRequest(recordAttendance(meeting, 0, List.of(entry("p-chair", "PRESENT", null), entry("p-warw", "PRESENT", null))).execute(),
                "attendance[1].personId");
        assertBadRequest(recordAttendance(meeting, 0, List.of(entry("p-police", "DEPUTY", " "))).execute(), "attendance[0].deputyName");
        assertBadRequest(recordAttendance(meeting, 0, List.of(entry("p-chair", "PRESENT", null), entry("p-chair", "ABSENT", null))).execute(),
                "attendance[1].personId");
        assertThat(meetings.findById(meeting.getId()).orElseThrow().getAttendance()).isEmpty();
    }

    @Test
    void someoneWhoJoinedAfterTheMeetingWasNotExpectedThere() {
        Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(3));
        partnershipFixtures.storePerson("p-late", "Late Joiner", null, null, "wolverhampton");
        seat(committees, committees.findById("qpc").orElseThrow(), "p-late", MembershipRole.MEMBER, null, TODAY);
        assertBadRequest(recordAttendance(meeting, 0, List.of(entry("p-late", "PRESENT", null))).execute(), "attendance[0].personId");
    }

    @Test
    void lockedAttendanceCannotBeEdited() {
        Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(3));
        as(TestTokens.admin()).documentName("lockAttendance").variable("input", Map.of("meetingId", meeting.getId(), "version", 0)).execute()
                .path("lockAttendance.meeting.attendanceLocked").entity(Boolean.class).isEqualTo(true);
        assertBadRequest(recordAttendance(meeting, 1, List.of(entry("p-chair", "PRESENT", null))).execute(), "attendance");

        Meeting old = storeMeeting(meetings, qpc, TODAY.minusDays(Meeting.ATTENDANCE_EDITABLE_DAYS + 5));
        assertBadRequest(recordAttendance(old, 0, List.of(entry("p-chair", "PRESENT", null))).execute(), "attendance");
    }

    @Test
    void restrictedPapersAreHiddenFromViewersWhoAreNotMembers() {
        Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(3));
        as(TestTokens.viewer()).documentName("meeting").variable("id", meeting.getId()).execute()
                .path("meeting.agenda[*].paperUrl").entityList(String.class).containsExactly("https://papers.example/minutes.pdf", null);
        as(TestTokens.exec()).documentName("meeting").variable("id", meeting.getId()).execute()
                .path("meeting.agenda[1].paperUrl").entity(String.class).isEqualTo("https://papers.example/case-review.pdf");
        partnershipFixtures.storePerson("p-viewer", "Vic Viewer", null, "viewer", "wolverhampton");
        seat(committees, committees.findById("qpc").orElseThrow(), "p-viewer", MembershipRole.LAY_MEMBER, null, TODAY.minusYears(1));
        as(TestTokens.viewer()).documentName("meeting").variable("id", meeting.getId()).execute()
                .path("meeting.agenda[1].paperUrl").entity(String.class).isEqualTo("https://papers.example/case-review.pdf");
    }

    /**
     * Worked example. Q&P: three meetings in the period; police P/D/A (2 of 3), council Ap/A/P (1 of 3),
     * lay member P/P/Ap (2 of 3), chair P/P/P (3 of 3): Q&P 8 of 12 = 67%. Law, Policy & Procedures: one
     * meeting, police present: 1 of 1. Police over both: 3 of 4 = 75%. A meeting before the period is ignored.
     */
    @Test
    void attendanceRatesMatchTheWorkedExample() {
        Committee lpp = seat(committees, committees.findById("lpp").orElseThrow(), "p-police", MembershipRole.MEMBER, "west-midlands-police",
                TODAY.minusYears(1));
        String[][] qpcStatuses = { { "PRESENT", "PRESENT", "APOLOGIES", "PRESENT" }, { "PRESENT", "DEPUTY", "ABSENT", "PRESENT" },
                { "PRESENT", "ABSENT", "PRESENT", "APOLOGIES" } };
        for (int i = 0; i < 3; i++) {
            Meeting meeting = storeMeeting(meetings, qpc, TODAY.minusDays(10 - i * 3));
            recordAttendance(meeting, 0, List.of(entry("p-chair", qpcStatuses[i][0], null),
                    entry("p-police", qpcStatuses[i][1], "DS Jones"), entry("p-council", qpcStatuses[i][2], null),
                    entry("p-lay", qpcStatuses[i][3], null))).execute().errors().verify();
        }
        recordAttendance(storeMeeting(meetings, lpp, TODAY.minusDays(2)), 0, List.of(entry("p-police", "PRESENT", null))).execute().errors().verify();
        recordAttendance(storeMeeting(meetings, qpc, TODAY.minusDays(25)), 0, List.of(entry("p-police", "ABSENT", null))).execute().errors().verify();

        var report = as(TestTokens.admin()).documentName("attendanceReport").variable("partnership", "wolverhampton")
                .variable("from", TODAY.minusDays(20).toString()).variable("to", TODAY.toString()).execute();
        report.path("attendanceReport.byMember").matchesJson("""
                [{"key": "p-chair", "attended": 3, "expected": 3, "percent": 100},
                 {"key": "p-police", "attended": 3, "expected": 4, "percent": 75},
                 {"key": "p-council", "attended": 1, "expected": 3, "percent": 33},
                 {"key": "p-lay", "attended": 2, "expected": 3, "percent": 67}]""");
        report.path("attendanceReport.byOrganisation").matchesJson("""
                [{"key": "", "name": "Independent members", "attended": 5, "expected": 6, "percent": 83},
                 {"key": "west-midlands-police", "name": "West Midlands Police", "attended": 3, "expected": 4, "percent": 75},
                 {"key": "wolverhampton-council", "name": "Wolverhampton City Council", "attended": 1, "expected": 3, "percent": 33}]""");
        report.path("attendanceReport.byCommittee").matchesJson("""
                [{"key": "lpp", "attended": 1, "expected": 1, "percent": 100},
                 {"key": "qpc", "attended": 8, "expected": 12, "percent": 67}]""");
    }

    /** Q&P has four members; the record lists only the chair, present: 1 of 4 expected, the three left off absent. */
    @Test
    void membersLeftOffARecordedMeetingAreExpectedAndCountAsAbsent() {
        recordAttendance(storeMeeting(meetings, qpc, TODAY.minusDays(3)), 0, List.of(entry("p-chair", "PRESENT", null))).execute().errors().verify();
        storeMeeting(meetings, qpc, TODAY.minusDays(1)); // not recorded yet: nobody is expected there

        var report = as(TestTokens.admin()).documentName("attendanceReport").variable("partnership", "wolverhampton")
                .variable("from", TODAY.minusDays(20).toString()).variable("to", TODAY.toString()).execute();
        report.path("attendanceReport.byCommittee").matchesJson("""
                [{"key": "qpc", "attended": 1, "expected": 4, "percent": 25}]""");
        report.path("attendanceReport.byMember").matchesJson("""
                [{"key": "p-chair", "attended": 1, "expected": 1, "percent": 100},
                 {"key": "p-police", "attended": 0, "expected": 1, "percent": 0},
                 {"key": "p-council", "attended": 0, "expected": 1, "percent": 0},
                 {"key": "p-lay", "attended": 0, "expected": 1, "percent": 0}]""");
        report.path("attendanceReport.byOrganisation[?(@.key == 'west-midlands-police')].expected").entityList(Integer.class).containsExactly(1);
    }

    @Test
    void agencyLeadsGetNoAttendanceReportAndABackwardsPeriodIsRefused() {
        assertSingleError(as(TestTokens.policeLead()).documentName("attendanceReport").variable("partnership", "wolverhampton")
                .variable("from", "2026-01-01").variable("to", "2026-12-31").execute(), "FORBIDDEN");
        assertBadRequest(as(TestTokens.admin()).documentName("attendanceReport").variable("partnership", "wolverhampton")
                .variable("from", "2026-12-31").variable("to", "2026-01-01").execute(), "to");
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Request<?> addMember(String committeeId, long version, String personId,
            String role, String start, String end) {
        return addMember(committeeId, version, personId, role, start, end, TestTokens.admin());
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Request<?> addMember(String committeeId, long version, String personId,
            String role, String start, String end, String token) {
        var input = new HashMap<String, Object>(Map.of("committeeId", committeeId, "version", version, "personId", personId, "role", role,
                "startDate", start));
        if (end != null) {
            input.put("endDate", end);
        }
        return as(token).documentName("addMember").variable("input", input);
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Request<?> recordAttendance(Meeting meeting, long version,
            List<Map<String, Object>> entries) {
        return as(TestTokens.admin()).documentName("recordAttendance")
                .variable("input", Map.of("meetingId", meeting.getId(), "version", version, "attendance", entries));
    }

    private static Map<String, Object> entry(String personId, String status, String deputyName) {
        var entry = new HashMap<String, Object>(Map.of("personId", personId, "status", status));
        if (deputyName != null) {
            entry.put("deputyName", deputyName);
        }
        return entry;
    }
}
