package org.jointboard.ui.actionplan;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jointboard.ui.actionplan.ActionPlanRecords.ActionRow;
import org.jointboard.ui.layout.Links;

/** A list of actions as every action page shows it: reference, action (a link), RAG in words and colour, lead, due date, latest update. */
final class ActionGrid {

    private ActionGrid() {
    }

    static Grid<ActionRow> of(String label, boolean withLatestUpdate) {
        var grid = new Grid<ActionRow>();
        grid.addColumn(ActionRow::reference).setHeader("Ref.").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> Links.to(row.title(), ActionView.class, ActionPlanNavigation.action(row.id()))).setHeader("Action").setFlexGrow(4);
        grid.addComponentColumn(row -> Rag.badge(row.rag())).setHeader("RAG").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Rag.status(row.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActionRow::leadLabel).setHeader("Lead").setFlexGrow(2);
        grid.addColumn(row -> (row.overdue() ? "Overdue since " : "") + ActionPlanNavigation.date(row.dueOn())).setHeader("Due").setFlexGrow(1);
        if (withLatestUpdate) {
            grid.addColumn(row -> row.latestUpdate() == null ? "No update yet"
                    : ActionPlanNavigation.date(row.latestUpdate().on()) + ": " + row.latestUpdate().text()).setHeader("Latest update").setFlexGrow(3);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", label);
        grid.setEmptyStateText("No actions.");
        return grid;
    }
}
