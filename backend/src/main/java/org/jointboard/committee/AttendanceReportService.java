package org.jointboard.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationService;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Attendance rates over a period: the recorded meetings and their bodies' memberships are read in two queries, so
 * the cost in database commands does not grow with the number of meetings.
 */
@Service
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','VIEWER')")
public class AttendanceReportService {

    private static final String NO_ORGANISATION = "";

    private final MongoOperations mongo;
    private final CommitteeService committees;
    private final PersonService people;
    private final OrganisationService organisations;
    private final org.jointboard.security.CurrentUsers currentUsers;

    AttendanceReportService(MongoOperations mongo, CommitteeService committees, PersonService people,
            OrganisationService organisations, org.jointboard.security.CurrentUsers currentUsers) {
        this.mongo = mongo;
        this.committees = committees;
        this.people = people;
        this.organisations = organisations;
        this.currentUsers = currentUsers;
    }

    public AttendanceReport report(String partnershipCode, LocalDate from, LocalDate to) {
        MeetingService.requireOrder(from, to);
        currentUsers.requireWorksFor(partnershipCode);
        List<Row> rows = counts(partnershipCode, from, to);

        var byMember = new TreeMap<String, int[]>();
        var byOrganisation = new TreeMap<String, int[]>();
        var byCommittee = new TreeMap<String, int[]>();
        for (Row row : rows) {
            add(byMember, row.personId(), row);
            add(byOrganisation, row.organisationCode(), row);
            add(byCommittee, row.committeeId(), row);
        }
        Map<String, Person> names = people.byIds(byMember.keySet());
        Map<String, Organisation> orgs = organisations.byCodes(byOrganisation.keySet());
        Map<String, Committee> bodies = committees.byIds(byCommittee.keySet());
        return new AttendanceReport(partnershipCode, from, to,
                rates(byMember, id -> names.containsKey(id) ? names.get(id).getName() : "Unknown person"),
                rates(byOrganisation, code -> code.equals(NO_ORGANISATION) ? "Independent members"
                        : orgs.containsKey(code) ? orgs.get(code).getName() : code),
                rates(byCommittee, id -> bodies.containsKey(id) ? bodies.get(id).getName() : "Unknown body"));
    }

    record Row(String committeeId, String personId, String organisationCode, int attended, int expected) {
    }

    /**
     * Attended and expected per body, member and organisation. Every member of the body on a recorded meeting's date
     * is expected, whether or not the record lists them (left off counts as absent); the organisation is the one the
     * record names, else the one their membership represents. Two queries whatever the number of meetings.
     */
    private List<Row> counts(String partnershipCode, LocalDate from, LocalDate to) {
        Query recorded = Query.query(Criteria.where("partnershipCodes").is(partnershipCode).and("date").gte(from).lte(to)
                .and("attendance.0").exists(true));
        recorded.fields().include("committeeId", "date", "attendance");
        List<Meeting> meetings = mongo.find(recorded, Meeting.class);
        Map<String, Committee> bodies = committees.byIds(meetings.stream().map(Meeting::getCommitteeId).collect(Collectors.toSet()));
        var tally = new LinkedHashMap<Row, int[]>();
        for (Meeting meeting : meetings) {
            Map<String, AttendanceEntry> entries = meeting.getAttendance().stream()
                    .collect(Collectors.toMap(AttendanceEntry::personId, e -> e, (a, b) -> a));
            Map<String, String> expected = new LinkedHashMap<>();
            Committee body = bodies.get(meeting.getCommitteeId());
            if (body != null && meeting.getNamesRemovedOn() == null) { // once names are removed, the entries alone say who came
                body.membersOn(meeting.getDate()).forEach(m -> expected.putIfAbsent(m.personId(), m.representingOrganisationCode()));
            }
            entries.values().forEach(e -> expected.put(e.personId(), e.organisationCode()));
            expected.forEach((personId, organisation) -> {
                AttendanceEntry entry = entries.get(personId);
                boolean attended = entry != null && (entry.status() == AttendanceStatus.PRESENT || entry.status() == AttendanceStatus.DEPUTY);
                int[] counts = tally.computeIfAbsent(new Row(meeting.getCommitteeId(), personId,
                        organisation == null ? NO_ORGANISATION : organisation, 0, 0), k -> new int[2]);
                counts[0] += attended ? 1 : 0;
                counts[1]++;
            });
        }
        return tally.entrySet().stream().map(e -> new Row(e.getKey().committeeId(), e.getKey().personId(), e.getKey().organisationCode(),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    private static void add(Map<String, int[]> totals, String key, Row row) {
        int[] total = totals.computeIfAbsent(key, k -> new int[2]);
        total[0] += row.attended();
        total[1] += row.expected();
    }

    private static List<AttendanceRate> rates(Map<String, int[]> totals, Function<String, String> name) {
        return totals.entrySet().stream().map(e -> new AttendanceRate(e.getKey(), name.apply(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(AttendanceRate::name)).toList();
    }
}
