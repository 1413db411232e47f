package org.jointboard.committee;

import static org.jointboard.committee.BodyKind.*;
import static org.jointboard.committee.MembershipRole.*;
import static org.jointboard.partnership.DemoPeople.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jointboard.partnership.Serves;
import org.jointboard.partnership.BoardKind;

/**
 * The boards and committees of DOMAIN.md §3 for Wolverhampton, Warwickshire and Wiltshire, with chairs and
 * members, and a year of meetings with attendance up to {@code today} plus the next meeting of each body.
 * Attendance follows the agency rates Wolverhampton reported for 2014/15 (the chair and the voluntary sector
 * always there, police and health less often, fire rarely), drawn from a fixed seed so every load is the same.
 */
public final class DemoStructures {

    private static final Map<String, Double> ATTENDANCE_BY_ORGANISATION = Map.of(
            "west-midlands-police", 0.4, "wolverhampton-ccg", 0.6, "west-midlands-fire", 0.2,
            "national-probation-service", 0.8, "youth-organisations-wolverhampton", 1.0, "royal-wolverhampton-nhs", 0.85,
            "cafcass", 0.7);

    private final LocalDate today;
    private final List<Committee> bodies = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final Random random = new Random(2014);

    private DemoStructures(LocalDate today) {
        this.today = today;
    }

    public record Demo(List<Committee> committees, List<Meeting> meetings) {
    }

    public static Demo build(LocalDate today) {
        var demo = new DemoStructures(today);
        demo.wolverhampton();
        demo.warwickshire();
        demo.wiltshire();
        demo.bodies.forEach(demo::yearOfMeetings);
        return new Demo(List.copyOf(demo.bodies), List.copyOf(demo.meetings));
    }

