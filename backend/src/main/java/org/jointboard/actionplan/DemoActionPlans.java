package org.jointboard.actionplan;

import static org.jointboard.partnership.DemoPeople.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jointboard.actionplan.Action.Status;
import org.jointboard.actionplan.ActionPlan.Kind;
import org.jointboard.actionplan.PlanItem.Response;
import org.jointboard.assessment.DemoAssessments;
import org.jointboard.partnership.Serves;
import org.jointboard.risk.DemoRisks;

/**
 * The plans of DOMAIN.md §7, dated around today: Wolverhampton's four business-plan priorities with executive leads,
 * a practice review, the improvement actions on the demo returns and two risk mitigations; the Wiltshire action plan
 * (twelve of its priorities, sub-group leads, two review points) and its scrutiny recommendations R1–R13 with the
 * executive's responses; Warwickshire's Ofsted recommendations. Some actions are overdue, some slipping, some done.
 */
public final class DemoActionPlans {

    /** What the loader stores: plans, then actions (which name their plans by id). */
    public record Demo(List<ActionPlan> plans, List<Action> actions) { }

    private final LocalDate today;
    private final List<ActionPlan> plans = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private ActionPlan plan;
    private final List<Built> built = new ArrayList<>();

    private DemoActionPlans(LocalDate today) {
        this.today = today;
    }

    public static Demo build(LocalDate today) {
        var demo = new DemoActionPlans(today);
        demo.wolverhampton();
        demo.wiltshire();
        demo.warwickshire();
        demo.built.forEach(Built::settle);
        return new Demo(demo.plans, demo.actions);
    }

    private void wolverhampton() {
        String p = "wolverhampton";
        plan("demo-plan-wolv-business", p, Kind.BUSINESS_PLAN, "Wolverhampton Safeguarding Board business plan", "wolv-executive", true,
                -8, 16, -5, -1);
        priority("P1", "Effective governance", STRATEGIC_DIRECTOR);
        priority("P2", "Front-line delivery and impact", HEAD_OF_SAFEGUARDING);
        priority("P3", "Particularly vulnerable children", DCI_PPU);
        priority("P4", "Communicate and engage", YOW_COORDINATOR);
        action("P1-1", "P1", "Oversee the risk register at every executive meeting", STRATEGIC_DIRECTOR, "wolv-executive", -7, 3, Status.ON_TRACK,
                DemoRisks.id(p, 1)).update(-40, "Register reviewed in October; two risks re-scored", Status.ON_TRACK, false)
                .update(-20, "Finance risk to be escalated if the grant is not confirmed", Status.ON_TRACK, true);
        action("P1-2", "P1", "Fill the vacant committee chairs", STRATEGIC_DIRECTOR, "wolv-executive", -6, -1, Status.AT_RISK, DemoRisks.id(p, 4))
                .update(-60, "Two of three chairs filled; Learning & Development still vacant", Status.AT_RISK, false);
        action("P2-1", "P2", "Multi-agency case file audits on neglect, reported to the board", HEAD_OF_SAFEGUARDING, "wolv-qpc", -6, 1, Status.ON_TRACK,
                DemoRisks.id(p, 8)).update(-100, "First audit of 12 cases done", Status.ON_TRACK, false);
        action("P2-2", "P2", "Embed the neglect toolkit in children's services and health", NAMED_NURSE, "wolv-qpc", -5, 4, Status.NOT_STARTED, null);
        action("P3-1", "P3", "Return-home interviews for every child missing from care", DCI_PPU, "wolv-semt", -8, -2, Status.OFF_TRACK, DemoRisks.id(p, 11))
                .update(-45, "Only 61% of interviews within 72 hours", Status.OFF_TRACK, false);
        action("P4-1", "P4", "Young people's panel reviews the board's leaflets", YOW_COORDINATOR, "wolv-ce", -6, -3, Status.COMPLETE, null)
                .update(-100, "Panel met twice; leaflets rewritten", Status.COMPLETE, false);

        plan("demo-plan-wolv-cspr", p, Kind.LEARNING_REVIEW, "Child safeguarding practice review: Child H", "wolv-scr", true, -4, 8, -1);
        item("F1", PlanItem.Kind.FINDING, "Escalation between agencies was not used when the plan drifted", null, null);
        item("R1", PlanItem.Kind.RECOMMENDATION, "All agencies promote the escalation policy to front-line staff", "All partner agencies", DESIGNATED_NURSE);
        respond("R1", Response.ACCEPTED, null, -3);
        item("R2", PlanItem.Kind.RECOMMENDATION, "Children's services audit the use of the escalation policy in six months", "Children's services",
                HEAD_OF_SAFEGUARDING);
        respond("R2", Response.PARTLY_ACCEPTED, "Audit in nine months, after the new case system goes live", -3);
        action("CH-1", "R1", "Briefing on the escalation policy for every team", DESIGNATED_NURSE, "wolv-ld", -3, 0, Status.ON_TRACK, null)
                .update(-50, "Briefings delivered to health and police teams", Status.ON_TRACK, false);
        action("CH-2", "R2", "Audit of escalations, reported to the Quality & Performance Committee", HEAD_OF_SAFEGUARDING, "wolv-qpc", -2, 6,
                Status.NOT_STARTED, null);

        plan("demo-plan-wolv-s11-current", p, Kind.AUDIT_IMPROVEMENT, "Section 11 audit: improvement actions", "wolv-qpc", false, -1, 11);
        planCycle(DemoAssessments.CURRENT_CYCLE);
        fromReturn("S11-C1", "Information-sharing training for all managers since the policy changed", HEAD_OF_SAFEGUARDING, "wolv-qpc", 3,
                Status.NOT_STARTED, DemoAssessments.CURRENT_CYCLE, "wolverhampton-council", "City of Wolverhampton Council", p, "S11-7",
                "Information sharing", "Not met", List.of(p));
        plan("demo-plan-wolv-s11-last", p, Kind.AUDIT_IMPROVEMENT, "Section 11 audit last year: improvement actions", "wolv-qpc", true, -13, -1, -7);
        planCycle(DemoAssessments.LAST_CYCLE);
        fromReturn("S11-L1", "Refresh multi-agency escalation training for response officers", null, "wolv-qpc", -2, Status.AT_RISK,
                DemoAssessments.LAST_CYCLE, "west-midlands-police", "West Midlands Police", null, "S11-5", "Training, supervision and support",
                "Partially met", List.of(p, "walsall")).leadName("Head of Public Protection").update(-150, "Course booked for spring", Status.AT_RISK, false);
        fromReturn("S11-L2", "Named nurse supervision recorded for every safeguarding case", NAMED_NURSE, "wolv-qpc", 2, Status.ON_TRACK,
                DemoAssessments.LAST_CYCLE, "royal-wolverhampton-nhs", "The Royal Wolverhampton NHS Trust", null, "S11-8",
                "Multi-agency working and escalation", "Partially met", List.of(p)).update(-120, "Supervision template in use on two wards", Status.ON_TRACK, false);

        plan("demo-plan-wolv-risk", p, Kind.RISK_MITIGATION, "Risk register: mitigating actions", "wolv-executive", true, -6, 6, -2);
        action("RM-1", null, "Confirm the discretionary training grant with each partner", STRATEGIC_DIRECTOR, "wolv-executive", -4, 1, Status.ON_TRACK,
                DemoRisks.id(p, 2)).update(-30, "Police and health confirmed; council awaiting budget", Status.ON_TRACK, false);
        action("RM-2", null, "Release staff for training: agree protected time with each agency", DESIGNATED_NURSE, "wolv-ld", -4, -1, Status.ON_TRACK,
                DemoRisks.id(p, 14));
    }

