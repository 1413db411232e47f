package org.jointboard.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import static org.jointboard.common.DataLoaders.loadIfPresent;

import org.jointboard.committee.CommitteeInputs.LockAttendanceInput;
import org.jointboard.committee.CommitteeInputs.RecordAttendanceInput;
import org.jointboard.committee.CommitteeInputs.ScheduleMeetingInput;
import org.jointboard.committee.CommitteeInputs.UpdateMeetingInput;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.Person;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Meetings: their agenda, actions and attendance, and the attendance report. */
@Controller
class MeetingGraphQlController {

    private final MeetingService meetings;
    private final CommitteeService committees;
    private final AttendanceReportService attendance;

    MeetingGraphQlController(MeetingService meetings, CommitteeService committees, AttendanceReportService attendance) {
        this.meetings = meetings;
        this.committees = committees;
        this.attendance = attendance;
    }

    record ScheduleMeetingPayload(Meeting meeting) { }
    record UpdateMeetingPayload(Meeting meeting) { }
    record RecordAttendancePayload(Meeting meeting) { }
    record LockAttendancePayload(Meeting meeting) { }

    /** An agenda item as the caller may see it: a restricted paper's link only for those allowed. */
    record AgendaItemView(String title, String ownerPersonId, String paperUrl, boolean restricted) { }

    @QueryMapping
    Window<Meeting> meetings(@Argument String committee, @Argument LocalDate from, @Argument LocalDate to, ScrollSubrange subrange) {
        MeetingService.requireOrder(from, to);
        return meetings.page(committee, from, to, subrange);
    }

    @QueryMapping
    Meeting meeting(@Argument String id) {
        return meetings.find(id);
    }

    @QueryMapping
    AttendanceReport attendanceReport(@Argument String partnership, @Argument LocalDate from, @Argument LocalDate to) {
        return attendance.report(partnership, from, to);
    }

    @MutationMapping
    ScheduleMeetingPayload scheduleMeeting(@Argument ScheduleMeetingInput input) {
        return new ScheduleMeetingPayload(meetings.schedule(input));
    }

    @MutationMapping
    UpdateMeetingPayload updateMeeting(@Argument UpdateMeetingInput input) {
        return new UpdateMeetingPayload(meetings.update(input));
    }

    @MutationMapping
    RecordAttendancePayload recordAttendance(@Argument RecordAttendanceInput input) {
        return new RecordAttendancePayload(meetings.recordAttendance(input));
    }

    @MutationMapping
    LockAttendancePayload lockAttendance(@Argument LockAttendanceInput input) {
        return new LockAttendancePayload(meetings.lockAttendance(input));
    }

    @SchemaMapping(typeName = "Meeting")
    CompletableFuture<Committee> committee(Meeting meeting, DataLoader<String, Committee> bodies) {
        return bodies.load(meeting.getCommitteeId());
    }

    @BatchMapping(typeName = "Meeting")
    Map<Meeting, List<AgendaItemView>> agenda(List<Meeting> list) {
        Map<Meeting, Boolean> visible = meetings.restrictedPapersVisible(list);
        var result = new java.util.IdentityHashMap<Meeting, List<AgendaItemView>>();
        list.forEach(meeting -> result.put(meeting, meeting.getAgenda().stream().map(item -> new AgendaItemView(item.title(),
                item.ownerPersonId(), item.restricted() && !visible.get(meeting) ? null : item.paperUrl(), item.restricted())).toList()));
        return result;
    }

    @BatchMapping(typeName = "Meeting")
    Map<Meeting, List<Membership>> expectedMembers(List<Meeting> list) {
        return meetings.expectedMembers(list);
    }

    @BatchMapping(typeName = "Meeting")
    Map<Meeting, Boolean> canManage(List<Meeting> list) {
        return meetings.manageable(list);
    }

    @SchemaMapping(typeName = "Meeting")
    boolean attendanceLocked(Meeting meeting) {
        return meeting.isAttendanceLocked(committees.today());
    }

    @SchemaMapping(typeName = "AgendaItem")
    CompletableFuture<Person> owner(AgendaItemView item, DataLoader<String, Person> people) {
        return loadIfPresent(people, item.ownerPersonId());
    }

    @SchemaMapping(typeName = "MeetingAction")
    CompletableFuture<Person> lead(MeetingAction action, DataLoader<String, Person> people) {
        return loadIfPresent(people, action.leadPersonId());
    }

    @SchemaMapping(typeName = "Attendance")
    CompletableFuture<Person> person(AttendanceEntry entry, DataLoader<String, Person> people) {
        return people.load(entry.personId());
    }

    @SchemaMapping(typeName = "Attendance")
    CompletableFuture<Organisation> organisation(AttendanceEntry entry, DataLoader<String, Organisation> organisations) {
        return loadIfPresent(organisations, entry.organisationCode());
    }

    @SchemaMapping(typeName = "AttendanceRate")
    Integer percent(AttendanceRate rate) {
        return rate.percent();
    }
}