    private void wolverhampton() {
        String p = "wolverhampton";
        var board = body("wolv-board-children", Set.of(p), BOARD, BoardKind.CHILDREN, "Wolverhampton Safeguarding Children Board",
                "Coordinates and checks the effectiveness of what partners do to safeguard children (s13-14 Children Act 2004).", Serves.CHILDREN, null, 3,
                List.of(new ExternalLink("Wolverhampton Health and Wellbeing Board", ExternalLink.LinkType.HEALTH_AND_WELLBEING_BOARD),
                        new ExternalLink("Safer Wolverhampton Partnership", ExternalLink.LinkType.COMMUNITY_SAFETY_PARTNERSHIP),
                        new ExternalLink("Children's Trust Board", ExternalLink.LinkType.CHILDRENS_TRUST)));
        seat(board, INDEPENDENT_CHAIR, CHAIR, null);
        seat(board, STRATEGIC_DIRECTOR, VICE_CHAIR, "wolverhampton-council");
        seat(board, LAY_ADVISOR, LAY_MEMBER, null);
        seat(board, BUSINESS_MANAGER, SECRETARIAT, "wolverhampton-council");
        for (String member : List.of(LOCAL_POLICING, PROBATION, FIRE, YOW_COORDINATOR, CCG_DIRECTOR, HEADTEACHER, COLLEGE, CAFCASS)) {
            seat(board, member, MEMBER, null);
        }
        var adults = body("wolv-board-adults", Set.of(p), BOARD, BoardKind.ADULTS, "Wolverhampton Safeguarding Adults Board",
                "Assures that local adult safeguarding arrangements work (Care Act 2014).", Serves.ADULTS, null, 3,
                List.of(new ExternalLink("Wolverhampton Safeguarding Children Board", ExternalLink.LinkType.SAFEGUARDING_BOARD)));
        seat(adults, INDEPENDENT_CHAIR, CHAIR, null);
        seat(adults, CCG_DIRECTOR, MEMBER, null);
        seat(adults, LOCAL_POLICING, MEMBER, null);
        var exec = body("wolv-executive", Set.of(p), EXECUTIVE_GROUP, null, "WSCB Executive",
                "Sets the business plan, oversees priorities, performance and the risk register; receives SCR exception reports.", Serves.CHILDREN, board, 2, List.of());
        seat(exec, INDEPENDENT_CHAIR, CHAIR, null);
        seat(exec, STRATEGIC_DIRECTOR, VICE_CHAIR, "wolverhampton-council");
        seat(exec, DCI_PPU, MEMBER, null);
        seat(exec, CCG_DIRECTOR, MEMBER, null);
        seat(exec, NAMED_NURSE, MEMBER, null);
        committee(COMMITTEE, p, "wolv-qpc", "Quality & Performance Committee", "Scorecard, Section 11, multi-agency case file audits, QA framework.", exec, NAMED_NURSE, 3,
                DESIGNATED_NURSE, LOCAL_POLICING, PROBATION, YOW_COORDINATOR);
        committee(COMMITTEE, p, "wolv-lpp", "Law, Policy & Procedures Committee", "Procedures and protocols.", exec, HEAD_OF_SAFEGUARDING, 3,
                DCI_PPU, NAMED_NURSE, CAFCASS);
        committee(COMMITTEE, p, "wolv-ld", "Learning & Development Committee", "Multi-agency training.", exec, DESIGNATED_NURSE, 3,
                COLLEGE, HEADTEACHER, FIRE);
        var ce = body("wolv-ce", Set.of(p), COMMITTEE, null, "Communication & Engagement Committee",
                "Communication with the public and frontline staff, for both the children's and the adults' board.", Serves.BOTH, exec, 3, List.of());
        seat(ce, YOW_COORDINATOR, CHAIR, null);
        seat(ce, LAY_ADVISOR, LAY_MEMBER, null);
        seat(ce, BUSINESS_MANAGER, SECRETARIAT, "wolverhampton-council");
        committee(PANEL, p, "wolv-scr", "Serious Case Review Committee", "Serious case reviews and learning reviews; members act as an independent panel.", exec,
                DESIGNATED_DOCTOR, 2, HEAD_OF_SAFEGUARDING, DCI_PPU, NAMED_NURSE);
        committee(COMMITTEE, p, "wolv-semt", "SEMT Committee", "Child sexual exploitation, missing and trafficked children.", exec, DCI_PPU, 2,
                HEAD_OF_SAFEGUARDING, YOW_COORDINATOR, NAMED_NURSE);
        var cdop = body("wolv-cdop", Set.of(p, "walsall"), PANEL, null, "Child Death Overview Panel",
                "Reviews the death of every child under 18 in Wolverhampton and Walsall.", Serves.CHILDREN, exec, 3, List.of());
        seat(cdop, CCG_DIRECTOR, CHAIR, null);
        seat(cdop, DESIGNATED_DOCTOR, MEMBER, null);
        seat(cdop, DCI_PPU, MEMBER, null);
        committee(FORUM, p, "wolv-headteachers", "Head-teachers' Safeguarding Committee", "Safeguarding in schools; follows up the s175/s157 audit.", board,
                HEADTEACHER, 3, COLLEGE, HEAD_OF_SAFEGUARDING);
    }

