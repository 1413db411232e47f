package org.jointboard.committee;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jointboard.audit.Snapshots;
import org.jointboard.committee.CommitteeInputs.AttendanceInput;
import org.jointboard.committee.CommitteeInputs.LockAttendanceInput;
import org.jointboard.committee.CommitteeInputs.RecordAttendanceInput;
import org.jointboard.committee.CommitteeInputs.ScheduleMeetingInput;
import org.jointboard.committee.CommitteeInputs.UpdateMeetingInput;
import org.jointboard.committee.internal.CommitteeRepository;
import org.jointboard.committee.internal.MeetingRepository;
import org.jointboard.common.KeysetPage;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.common.VersionRaces;
import static org.jointboard.common.Text.blankToNull;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Meetings, their agendas, decisions, actions and attendance. Board admins and the body's chair run
 * them; others of the partnership read them, and restricted papers only if they may.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','AGENCY_LEAD','SCHOOL_LEAD','VIEWER')")
public class MeetingService {

    private static final int SAVE_ATTEMPTS = 50;

    private static final Sort BY_DATE = Sort.by("date", "id");

    private final MeetingRepository meetings;
    private final CommitteeRepository committeeStore;
    private final CommitteeService committees;
    private final PersonService people;
    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;

    MeetingService(MeetingRepository meetings, CommitteeRepository committeeStore, CommitteeService committees,
            PersonService people, KeysetPage pages, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.committeeStore = committeeStore;
        this.committees = committees;
        this.people = people;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
    }

    /** A body's meetings in a period (either end open), oldest first. */
    public Window<Meeting> page(String committeeId, LocalDate from, LocalDate to, ScrollSubrange subrange) {
        if (committees.find(committeeId) == null) {
            return Window.from(List.of(), i -> null);
        }
        Criteria criteria = Criteria.where("committeeId").is(committeeId);
        if (from != null || to != null) {
            Criteria date = Criteria.where("date");
            if (from != null) {
                date = date.gte(from);
            }
            if (to != null) {
                date = date.lte(to);
            }
            criteria = new Criteria().andOperator(criteria, date);
        }
        return pages.scroll(Meeting.class, criteria, BY_DATE, subrange);
    }

    public Meeting find(String id) {
        return meetings.findById(id).filter(m -> currentUsers.current().worksForAny(m.getPartnershipCodes())).orElse(null);
    }

    /** The next meeting of each body, from today (one query for any number of bodies). */
    public Map<String, Meeting> nextMeetings(Set<String> committeeIds) {
        var next = new java.util.HashMap<String, Meeting>();
        for (Meeting meeting : meetings.findByCommitteeIdInAndDateGreaterThanEqualOrderByDateAsc(committeeIds, committees.today())) {
            next.putIfAbsent(meeting.getCommitteeId(), meeting);
        }
        return next;
    }

    /** The date of the executive group's most recent meeting up to today, if it has met. */
    public java.util.Optional<LocalDate> lastExecutiveMeeting(String partnershipCode) {
        var executive = committeeStore.findByPartnershipCodesIn(List.of(partnershipCode)).stream()
                .filter(c -> c.getKind() == BodyKind.EXECUTIVE_GROUP).map(Committee::getId).toList();
        if (executive.isEmpty()) {
            return java.util.Optional.empty();
        }
        return meetings.findByCommitteeIdInAndDateLessThanOrderByDateDesc(executive, committees.today().plusDays(1)).stream()
                .findFirst().map(Meeting::getDate);
    }

    /** Actions not yet done from each body's meetings so far, oldest meeting first (one query). */
    public Map<String, List<MeetingAction>> openActions(Set<String> committeeIds) {
        var open = new java.util.HashMap<String, List<MeetingAction>>();
        for (Meeting meeting : meetings.findByCommitteeIdInAndDateLessThanOrderByDateDesc(committeeIds, committees.today().plusDays(1)).reversed()) {
            meeting.getActions().stream().filter(a -> !a.done())
                    .forEach(a -> open.computeIfAbsent(meeting.getCommitteeId(), id -> new java.util.ArrayList<>()).add(a));
        }
        return open;
    }

    /** Restricted papers are for the board's leadership and the body's own members (decided for many meetings at once). */
    public Map<Meeting, Boolean> restrictedPapersVisible(List<Meeting> list) {
        CurrentUser user = currentUsers.current();
        var result = new java.util.IdentityHashMap<Meeting, Boolean>();
        if (user.isBoardStaff()) {
            list.forEach(meeting -> result.put(meeting, true));
            return result;
        }
        Map<String, Committee> bodies = bodiesOf(list);
        Set<String> mine = list.isEmpty() ? Set.of() : committees.myPersonIds();
        for (Meeting meeting : list) {
            Committee body = bodies.get(meeting.getCommitteeId());
            result.put(meeting, body != null && body.membersOn(meeting.getDate()).stream().anyMatch(m -> mine.contains(m.personId())));
        }
        return result;
    }

    /** Whether the caller may change each meeting. */
    public Map<Meeting, Boolean> manageable(List<Meeting> list) {
        Map<String, Committee> bodies = bodiesOf(list);
        Map<Committee, Boolean> managed = committees.manageable(List.copyOf(bodies.values()));
        var result = new java.util.IdentityHashMap<Meeting, Boolean>();
        list.forEach(meeting -> result.put(meeting, managed.getOrDefault(bodies.get(meeting.getCommitteeId()), false)));
        return result;
    }

