package org.jointboard.committee;

import org.jointboard.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jointboard.partnership.Serves;
import org.jointboard.committee.internal.CommitteeRepository;
import org.jointboard.committee.internal.MeetingRepository;
import org.jointboard.partnership.BoardKind;

/** Stored bodies and meetings for tests. */
final class CommitteeFixtures {

    private CommitteeFixtures() {
    }

    static Committee storeBody(CommitteeRepository committees, String id, BodyKind kind, BoardKind boardKind, String name,
            Committee reportsTo, String... partnershipCodes) {
        return committees.insert(new Committee(id, new CommitteeDetails(Set.of(partnershipCodes), kind, boardKind, name, "Remit of " + name,
                Serves.CHILDREN, new TermsOfReference("Terms of " + name, "1.0", TestClock.today().plusMonths(6)),
                reportsTo == null ? null : reportsTo.getId(), List.of())));
    }

    static Committee seat(CommitteeRepository committees, Committee body, String personId, MembershipRole role, String organisation,
            LocalDate start) {
        body.addMembership(personId, role, organisation, start, null);
        return committees.save(body);
    }

    static Meeting storeMeeting(MeetingRepository meetings, Committee body, LocalDate date) {
        var meeting = new Meeting(body, date, body.getName());
        meeting.record(date, body.getName(), List.of(
                new AgendaItem("Minutes", null, "https://papers.example/minutes.pdf", false),
                new AgendaItem("Case review", null, "https://papers.example/case-review.pdf", true)), List.of(), List.of());
        return meetings.insert(meeting);
    }
}
