package org.jointboard.ui.actionplan;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.actionplan.ActionPlanRecords.ActionRow;
import org.jointboard.ui.api.ConnectionPager;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/** The exception report for the board (Wiltshire scrutiny recommendation R6): every red and amber action with its lead, due date and latest update. */
@Route(value = "plans/exceptions", layout = MainLayout.class)
@PageTitle("Exception report | JointBoard")
@Menu(order = 62, title = "Exception report")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.VIEWER })
class ExceptionReportView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final ComboBox<String> rag = new ComboBox<>("RAG");
    final Checkbox overdue = new Checkbox("Only overdue");

    ExceptionReportView(ActionPlanClient plans, MyPartnerships partnerships, org.jointboard.ui.export.ExportClient exports) {
        setSizeFull();
        var grid = ActionGrid.of("Red and amber actions", true);
        grid.setEmptyStateText("No red or amber actions.");
        rag.setItems("RED", "AMBER");
        rag.setItemLabelGenerator(Rag::word);
        rag.setClearButtonVisible(true);
        rag.setPlaceholder("Red and amber");
        Runnable refresh = () -> {
            if (partnership.getValue() == null) {
                return;
            }
            Map<String, Object> filter = new HashMap<>();
            if (rag.getValue() != null) {
                filter.put("rag", java.util.List.of(rag.getValue()));
            }
            if (overdue.getValue()) {
                filter.put("overdue", true);
            }
            String code = partnership.getValue().code();
            var pager = new ConnectionPager<ActionRow>((first, after) -> plans.exceptions(code, filter, first, after));
            grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        };
        partnership.addValueChangeListener(event -> refresh.run());
        rag.addValueChangeListener(event -> refresh.run());
        overdue.addValueChangeListener(event -> refresh.run());
        var export = new org.jointboard.ui.export.ExportMenu(exports).both("Exception report", "action-exceptions",
                () -> Map.of("partnership", partnership.getValue().code()));
        var filters = new HorizontalLayout(partnership, rag, overdue, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Exception report"), new Paragraph("Every red or amber action of the partnership's plans, soonest due first. "
                + "Red: overdue or off track. Amber: at risk, or due soon with no update since the last review point."), filters, grid);
        expand(grid);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }
}