    /** Each meeting's members on its date: whom its attendance form lists. */
    public Map<Meeting, List<Membership>> expectedMembers(List<Meeting> list) {
        Map<String, Committee> bodies = bodiesOf(list);
        var result = new java.util.IdentityHashMap<Meeting, List<Membership>>();
        list.forEach(meeting -> result.put(meeting, bodies.containsKey(meeting.getCommitteeId())
                ? bodies.get(meeting.getCommitteeId()).membersOn(meeting.getDate()) : List.of()));
        return result;
    }

    private Map<String, Committee> bodiesOf(List<Meeting> list) {
        var ids = list.stream().map(Meeting::getCommitteeId).collect(java.util.stream.Collectors.toSet());
        var bodies = new java.util.HashMap<String, Committee>();
        committeeStore.findAllById(ids).forEach(c -> bodies.put(c.getId(), c));
        return bodies;
    }

    public Meeting schedule(@Valid ScheduleMeetingInput input) {
        Committee committee = managedCommittee(input.committeeId());
        String title = input.title() == null || input.title().isBlank() ? committee.getName() : input.title().strip();
        Meeting saved = meetings.insert(new Meeting(committee, input.date(), title));
        events.publishEvent(new MeetingChanged("scheduleMeeting", null, saved));
        return saved;
    }

    public Meeting update(@Valid UpdateMeetingInput input) {
        Meeting meeting = managedMeeting(input.id());
        var people = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; input.agenda() != null && i < input.agenda().size(); i++) {
            people.put("agenda[" + i + "].ownerPersonId", input.agenda().get(i).ownerPersonId());
        }
        for (int i = 0; input.actions() != null && i < input.actions().size(); i++) {
            people.put("actions[" + i + "].leadPersonId", input.actions().get(i).leadPersonId());
        }
        this.people.requireOfPartnerships(people, meeting.getPartnershipCodes());
        var agenda = input.agenda() == null ? List.<AgendaItem>of() : input.agenda().stream()
                .map(i -> new AgendaItem(i.title().strip(), blankToNull(i.ownerPersonId()), blankToNull(i.paperUrl()), i.restricted())).toList();
        var actions = input.actions() == null ? List.<MeetingAction>of() : input.actions().stream()
                .map(a -> new MeetingAction(a.id() == null || a.id().isBlank() ? UUID.randomUUID().toString() : a.id(),
                        a.description().strip(), blankToNull(a.leadPersonId()), a.dueDate(), a.done())).toList();
        var before = snapshots.of(meeting);
        meeting.record(input.date(), input.title() == null ? meeting.getTitle() : input.title().strip(), agenda,
                input.decisions() == null ? List.of() : input.decisions().stream().map(String::strip).toList(), actions);
        meeting.expectVersion(input.version());
        return saveAudited("updateMeeting", meeting, before);
    }

    /**
     * Merges the entries into the stored record: if someone else saved the meeting meanwhile, the entries are applied
     * again to what they saved (refused only where they changed the same member's entry).
     */
    public Meeting recordAttendance(@Valid RecordAttendanceInput input) {
        var entries = input.attendance().stream().map(MeetingService::entry).toList();
        return VersionRaces.reapply(SAVE_ATTEMPTS, managedMeeting(input.meetingId()), () -> managedMeeting(input.meetingId()), meeting -> {
            if (input.version() > meeting.getVersion()) {
                throw new OptimisticLockingFailureException("Meeting " + meeting.getId() + " has no version " + input.version());
            }
            Committee committee = committeeStore.findById(meeting.getCommitteeId()).orElseThrow();
            var before = snapshots.of(meeting);
            meeting.recordAttendance(entries, committee.membersOn(meeting.getDate()), committees.today(), input.version());
            return saveAudited("recordAttendance", meeting, before);
        });
    }

    public Meeting lockAttendance(@Valid LockAttendanceInput input) {
        Meeting meeting = managedMeeting(input.meetingId());
        var before = snapshots.of(meeting);
        meeting.lockAttendance();
        meeting.expectVersion(input.version());
        return saveAudited("lockAttendance", meeting, before);
    }

    private static AttendanceEntry entry(AttendanceInput input) {
        return new AttendanceEntry(input.personId(), null, input.status(), input.deputyName());
    }

    private Meeting saveAudited(String action, Meeting meeting, org.bson.Document before) {
        Meeting saved = meetings.save(meeting);
        events.publishEvent(new MeetingChanged(action, before, saved));
        return saved;
    }

    private Committee managedCommittee(String committeeId) {
        Committee committee = committees.find(committeeId);
        if (committee == null) {
            throw new NotFoundException("Committee", committeeId);
        }
        if (!committees.canManageMeetings(committee)) {
            throw new AccessDeniedException("Only board admins and the body's chair run its meetings");
        }
        return committee;
    }

    private Meeting managedMeeting(String meetingId) {
        Meeting meeting = find(meetingId);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        managedCommittee(meeting.getCommitteeId());
        return meeting;
    }

    static void requireOrder(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RejectedCommand("to", "The end of the period is before its start");
        }
    }
}
