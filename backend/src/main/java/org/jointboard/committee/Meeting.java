package org.jointboard.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** A meeting of a body, with its agenda, decisions, actions and who attended. */
@Document("meetings")
@CompoundIndexes({
        @CompoundIndex(name = "by_committee_and_date", def = "{'committeeId': 1, 'date': 1, '_id': 1}"),
        @CompoundIndex(name = "by_partnership_and_date", def = "{'partnershipCodes': 1, 'date': 1}") })
public class Meeting implements AuditedRecord {

    /** Attendance may be corrected for this long after a meeting; then it is locked for good. */
    public static final int ATTENDANCE_EDITABLE_DAYS = 30;
    /** Stands for a person whose name retention removed from an old record. */
    public static final String FORMER_MEMBER = "former-member";

    @Id
    private String id;
    @Version
    private Long version;
    private String committeeId;
    private List<String> partnershipCodes = List.of();
    private LocalDate date;
    private String title;
    private List<AgendaItem> agenda = List.of();
    private List<String> decisions = List.of();
    private List<MeetingAction> actions = List.of();
    private List<AttendanceEntry> attendance = new ArrayList<>();
    private boolean attendanceLocked;
    private LocalDate namesRemovedOn;

    protected Meeting() {
    }

    Meeting(Committee committee, LocalDate date, String title) {
        this.committeeId = committee.getId();
        this.partnershipCodes = committee.getPartnershipCodes();
        this.date = date;
        this.title = title;
    }

    /** For demo data: attendance as recorded at the time, with the organisations represented that day. */
    void restoreAttendance(List<AttendanceEntry> entries) {
        this.attendance = new ArrayList<>(entries);
    }

    void record(LocalDate date, String title, List<AgendaItem> agenda, List<String> decisions, List<MeetingAction> actions) {
        this.date = date;
        this.title = title;
        this.agenda = List.copyOf(agenda);
        this.decisions = List.copyOf(decisions);
        this.actions = List.copyOf(actions);
    }

    /**
     * Records the attendance of the members listed; members not listed keep what was recorded for them. Everyone
     * listed must be a member on the meeting's date (a deputy is recorded against the member they stand in for), each
     * at most once, and not after the record is locked. Two people recording different members at once both keep
     * their entries: an entry is refused (CONFLICT) only if someone else changed that member's entry after
     * {@code seenVersion}, the version the recorder saw.
     */
    void recordAttendance(List<AttendanceEntry> entries, List<Membership> membersThatDay, LocalDate today, long seenVersion) {
        if (isAttendanceLocked(today)) {
            throw new RejectedCommand("attendance", "Attendance for this meeting is locked and can no longer be changed");
        }
        Map<String, Membership> members = membersThatDay.stream().collect(Collectors.toMap(Membership::personId, Function.identity()));
        Map<String, AttendanceEntry> recorded = new java.util.LinkedHashMap<>();
        attendance.forEach(entry -> recorded.put(entry.personId(), entry));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            Membership membership = members.get(entry.personId());
            if (membership == null) {
                throw new RejectedCommand("attendance[" + i + "].personId",
                        "This person was not a member on " + date + ": add their membership first, or record them as a deputy for a member");
            }
            if (!seen.add(entry.personId())) {
                throw new RejectedCommand("attendance[" + i + "].personId", "This member is listed twice");
            }
            boolean deputy = entry.status() == AttendanceStatus.DEPUTY;
            if (deputy && (entry.deputyName() == null || entry.deputyName().isBlank())) {
                throw new RejectedCommand("attendance[" + i + "].deputyName", "Enter the name of the deputy who attended");
            }
            var next = new AttendanceEntry(entry.personId(), membership.representingOrganisationCode(), entry.status(),
                    deputy ? entry.deputyName().strip() : null, version);
            AttendanceEntry current = recorded.get(entry.personId());
            if (next.sameAs(current)) {
                continue;
            }
            if (current != null && current.recordedAfterVersion() != null && current.recordedAfterVersion() >= seenVersion) {
                throw new org.jointboard.common.ConflictingChange("attendance[" + i + "]",
                        "Someone else recorded this member's attendance after you opened the meeting. Reload it to see theirs.");
            }
            recorded.put(entry.personId(), next);
        }
        this.attendance = new ArrayList<>(recorded.values());
    }

    void lockAttendance() {
        this.attendanceLocked = true;
    }

    /**
     * Retention: replaces the people named in the record (attendees, deputies, agenda owners, action leads) by "former
     * member", keeping each entry's organisation and status so attendance rates by organisation stay as they were.
     */
    void removeNames(LocalDate today) {
        var redacted = new ArrayList<AttendanceEntry>();
        for (int i = 0; i < attendance.size(); i++) {
            AttendanceEntry entry = attendance.get(i);
            redacted.add(new AttendanceEntry(FORMER_MEMBER + "-" + (i + 1), entry.organisationCode(), entry.status(),
                    entry.deputyName() == null ? null : "former member's deputy", entry.recordedAfterVersion()));
        }
        attendance = redacted;
        agenda = agenda.stream().map(a -> new AgendaItem(a.title(), null, a.paperUrl(), a.restricted())).toList();
        actions = actions.stream().map(a -> new MeetingAction(a.id(), a.description(), null, a.dueDate(), a.done())).toList();
        attendanceLocked = true;
        namesRemovedOn = today;
    }

    /** The day retention removed the names from this record, or null. */
    public LocalDate getNamesRemovedOn() {
        return namesRemovedOn;
    }

    public boolean isAttendanceLocked(LocalDate today) {
        return attendanceLocked || date.plusDays(ATTENDANCE_EDITABLE_DAYS).isBefore(today);
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
    }

    public List<String> getDecisions() {
        return decisions;
    }

    public List<MeetingAction> getActions() {
        return actions;
    }

    public List<AttendanceEntry> getAttendance() {
        return attendance;
    }
}
