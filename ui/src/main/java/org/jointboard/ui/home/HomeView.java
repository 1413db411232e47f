package org.jointboard.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.assessment.AssessmentNavigation;
import org.jointboard.ui.assessment.AssessmentRecords;
import org.jointboard.ui.assessment.ReturnView;
import org.jointboard.ui.committee.CommitteeNavigation;
import org.jointboard.ui.home.HomeClient.Cycle;
import org.jointboard.ui.home.HomeClient.OwnReturn;
import org.jointboard.ui.home.HomeClient.Tracker;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.partnership.PartnershipNavigation;
import org.jointboard.ui.risk.RiskNavigation;
import org.jointboard.ui.security.Roles;

/** Home is a to-do list for the role: what needs this person now, with counts, deadlines and a link to each; then what else they can do. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | JointBoard")
@Menu(order = 0, title = "Home")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD,
        Roles.AGENCY_CONTRIBUTOR, Roles.SCHOOL_LEAD, Roles.VIEWER })
class HomeView extends VerticalLayout {

    private static final Set<String> OPEN = Set.of("NOT_STARTED", "IN_PROGRESS", "RETURNED");
    private static final Set<String> READS_RISKS = Set.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER,
            Roles.COMMITTEE_MEMBER, Roles.VIEWER);
    /** Those who read the register and act on its reviews (a viewer reads only the published register). */
    private static final Set<String> REVIEWS_RISKS = Set.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER,
            Roles.COMMITTEE_MEMBER);

    /** Roles whose holder may lead an action (a viewer named lead stays read-only). */
    private static final Set<String> LEADS_ACTIONS = Set.of(Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER,
            Roles.AGENCY_LEAD, Roles.SCHOOL_LEAD);

    private final HomeClient home;

    HomeView(HomeClient home) {
        this.home = home;
        HomeClient.Me me = home.me();
        add(new H1("Welcome, " + me.name()));
        List<String> partnershipNames = home.partnerships().stream().map(PartnershipName::name).toList();
        add(new Paragraph(partnershipNames.isEmpty()
                ? "Your account is not linked to any partnership yet. Ask your board's business unit to add you."
                : "You work for " + String.join(", ", partnershipNames) + " as " + String.join(", ",
                        me.roles().stream().map(HomeView::roleLabel).toList()) + "."));
        add(new H2("What needs you now"));
        List<Component> items = toDo(me.roles());
        if (items.isEmpty()) {
            add(new Paragraph("Nothing needs you now."));
        } else {
            var list = new UnorderedList();
            list.getElement().setAttribute("aria-label", "What needs you now");
            items.forEach(item -> list.add(new ListItem(item)));
            add(list);
        }
        add(new H2("What you can do"));
        add(canDo(me.roles()));
    }

    private List<Component> toDo(List<String> roles) {
        var items = new ArrayList<Component>();
        if (roles.contains(Roles.AGENCY_LEAD) || roles.contains(Roles.SCHOOL_LEAD)) {
            home.myReturns().stream().filter(r -> OPEN.contains(r.state())).forEach(r -> items.add(ownReturn(r)));
        } else if (roles.contains(Roles.AGENCY_CONTRIBUTOR)) {
            home.myReturns().stream().filter(r -> OPEN.contains(r.state()) && !r.permissions().assignedSections().isEmpty())
                    .forEach(r -> items.add(assignedReturn(r)));
        }
        if (roles.stream().anyMatch(LEADS_ACTIONS::contains)) {
            items.addAll(actionsToUpdate(home.myActions()));
        }
        boolean reviewsReturns = roles.contains(Roles.BOARD_ADMIN) || roles.contains(Roles.BOARD_CHAIR);
        boolean reviewsRisks = roles.stream().anyMatch(REVIEWS_RISKS::contains);
        for (HomeClient.PartnershipWork work : home.work(reviewsReturns, reviewsRisks)) {
            if (work.cycle() != null && work.tracker() != null) {
                items.addAll(returnsToReview(roles, work.partnership(), work.cycle(), work.tracker()));
            }
            int overdue = work.overdueRiskReviews().size();
            if (overdue > 0) {
                items.add(item(Links.to(count(overdue, "risk review") + " overdue", RiskNavigation.register()),
                        " in " + work.partnership().name() + "'s risk register."));
            }
        }
        return items;
    }

    /** The actions the user leads that are overdue, or red or amber: each kind one line, to My actions. */
    private static List<Component> actionsToUpdate(List<HomeClient.LedAction> led) {
        var items = new ArrayList<Component>();
        long overdue = led.stream().filter(HomeClient.LedAction::overdue).count();
        long attention = led.stream().filter(a -> !a.overdue() && (a.rag().equals("RED") || a.rag().equals("AMBER"))).count();
        if (overdue > 0) {
            items.add(item(Links.to(count((int) overdue, "action") + " you lead " + (overdue == 1 ? "is" : "are") + " overdue", "actions/mine"),
                    ": record an update or agree a new date."));
        }
        if (attention > 0) {
            items.add(item(Links.to(count((int) attention, "action") + " you lead " + (attention == 1 ? "is" : "are") + " red or amber", "actions/mine"),
                    ": an update since the last review point turns a due-soon action green."));
        }
        return items;
    }

    private static Component ownReturn(OwnReturn r) {
        String state = r.state().equals("RETURNED") ? "returned for changes: the reasons are at the top of the return"
                : AssessmentRecords.stateLabel(r.state()).toLowerCase(java.util.Locale.UK) + ", "
                        + AssessmentNavigation.progress(r.requiredAnswered(), r.requiredCount());
        return item(Links.to(r.cycleTitle(), ReturnView.class, AssessmentNavigation.auditReturn(r.id())),
                ": " + state + ". Due " + AssessmentNavigation.date(r.dueOn()) + (r.overdue() ? " (overdue)." : "."));
    }

    private static Component assignedReturn(OwnReturn r) {
        int sections = r.permissions().assignedSections().size();
        return item(Links.to(r.cycleTitle(), ReturnView.class, AssessmentNavigation.auditReturn(r.id())),
                ": " + count(sections, "section") + " assigned to you to answer. Due " + AssessmentNavigation.date(r.dueOn()) + ".");
    }

    private static List<Component> returnsToReview(List<String> roles, PartnershipName partnership, Cycle cycle, Tracker tracker) {
        var items = new ArrayList<Component>();
        int submitted = tracker.inState("SUBMITTED");
        String where = " for " + partnership.name() + " (" + cycle.title() + ").";
        if (submitted > 0) {
            String waiting = roles.contains(Roles.BOARD_ADMIN) ? " waiting for your review" : " open to challenge and moderation";
            items.add(item(Links.to(count(submitted, "submitted return") + waiting, "assurance"), where));
        }
        if (roles.contains(Roles.BOARD_ADMIN) && !tracker.overdue().isEmpty()) {
            items.add(item(Links.to(count(tracker.overdue().size(), "overdue return") + " to chase", "assurance"),
                    where + " The deadline was " + AssessmentNavigation.date(cycle.dueOn()) + "."));
        }
        return items;
    }

    private static Component canDo(List<String> roles) {
        var next = new UnorderedList();
        if (roles.equals(List.of(Roles.AGENCY_CONTRIBUTOR))) {
            next.add(new ListItem(Links.to("See your organisation's returns and the sections your lead gave you", "returns")));
            return next;
        }
        next.add(new ListItem(Links.to(roles.contains(Roles.BOARD_ADMIN)
                ? "Register and update agencies and schools" : "See the agencies and schools in your partnerships",
                PartnershipNavigation.organisations())));
        next.add(new ListItem(Links.to("See your boards, committees, their members and meetings", CommitteeNavigation.structure())));
        if (roles.stream().anyMatch(READS_RISKS::contains)) {
            next.add(new ListItem(Links.to("Read the risk register", RiskNavigation.register())));
            next.add(new ListItem(Links.to("Read the action plans and the exception report", "plans")));
        }
        return next;
    }

    private static Component item(Component link, String after) {
        return new Span(link, new Span(after));
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    static String roleLabel(String role) {
        return switch (role) {
            case Roles.BOARD_ADMIN -> "board business unit";
            case Roles.BOARD_CHAIR -> "board chair";
            case Roles.EXECUTIVE_MEMBER -> "executive group member";
            case Roles.COMMITTEE_MEMBER -> "committee member";
            case Roles.AGENCY_LEAD -> "agency safeguarding lead";
            case Roles.AGENCY_CONTRIBUTOR -> "agency contributor";
            case Roles.SCHOOL_LEAD -> "school safeguarding lead";
            case Roles.VIEWER -> "viewer";
            default -> role;
        };
    }
}
