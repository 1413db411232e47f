package org.jointboard.ui.actionplan;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.actionplan.ActionPlanRecords.ActionRow;
import org.jointboard.ui.api.ConnectionPager;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.security.Roles;

/** The open actions the signed-in person leads, soonest due first: open one to record an update. */
@Route(value = "actions/mine", layout = MainLayout.class)
@PageTitle("My actions | JointBoard")
@Menu(order = 61, title = "My actions")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD, Roles.SCHOOL_LEAD })
class MyActionsView extends VerticalLayout {

    MyActionsView(ActionPlanClient plans) {
        setSizeFull();
        var grid = ActionGrid.of("My actions", true);
        grid.setEmptyStateText("You lead no open actions.");
        var pager = new ConnectionPager<ActionRow>(plans::mine);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        add(new H1("My actions"), new Paragraph("Actions you lead that are not yet closed. Open one to record an update."), grid);
        expand(grid);
    }
}