    private void warwickshire() {
        String p = "warwickshire";
        var board = body("warw-board-children", Set.of(p), BOARD, BoardKind.CHILDREN, "Warwickshire Safeguarding Children Board",
                "Moving to a joint chair and aligned budgets with the adults' board.", Serves.CHILDREN, null, 3,
                List.of(new ExternalLink("Warwickshire Health and Wellbeing Board", ExternalLink.LinkType.HEALTH_AND_WELLBEING_BOARD)));
        seat(board, WARW_CHAIR, CHAIR, null);
        seat(board, WARW_HEAD_OF_SAFEGUARDING, MEMBER, null);
        seat(board, WARW_CCG_LEAD, MEMBER, null);
        seat(board, WARW_CAFCASS, MEMBER, null);
        seat(board, WARW_BUSINESS_MANAGER, SECRETARIAT, "warwickshire-council");
        var adults = body("warw-board-adults", Set.of(p), BOARD, BoardKind.ADULTS, "Warwickshire Safeguarding Adults Board",
                "Adult safeguarding assurance; its chair is interim chair of the children's board.", Serves.ADULTS, null, 3, List.of());
        seat(adults, WARW_CHAIR, CHAIR, null);
        seat(adults, WARW_HEAD_OF_SAFEGUARDING, MEMBER, null);
        committee(SUB_GROUP, p, "warw-special-cases", "Special Cases Sub-committee", "Scopes cases for serious case review.", board, WARW_HEAD_OF_SAFEGUARDING, 3,
                WARW_CCG_LEAD, WARW_CAFCASS);
        committee(SUB_GROUP, p, "warw-qpme", "Quality, Performance, Monitoring and Evaluation Sub-committee", "Quarterly dataset; single and multi-agency audits.",
                board, WARW_CCG_LEAD, 3, WARW_HEAD_OF_SAFEGUARDING, WARW_CAFCASS);
        committee(SUB_GROUP, p, "warw-procedures", "Procedures Sub-committee", "Multi-agency procedures.", board, WARW_HEAD_OF_SAFEGUARDING, 3, WARW_CAFCASS);
        committee(SUB_GROUP, p, "warw-cse", "CSE Sub-committee", "Child sexual exploitation strategy and cases.", board, WARW_CCG_LEAD, 3, WARW_HEAD_OF_SAFEGUARDING);
        committee(PANEL, p, "warw-cdop", "Child Death Overview Panel (Coventry, Solihull, Warwickshire)", "Reviews child deaths across three areas.", board,
                WARW_CCG_LEAD, 3, WARW_HEAD_OF_SAFEGUARDING);
    }

    private void wiltshire() {
        String p = "wiltshire";
        var board = body("wilt-board-children", Set.of(p), BOARD, BoardKind.CHILDREN, "Wiltshire Safeguarding Children Board",
                "Took over from the Safeguarding Improvement Board after 2012's governance problems.", Serves.CHILDREN, null, 3,
                List.of(new ExternalLink("Wiltshire Children's Trust", ExternalLink.LinkType.CHILDRENS_TRUST)));
        seat(board, WILT_CHAIR, CHAIR, null);
        seat(board, WILT_QA_LEAD, MEMBER, null);
        seat(board, WILT_WORKFORCE_LEAD, MEMBER, null);
        committee(SUB_GROUP, p, "wilt-qa", "Quality Assurance Sub-group", "Audits, Section 11, the dashboard.", board, WILT_QA_LEAD, 3, WILT_WORKFORCE_LEAD);
        committee(SUB_GROUP, p, "wilt-pp", "Policies and Procedures Sub-group", "Policies and procedures.", board, WILT_QA_LEAD, 3);
        committee(SUB_GROUP, p, "wilt-wd", "Workforce Development Sub-group", "Multi-agency training.", board, WILT_WORKFORCE_LEAD, 3);
        committee(SUB_GROUP, p, "wilt-ei", "Early Intervention Sub-group", "Early intervention, CAF and thresholds.", board, WILT_QA_LEAD, 3);
        committee(SUB_GROUP, p, "wilt-ph", "PH Sub-group", "Thematic issues: CSE, domestic abuse, military families, disability, hidden harm.", board, WILT_CHAIR, 2);
        committee(PANEL, p, "wilt-scr", "Serious Case Review Panel", "Serious case reviews.", board, WILT_CHAIR, 6);
        committee(TASK_AND_FINISH_GROUP, p, "wilt-cse", "CSE Task & Finish Group", "Writes the CSE strategy, then ends.", board, WILT_WORKFORCE_LEAD, 2);
    }

    private void committee(BodyKind kind, String partnership, String id, String name, String remit, Committee reportsTo,
            String chair, int monthsBetweenMeetings, String... members) {
        Committee body = body(id, Set.of(partnership), kind, null, name, remit, Serves.CHILDREN, reportsTo, monthsBetweenMeetings, List.of());
        seat(body, chair, CHAIR, null);
        for (String member : members) {
            seat(body, member, MEMBER, null);
        }
    }

