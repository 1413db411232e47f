package org.jointboard.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import static org.jointboard.common.DataLoaders.loadIfPresent;

import org.jointboard.committee.CommitteeInputs.AddMemberInput;
import org.jointboard.committee.CommitteeInputs.CreateCommitteeInput;
import org.jointboard.committee.CommitteeInputs.EndMembershipInput;
import org.jointboard.committee.CommitteeInputs.LockAttendanceInput;
import org.jointboard.committee.CommitteeInputs.RecordAttendanceInput;
import org.jointboard.committee.CommitteeInputs.ScheduleMeetingInput;
import org.jointboard.committee.CommitteeInputs.UpdateCommitteeInput;
import org.jointboard.committee.CommitteeInputs.UpdateMeetingInput;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.Partnership;
import org.jointboard.partnership.PartnershipBoard;
import org.jointboard.partnership.PartnershipService;
import org.jointboard.partnership.Person;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

@Controller
class CommitteeGraphQlController {

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final AttendanceReportService attendance;
    private final PartnershipService partnerships;
    private final org.jointboard.partnership.PersonService people;

    CommitteeGraphQlController(CommitteeService committees, MeetingService meetings, AttendanceReportService attendance,
            PartnershipService partnerships, org.jointboard.partnership.PersonService people, BatchLoaderRegistry registry) {
        this.people = people;
        this.committees = committees;
        this.meetings = meetings;
        this.attendance = attendance;
        this.partnerships = partnerships;
        registry.forTypePair(String.class, Committee.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> committees.byIds(ids)));
    }

    record CreateCommitteePayload(Committee committee) { }
    record UpdateCommitteePayload(Committee committee) { }
    record AddMemberPayload(Committee committee) { }
    record EndMembershipPayload(Committee committee) { }
    record ScheduleMeetingPayload(Meeting meeting) { }
    record UpdateMeetingPayload(Meeting meeting) { }
    record RecordAttendancePayload(Meeting meeting) { }
    record LockAttendancePayload(Meeting meeting) { }

    /** An agenda item as the caller may see it: a restricted paper's link only for those allowed. */
    record AgendaItemView(String title, String ownerPersonId, String paperUrl, boolean restricted) { }

    @QueryMapping
    List<StructureNode> partnershipStructure(@Argument String partnership) {
        return committees.structure(partnership);
    }

    @QueryMapping
    Committee committee(@Argument String id) {
        return committees.find(id);
    }

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
    CreateCommitteePayload createCommittee(@Argument CreateCommitteeInput input) {
        return new CreateCommitteePayload(committees.create(input));
    }

    @MutationMapping
    UpdateCommitteePayload updateCommittee(@Argument UpdateCommitteeInput input) {
        return new UpdateCommitteePayload(committees.update(input));
    }

    @MutationMapping
    AddMemberPayload addMember(@Argument AddMemberInput input) {
        return new AddMemberPayload(committees.addMember(input));
    }

    @MutationMapping
    EndMembershipPayload endMembership(@Argument EndMembershipInput input) {
        return new EndMembershipPayload(committees.endMembership(input));
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

    // Board (of the partnership feature): its chair and vice-chair come from its body

    @BatchMapping(typeName = "Board")
    Map<PartnershipBoard, Committee> body(List<PartnershipBoard> boards) {
        var codes = boards.stream().map(PartnershipBoard::partnershipCode).distinct().toList();
        List<Committee> bodies = committees.boards(codes);
        var result = new java.util.HashMap<PartnershipBoard, Committee>();
        for (PartnershipBoard board : boards) {
            bodies.stream().filter(b -> b.getBoardKind() == board.kind() && b.getPartnershipCodes().contains(board.partnershipCode()))
                    .findFirst().ifPresent(body -> result.put(board, body));
        }
        return result;
    }

    @BatchMapping(typeName = "Board")
    Map<PartnershipBoard, Person> chair(List<PartnershipBoard> boards) {
        return holders(boards, MembershipRole.CHAIR);
    }

    @BatchMapping(typeName = "Board")
    Map<PartnershipBoard, Person> viceChair(List<PartnershipBoard> boards) {
        return holders(boards, MembershipRole.VICE_CHAIR);
    }

    private Map<PartnershipBoard, Person> holders(List<PartnershipBoard> boards, MembershipRole role) {
        Map<PartnershipBoard, Committee> bodies = body(boards);
        var holderIds = new java.util.HashMap<PartnershipBoard, String>();
        bodies.forEach((board, body) -> body.holderOn(role, committees.today()).ifPresent(m -> holderIds.put(board, m.personId())));
        Map<String, Person> byId = people.byIds(holderIds.values());
        var result = new java.util.HashMap<PartnershipBoard, Person>();
        holderIds.forEach((board, id) -> {
            if (byId.containsKey(id)) {
                result.put(board, byId.get(id));
            }
        });
        return result;
    }

    // Committee

    @BatchMapping(typeName = "Committee")
    Map<Committee, List<Partnership>> partnerships(List<Committee> bodies) {
        Map<String, Partnership> byCode = partnerships.byCodes(bodies.stream().flatMap(b -> b.getPartnershipCodes().stream()).toList());
        return bodies.stream().collect(Collectors.toMap(Function.identity(), b -> b.getPartnershipCodes().stream()
                .map(byCode::get).filter(Objects::nonNull).toList(), (a, b) -> a, java.util.IdentityHashMap::new));
    }

    @SchemaMapping(typeName = "Committee")
    CompletableFuture<Committee> reportsTo(Committee body, DataLoader<String, Committee> bodies) {
        return loadIfPresent(bodies, body.getReportsToId());
    }

    @SchemaMapping(typeName = "Committee")
    CompletableFuture<Person> chair(Committee body, DataLoader<String, Person> people) {
        return personHolding(body, MembershipRole.CHAIR, people);
    }

    @SchemaMapping(typeName = "Committee")
    CompletableFuture<Person> viceChair(Committee body, DataLoader<String, Person> people) {
        return personHolding(body, MembershipRole.VICE_CHAIR, people);
    }

    @SchemaMapping(typeName = "Committee")
    List<Membership> members(Committee body) {
        return body.membersOn(committees.today());
    }

    @BatchMapping(typeName = "Committee")
    Map<Committee, Meeting> nextMeeting(List<Committee> bodies) {
        Map<String, Meeting> next = meetings.nextMeetings(bodies.stream().map(Committee::getId).collect(Collectors.toSet()));
        var result = new java.util.IdentityHashMap<Committee, Meeting>();
        bodies.stream().filter(b -> next.containsKey(b.getId())).forEach(b -> result.put(b, next.get(b.getId())));
        return result;
    }

    @BatchMapping(typeName = "Committee")
    Map<Committee, List<MeetingAction>> openActions(List<Committee> bodies) {
        Map<String, List<MeetingAction>> open = meetings.openActions(bodies.stream().map(Committee::getId).collect(Collectors.toSet()));
        var result = new java.util.IdentityHashMap<Committee, List<MeetingAction>>();
        bodies.forEach(b -> result.put(b, open.getOrDefault(b.getId(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Committee")
    Map<Committee, Boolean> canManageMeetings(List<Committee> bodies) {
        return committees.manageable(bodies);
    }

    @SchemaMapping(typeName = "TermsOfReference")
    boolean reviewOverdue(TermsOfReference terms) {
        return terms.nextReviewDate() != null && terms.nextReviewDate().isBefore(committees.today());
    }

    @SchemaMapping(typeName = "Membership")
    CompletableFuture<Person> person(Membership membership, DataLoader<String, Person> people) {
        return people.load(membership.personId());
    }

    @SchemaMapping(typeName = "Membership")
    CompletableFuture<Organisation> representing(Membership membership, DataLoader<String, Organisation> organisations) {
        return loadIfPresent(organisations, membership.representingOrganisationCode());
    }

    // Meeting

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

    private CompletableFuture<Person> personHolding(Committee body, MembershipRole role, DataLoader<String, Person> people) {
        return body.holderOn(role, committees.today()).map(m -> people.load(m.personId())).orElse(CompletableFuture.completedFuture(null));
    }
}
