package org.jointboard.ui.assessment;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnRow;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.security.Roles;

/** An agency's or school's lead: their organisation's returns, what is left to do and by when. */
@Route(value = "returns", layout = MainLayout.class)
@PageTitle("My returns | JointBoard")
@Menu(order = 50, title = "My returns")
@RolesAllowed({ Roles.AGENCY_LEAD, Roles.AGENCY_CONTRIBUTOR, Roles.SCHOOL_LEAD })
class MyReturnsView extends VerticalLayout {

    MyReturnsView(AssessmentClient assessments, MyPartnerships partnerships) {
        setSizeFull();
        var grid = new Grid<ReturnRow>();
        var names = PartnershipNames.of(partnerships);
        // plain text first: the grid's keyboard stop is its first cell, which a link in it would partly cover (axe target-size)
        grid.addColumn(row -> row.period()).setHeader("Period").setFlexGrow(1);
        grid.addComponentColumn(row -> Links.to(row.cycleTitle(), ReturnView.class, AssessmentNavigation.auditReturn(row.id())))
                .setHeader("Return").setFlexGrow(3);
        grid.addColumn(row -> names.and(row.partnershipCodes())).setHeader("For").setFlexGrow(2);
        grid.addColumn(row -> AssessmentRecords.stateLabel(row.state())).setHeader("State").setFlexGrow(1);
        grid.addComponentColumn(MyReturnsView::progress).setHeader("Progress").setFlexGrow(3);
        grid.addColumn(row -> (row.overdue() ? "Overdue: was due " : "") + AssessmentNavigation.date(row.dueOn())).setHeader("Due").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "My returns");
        grid.setEmptyStateText("Your organisation has no returns to complete.");
        grid.setItems(assessments.myReturns());
        add(new H1("My returns"), new Paragraph("Open a return to answer it. Answers save as you go; submit it when every required "
                + "question is answered. Returns marked Returned need changes: the reasons are at the top of the return."), grid);
        expand(grid);
    }

    private static Div progress(ReturnRow row) {
        var bar = new ProgressBar(0, Math.max(1, row.requiredCount()), row.requiredAnswered());
        String text = AssessmentNavigation.progress(row.requiredAnswered(), row.requiredCount());
        bar.getElement().setAttribute("aria-label", text);
        return new Div(new Span(text), bar);
    }
}