    private void wiltshire() {
        String p = "wiltshire";
        plan("demo-plan-wilt-2013", p, Kind.BUSINESS_PLAN, "WSCB Action Plan 2013-2014", "wilt-board-children", true, -14, -2, -8, -6);
        wiltshirePriority("1", "Secure the board's funding", WILT_CHAIR, "wilt-board-children", Status.COMPLETE, "Partner contributions agreed");
        wiltshirePriority("3", "Sub-groups challenge each other's work", WILT_CHAIR, "wilt-board-children", Status.ON_TRACK, "Challenge log in use");
        wiltshirePriority("6", "Act on the Scrutiny Task Group recommendations", WILT_CHAIR, "wilt-board-children", Status.COMPLETE, "Completed");
        wiltshirePriority("7", "Stable attendance; the chair follows up absences", WILT_CHAIR, "wilt-board-children", Status.ON_TRACK, "Attendance 78%");
        wiltshirePriority("11", "Section 11 findings shape practice", WILT_QA_LEAD, "wilt-qa", Status.COMPLETE, "Reported October");
        wiltshirePriority("12", "Agree the s47 protocol with the police", WILT_QA_LEAD, "wilt-pp", Status.AT_RISK, "Outstanding: police sign-off");
        wiltshirePriority("14", "Publish the thresholds document", WILT_QA_LEAD, "wilt-ei", Status.COMPLETE, "Published");
        wiltshirePriority("24", "Early help: CAF used by every school", WILT_QA_LEAD, "wilt-ei", Status.OFF_TRACK, "Ongoing: 40% of schools");
        wiltshirePriority("35", "CSE training for front-line staff", WILT_WORKFORCE_LEAD, "wilt-wd", Status.AT_RISK, "Low online take-up");
        wiltshirePriority("38", "E-safety guidance for parents", WILT_WORKFORCE_LEAD, "wilt-wd", Status.ON_TRACK, "Ongoing");
        wiltshirePriority("40", "Awareness of radicalisation (Prevent)", WILT_WORKFORCE_LEAD, "wilt-wd", Status.COMPLETE, "Training delivered");
        wiltshirePriority("41", "Domestic abuse: MARAC and children's services", WILT_CHAIR, "wilt-ph", Status.ON_TRACK, "Ongoing");

        plan("demo-plan-wilt-scrutiny", p, Kind.SCRUTINY, "Scrutiny Task Group recommendations", "wilt-board-children", true, -12, 6, -6, -1);
        String[][] recommendations = {
                {"R1", "One master set of KPIs for the board"}, {"R2", "Performance reports show trends, not single figures"},
                {"R3", "A multi-agency WSCB bulletin"}, {"R4", "SMART milestones in the business plan"},
                {"R5", "Milestones agreed with each sub-group"}, {"R6", "A RAG exception report to every board meeting"},
                {"R7", "Sub-group chairs report against milestones"}, {"R8", "A liaison post between the board and front-line teams"},
                {"R9", "Multi-agency forums in each locality"}, {"R10", "Forums feed issues to the board"},
                {"R11", "Review the forums after a year"}, {"R12", "A workforce strategy for children's social care"},
                {"R13", "Turnover and caseload indicators reported to the board"}};
        for (int i = 0; i < recommendations.length; i++) {
            String code = recommendations[i][0];
            item(code, PlanItem.Kind.RECOMMENDATION, recommendations[i][1], i < 11 ? "WSCB" : "Children's services", null);
            if (code.equals("R8")) {
                respond(code, Response.REJECTED, "No budget for a new post; the business unit takes on liaison", -10);
            } else if (code.equals("R9") || code.equals("R12")) {
                respond(code, Response.PARTLY_ACCEPTED, "Accepted for two localities first", -10);
            } else if (i < 12) {
                respond(code, Response.ACCEPTED, null, -10);
            }
        }
        action("R6-1", "R6", "RAG exception report to every board meeting", WILT_QA_LEAD, "wilt-qa", -9, -3, Status.COMPLETE, null)
                .update(-100, "First exception report presented", Status.COMPLETE, false);
        action("R1-1", "R1", "Agree the master set of KPIs", WILT_QA_LEAD, "wilt-qa", -9, -1, Status.ON_TRACK, null)
                .update(-70, "Draft KPIs circulated", Status.ON_TRACK, false);
        action("R3-1", "R3", "Launch the multi-agency bulletin", WILT_WORKFORCE_LEAD, "wilt-wd", -8, 2, Status.ON_TRACK, null);
        action("R13-1", "R13", "Report turnover and caseloads quarterly", WILT_QA_LEAD, "wilt-qa", -6, 0, Status.NOT_STARTED, null);
    }

