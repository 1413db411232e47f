package org.jointboard.ui.actionplan;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.actionplan.ActionPlanRecords.PlanRow;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/** A partnership's action plans: business plans, scrutiny and learning reviews, audit improvement and risk mitigation, with their RAG counts. */
@Route(value = "plans", layout = MainLayout.class)
@PageTitle("Action plans | JointBoard")
@Menu(order = 60, title = "Action plans")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.VIEWER })
class ActionPlansView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final Grid<PlanRow> grid = new Grid<>();

    ActionPlansView(ActionPlanClient plans, MyPartnerships partnerships, com.vaadin.flow.spring.security.AuthenticationContext authentication,
            org.jointboard.ui.export.ExportClient exports) {
        setSizeFull();
        var setUp = new com.vaadin.flow.component.button.Button("Set up a plan", event -> PlanDialogs.setUpPlan(plans, partnership.getValue().code(),
                partnership.getValue().name(), id -> getUI().ifPresent(ui -> ui.navigate(ActionPlanView.class, ActionPlanNavigation.plan(id)))));
        setUp.setVisible(authentication.hasRole(Roles.BOARD_ADMIN));
        grid.addColumn(row -> Rag.kind(row.kind())).setHeader("Kind").setFlexGrow(1);
        grid.addComponentColumn(row -> Links.to(row.title(), ActionPlanView.class, ActionPlanNavigation.plan(row.id()))).setHeader("Plan").setFlexGrow(3);
        grid.addColumn(row -> ActionPlanNavigation.date(row.periodStart()) + " to " + ActionPlanNavigation.date(row.periodEnd())).setHeader("Period").setFlexGrow(2);
        grid.addColumn(row -> row.owningBody() == null ? "" : row.owningBody().name()).setHeader("Owned by").setFlexGrow(2);
        grid.addColumn(row -> row.published() ? "Published" : "Not published").setHeader("Published").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.counts().words()).setHeader("Actions by RAG").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Action plans");
        grid.setEmptyStateText("No action plans yet.");
        partnership.addValueChangeListener(event -> grid.setItems(event.getValue() == null ? java.util.List.of() : plans.plans(event.getValue().code())));
        var export = new org.jointboard.ui.export.ExportMenu(exports)
                .both("Every action", "actions", () -> java.util.Map.of("partnership", partnership.getValue().code()))
                .add("Every action, closed ones too, as Excel (.xlsx)", "actions", "xlsx",
                        () -> java.util.Map.of("partnership", partnership.getValue().code(), "includeClosed", "true"));
        var filters = new HorizontalLayout(partnership, setUp, Links.to("Exception report: red and amber actions", ExceptionReportView.class), export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Action plans"), filters, grid);
        expand(grid);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }
}
