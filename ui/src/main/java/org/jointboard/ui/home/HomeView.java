package org.jointboard.ui.home;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.committee.CommitteeNavigation;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.partnership.PartnershipNavigation;
import org.jointboard.ui.security.Roles;

/** Who you are, which partnerships you work for, and what to do next. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | JointBoard")
@Menu(order = 0, title = "Home")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD,
        Roles.SCHOOL_LEAD, Roles.VIEWER })
class HomeView extends VerticalLayout {

    HomeView(HomeClient home) {
        HomeClient.Me me = home.me();
        add(new H1("Welcome, " + me.name()));
        List<String> partnershipNames = home.partnershipNames();
        add(new Paragraph(partnershipNames.isEmpty()
                ? "Your account is not linked to any partnership yet. Ask your board's business unit to add you."
                : "You work for " + String.join(", ", partnershipNames) + "."));
        add(new Paragraph("Your role: " + String.join(", ", me.roles().stream().map(HomeView::roleLabel).toList()) + "."));

        add(new H2("What you can do"));
        var next = new UnorderedList();
        var organisations = new RouterLink(me.roles().contains(Roles.BOARD_ADMIN)
                ? "Register and update agencies and schools" : "See the agencies and schools in your partnerships",
                PartnershipNavigation.organisations());
        next.add(new ListItem(organisations));
        next.add(new ListItem(new RouterLink("See your boards, committees, their members and meetings", CommitteeNavigation.structure())));
        if (me.roles().stream().anyMatch(r -> java.util.Set.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER,
                Roles.COMMITTEE_MEMBER, Roles.VIEWER).contains(r))) {
            next.add(new ListItem(new RouterLink("Read the risk register", org.jointboard.ui.risk.RiskNavigation.register())));
        }
        add(next);
    }

    static String roleLabel(String role) {
        return switch (role) {
            case Roles.BOARD_ADMIN -> "board business unit";
            case Roles.BOARD_CHAIR -> "board chair";
            case Roles.EXECUTIVE_MEMBER -> "executive group member";
            case Roles.COMMITTEE_MEMBER -> "committee member";
            case Roles.AGENCY_LEAD -> "agency safeguarding lead";
            case Roles.SCHOOL_LEAD -> "school safeguarding lead";
            case Roles.VIEWER -> "viewer";
            default -> role;
        };
    }
}