    private void warwickshire() {
        String p = "warwickshire";
        plan("demo-plan-warw-ofsted", p, Kind.SCRUTINY, "Ofsted inspection: action plan", "warw-board-children", true, -9, 9, -3);
        item("OF-1", PlanItem.Kind.RECOMMENDATION, "Early help and thresholds understood by all partners", "WSCB", WARW_HEAD_OF_SAFEGUARDING);
        respond("OF-1", Response.ACCEPTED, null, -8);
        item("OF-2", PlanItem.Kind.RECOMMENDATION, "Monitor single- and multi-agency audits", "QPME sub-committee", WARW_CCG_LEAD);
        respond("OF-2", Response.ACCEPTED, null, -8);
        item("OF-3", PlanItem.Kind.RECOMMENDATION, "Close the gaps in data on disability and ethnicity", "WSCB", WARW_HEAD_OF_SAFEGUARDING);
        respond("OF-3", Response.ACCEPTED, null, -8);
        item("OF-4", PlanItem.Kind.RECOMMENDATION, "Neglect tools used across agencies", "WSCB", WARW_HEAD_OF_SAFEGUARDING);
        respond("OF-4", Response.ACCEPTED, null, -8);
        action("OF-2-1", "OF-2", "Audit programme reported quarterly to the sub-committee", WARW_CCG_LEAD, "warw-qpme", -8, 2, Status.ON_TRACK, null)
                .update(-90, "Slipping: no chair for the audit group", Status.AT_RISK, false)
                .update(-30, "Chair found; audits back on schedule", Status.ON_TRACK, false);
        action("OF-4-1", "OF-4", "Neglect toolkit training for every agency", WARW_HEAD_OF_SAFEGUARDING, "warw-procedures", -6, -1, Status.AT_RISK, null);
    }

    // --- builders

