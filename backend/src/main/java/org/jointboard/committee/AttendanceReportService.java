package org.jointboard.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationService;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.aggregation.ComparisonOperators;
import org.springframework.data.mongodb.core.aggregation.BooleanOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Attendance rates, counted by the database: one aggregation groups recorded attendance by body, member and
 * organisation, so the cost does not grow with the number of meetings read.
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

    private List<Row> counts(String partnershipCode, LocalDate from, LocalDate to) {
        var attended = ConditionalOperators.when(BooleanOperators.Or.or(
                        ComparisonOperators.Eq.valueOf("attendance.status").equalToValue(AttendanceStatus.PRESENT.name()),
                        ComparisonOperators.Eq.valueOf("attendance.status").equalToValue(AttendanceStatus.DEPUTY.name())))
                .then(1).otherwise(0);
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("partnershipCodes").is(partnershipCode).and("date").gte(from).lte(to)),
                Aggregation.unwind("attendance"),
                Aggregation.group("committeeId", "attendance.personId", "attendance.organisationCode")
                        .sum(attended).as("attended")
                        .count().as("expected"));
        List<Row> rows = new ArrayList<>();
        for (Document result : mongo.aggregate(aggregation, "meetings", Document.class).getMappedResults()) {
            Document id = result.get("_id", Document.class);
            String organisation = id.getString("organisationCode");
            rows.add(new Row(id.getString("committeeId"), id.getString("personId"), organisation == null ? NO_ORGANISATION : organisation,
                    ((Number) result.get("attended")).intValue(), ((Number) result.get("expected")).intValue()));
        }
        return rows;
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