    private final Map<String, Integer> cadence = new java.util.HashMap<>();

    private Committee body(String id, Set<String> partnerships, BodyKind kind, BoardKind boardKind, String name, String remit,
            Serves serves, Committee reportsTo, int monthsBetweenMeetings, List<ExternalLink> links) {
        var terms = new TermsOfReference(name + " terms of reference. Purpose: " + remit
                + " Membership: named representatives who speak for their organisation with authority. Quorum: one third of members including the chair or vice-chair.",
                "2." + (Math.abs(id.hashCode()) % 4), today.plusMonths(Math.abs(id.hashCode()) % 14 - 2));
        var body = new Committee(id, new CommitteeDetails(partnerships, kind, boardKind, name, remit, serves, terms,
                reportsTo == null ? null : reportsTo.getId(), links));
        bodies.add(body);
        cadence.put(id, monthsBetweenMeetings);
        return body;
    }

    private void seat(Committee body, String personId, MembershipRole role, String organisation) {
        body.addMembership(personId, role, organisation == null ? organisationOf(personId) : organisation, today.minusYears(2), null);
    }

    private static String organisationOf(String personId) {
        return org.jointboard.partnership.DemoPeople.people().stream().filter(p -> p.getId().equals(personId)).findFirst()
                .map(org.jointboard.partnership.Person::getOrganisationCode).orElse(null);
    }

    private void yearOfMeetings(Committee body) {
        int every = cadence.get(body.getId());
        LocalDate date = today.minusYears(1).plusDays(14 + Math.abs(body.getId().hashCode()) % 20);
        while (!date.isAfter(today.plusMonths(every))) {
            var meeting = new Meeting(body, date, body.getName());
            meeting.record(date, body.getName(), agenda(), List.of("Minutes of the last meeting agreed."),
                    List.of(new MeetingAction(body.getId() + "-" + date, "Report progress on the business plan priority to the next meeting",
                            body.holderOn(CHAIR, date).map(Membership::personId).orElse(null), date.plusMonths(every), date.plusMonths(every).isBefore(today))));
            if (!date.isAfter(today)) {
                meeting.restoreAttendance(attendance(body, date));
            }
            meetings.add(meeting);
            boolean past = date.isBefore(today);
            date = date.plusMonths(every);
            if (!past) {
                break;
            }
        }
    }

    private List<AgendaItem> agenda() {
        return List.of(
                new AgendaItem("Minutes and actions of the last meeting", BUSINESS_MANAGER, null, false),
                new AgendaItem("Performance scorecard", NAMED_NURSE, "https://jointboard.example/papers/scorecard.pdf", true),
                new AgendaItem("Section 11 audit progress", HEAD_OF_SAFEGUARDING, "https://jointboard.example/papers/s11-progress.pdf", false),
                new AgendaItem("Risk register", STRATEGIC_DIRECTOR, "https://jointboard.example/papers/risk-register.pdf", true));
    }

    private List<AttendanceEntry> attendance(Committee body, LocalDate date) {
        var entries = new ArrayList<AttendanceEntry>();
        for (Membership member : body.membersOn(date)) {
            double rate = member.role() == CHAIR || member.role() == SECRETARIAT ? 1.0
                    : member.representingOrganisationCode() == null ? 0.9
                    : ATTENDANCE_BY_ORGANISATION.getOrDefault(member.representingOrganisationCode(), 0.75);
            double draw = random.nextDouble();
            AttendanceStatus status = draw < rate ? (draw > rate - 0.1 && rate < 1.0 ? AttendanceStatus.DEPUTY : AttendanceStatus.PRESENT)
                    : draw < rate + (1 - rate) / 2 ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT;
            entries.add(new AttendanceEntry(member.personId(), member.representingOrganisationCode(), status,
                    status == AttendanceStatus.DEPUTY ? "Deputy for " + member.personId().replace("demo-", "").replace('-', ' ') : null));
        }
        return entries;
    }
}