    private void plan(String id, String partnership, Kind kind, String title, String owningBody, boolean published, int startMonths,
            int endMonths, int... reviewPointMonths) {
        var points = new ArrayList<LocalDate>();
        for (int months : reviewPointMonths) {
            points.add(today.plusMonths(months));
        }
        plan = new ActionPlan(id, partnership, new ActionPlan.PlanDetails(kind, kind == Kind.LEARNING_REVIEW
                ? ActionPlan.ReviewKind.CHILD_SAFEGUARDING_PRACTICE_REVIEW : null, title, Serves.CHILDREN, today.plusMonths(startMonths),
                today.plusMonths(endMonths), owningBody, published, points, null));
        plans.add(plan);
    }

    private void planCycle(String cycleId) {
        plan.describe(new ActionPlan.PlanDetails(plan.getKind(), null, plan.getTitle(), Serves.BOTH, plan.getPeriodStart(), plan.getPeriodEnd(),
                plan.getOwningBodyId(), plan.isPublished(), plan.getReviewPoints(), cycleId));
    }

    private void priority(String code, String title, String lead) {
        item(code, PlanItem.Kind.PRIORITY, title, null, lead);
    }

    private void item(String code, PlanItem.Kind kind, String title, String addressee, String lead) {
        plan.saveItem(new PlanItem(code, kind, title, null, addressee, lead, null, null, null));
    }

    private void respond(String code, Response response, String reason, int months) {
        plan.respond(code, response, reason, today.plusMonths(months));
    }

    private void wiltshirePriority(String code, String title, String lead, String body, Status status, String review) {
        priority(code, title, lead);
        var built = action(code, code, title, lead, body, -13, -2, Status.NOT_STARTED, null)
                .update(-8 * 30, "1st review October: " + (status == Status.COMPLETE ? "on track" : "in progress"), Status.ON_TRACK, false);
        built.update(-6 * 30, "Update December: " + review, status, false);
    }

    private Built action(String reference, String itemCode, String title, String lead, String body, int startMonths, int dueMonths,
            Status status, String riskId) {
        return add(reference, itemCode, title, lead, null, body, startMonths, dueMonths, status, riskId, null, plan.getPartnershipCodes());
    }

    private Built fromReturn(String reference, String title, String lead, String body, int dueMonths, Status status, String cycleId,
            String organisationCode, String organisationName, String partnership, String standard, String standardTitle, String rating,
            List<String> filedUnder) {
        String cycleTitle = cycleId.equals(DemoAssessments.CURRENT_CYCLE) ? "this year's Section 11 audit" : "last year's Section 11 audit";
        var source = new ActionSource(DemoAssessments.returnId(cycleId, organisationCode), partnership, standard, organisationCode,
                organisationName + ", " + cycleTitle + ", " + standard + " " + standardTitle + ": " + rating);
        return add(reference, null, title, lead, organisationCode, body, Math.min(-1, dueMonths - 3), dueMonths, status, null, source, filedUnder);
    }

    private Built add(String reference, String itemCode, String title, String lead, String leadOrganisation, String body, int startMonths,
            int dueMonths, Status status, String riskId, ActionSource source, List<String> filedUnder) {
        LocalDate start = today.plusMonths(startMonths);
        var action = new Action(plan.getId(), filedUnder, reference, start, source);
        action.describe(new Action.ActionDetails(itemCode, title, null, lead, null, leadOrganisation, body, start,
                today.plusMonths(dueMonths).plusDays(dueMonths == 0 ? 10 : 0), null, null, null, riskId));
        actions.add(action);
        var added = new Built(action, start, status);
        built.add(added);
        return added;
    }

    /** An action being built: its updates in date order. */
    private final class Built {
        private final Action action;
        private final LocalDate start;
        /** The status the action stands at if no update is recorded: then one update, a month after the start, sets it. */
        private final Status status;

        Built(Action action, LocalDate start, Status status) {
            this.action = action;
            this.start = start;
            this.status = status;
        }

        void settle() {
            if (action.getProgress().isEmpty() && status != Status.NOT_STARTED) {
                update((int) java.time.temporal.ChronoUnit.DAYS.between(today, start.plusMonths(1)), "Work started", status, false);
            }
        }

        Built update(int days, String text, Status status, boolean internal) {
            LocalDate on = today.plusDays(days).isBefore(start) ? start : today.plusDays(days);
            action.record(new ProgressUpdate(on, Instant.parse(on + "T10:00:00Z"), "demo", "Demo data", text, status, internal), null, null);
            return this;
        }

        Built leadName(String name) {
            action.describe(new Action.ActionDetails(action.getItemCode(), action.getTitle(), action.getDescription(), null, name,
                    action.getLeadOrganisationCode(), action.getOwningBodyId(), action.getStartOn(), action.getDueOn(), null, null, null, action.getRiskId()));
            return this;
        }
    }
}
