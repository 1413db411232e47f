package org.jointboard.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jointboard.partnership.BoardKind;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.Serves;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A partnership's board, executive group and five committees at national scale, seated from its people, with a year of
 * meetings and their attendance up to {@code today} and each body's next meeting, built through the same records as
 * {@link DemoStructures}. Deterministic for the random source given.
 */
public final class NationalStructures {

    private static final String[] COMMITTEES = { "Quality and Performance Committee", "Learning and Development Committee",
            "Policy and Procedures Committee", "Case Review Panel", "Child Death Overview Panel" };
    private static final double[] ATTENDANCE = { 0.95, 0.85, 0.75, 0.6, 0.4 };

    private NationalStructures() {
    }

    /** What was written for all partnerships. */
    public record Written(int committees, int meetings, Map<String, List<String>> bodyIdsByPartnership) {
    }

    /**
     * @param people each partnership's people, the first its independent chair; at least three
     */
    public static Written write(MongoOperations mongo, Map<String, List<Person>> people, LocalDate today, Random random) {
        var committees = new ArrayList<Committee>();
        var meetings = new ArrayList<Meeting>();
        Map<String, List<String>> ids = new java.util.LinkedHashMap<>();
        people.forEach((partnership, its) -> {
            var bodies = bodies(partnership, its, today, random);
            committees.addAll(bodies);
            ids.put(partnership, bodies.stream().map(Committee::getId).toList());
            bodies.forEach(body -> meetings.addAll(yearOfMeetings(body, today, random)));
        });
        for (int from = 0; from < committees.size(); from += 1000) {
            mongo.insertAll(committees.subList(from, Math.min(committees.size(), from + 1000)));
        }
        for (int from = 0; from < meetings.size(); from += 500) {
            mongo.insertAll(meetings.subList(from, Math.min(meetings.size(), from + 500)));
        }
        return new Written(committees.size(), meetings.size(), ids);
    }

    private static List<Committee> bodies(String partnership, List<Person> people, LocalDate today, Random random) {
        var bodies = new ArrayList<Committee>();
        Committee board = body(partnership + "-board", partnership, BodyKind.BOARD, BoardKind.JOINT, "Safeguarding Partnership Board", null, today);
        Committee executive = body(partnership + "-executive", partnership, BodyKind.EXECUTIVE_GROUP, null, "Executive Group", board.getId(), today);
        bodies.add(board);
        bodies.add(executive);
        for (int i = 0; i < COMMITTEES.length; i++) {
            bodies.add(body(partnership + "-committee-" + (i + 1), partnership, i == 3 || i == 4 ? BodyKind.PANEL : BodyKind.COMMITTEE, null,
                    COMMITTEES[i], executive.getId(), today));
        }
        for (Committee body : bodies) {
            int chair = body == board || body == executive ? 0 : 1 + random.nextInt(people.size() - 1);
            seat(body, people.get(chair), MembershipRole.CHAIR, today);
            int members = 4 + random.nextInt(Math.max(1, Math.min(6, people.size() - 1)));
            for (int k = 0; k < members; k++) {
                Person member = people.get(1 + random.nextInt(people.size() - 1));
                if (body.getMemberships().stream().noneMatch(m -> m.personId().equals(member.getId()))) {
                    seat(body, member, MembershipRole.MEMBER, today);
                }
            }
        }
        return bodies;
    }

    private static Committee body(String id, String partnership, BodyKind kind, BoardKind boardKind, String name, String reportsTo, LocalDate today) {
        var terms = new TermsOfReference(name + " terms of reference: purpose, membership, quorum and how it reports.", "1.0", today.plusMonths(6));
        return new Committee(id, new CommitteeDetails(Set.of(partnership), kind, boardKind, name, name + " of the partnership.", Serves.BOTH, terms,
                reportsTo, List.of()));
    }

    private static void seat(Committee body, Person person, MembershipRole role, LocalDate today) {
        body.addMembership(person.getId(), role, person.getOrganisationCode(), today.minusYears(2), null);
    }

    /** Every two or three months over the last year, then the next one. */
    private static List<Meeting> yearOfMeetings(Committee body, LocalDate today, Random random) {
        var meetings = new ArrayList<Meeting>();
        int every = 2 + random.nextInt(2);
        LocalDate date = today.minusYears(1).plusDays(random.nextInt(40));
        while (true) {
            var meeting = new Meeting(body, date, body.getName());
            meeting.record(date, body.getName(), List.of(new AgendaItem("Minutes and actions of the last meeting", null, null, false),
                    new AgendaItem("Performance report", null, null, false)), List.of("Minutes of the last meeting agreed."), List.of());
            if (!date.isAfter(today)) {
                meeting.restoreAttendance(attendance(body, date, random));
            }
            meetings.add(meeting);
            if (date.isAfter(today)) {
                return meetings;
            }
            date = date.plusMonths(every);
        }
    }

    private static List<AttendanceEntry> attendance(Committee body, LocalDate date, Random random) {
        var entries = new ArrayList<AttendanceEntry>();
        for (Membership member : body.membersOn(date)) {
            double rate = member.role() == MembershipRole.CHAIR ? 1.0 : ATTENDANCE[Math.abs(member.personId().hashCode()) % ATTENDANCE.length];
            double draw = random.nextDouble();
            AttendanceStatus status = draw < rate ? AttendanceStatus.PRESENT : draw < rate + (1 - rate) / 2 ? AttendanceStatus.APOLOGIES
                    : AttendanceStatus.ABSENT;
            entries.add(new AttendanceEntry(member.personId(), member.representingOrganisationCode(), status, null));
        }
        return entries;
    }
}
