package org.jointboard.ui.actionplan;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.actionplan.ActionPlanRecords.ActionRow;
import org.jointboard.ui.actionplan.ActionPlanRecords.Item;
import org.jointboard.ui.actionplan.ActionPlanRecords.PlanDetail;
import org.jointboard.ui.error.Missing;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.security.Roles;

/** One plan: its priorities, findings or recommendations (with the executive's response), each with its actions, filtered by RAG. */
@Route(value = "plans/:planId", layout = MainLayout.class)
@PageTitle("Action plan | JointBoard")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.VIEWER })
class ActionPlanView extends VerticalLayout implements BeforeEnterObserver {

    private final ActionPlanClient plans;
    private final CheckboxGroup<String> rags = new CheckboxGroup<>("Show actions that are");
    private final VerticalLayout items = new VerticalLayout();
    private PlanDetail plan;

    private final org.jointboard.ui.audit.HistoryPanel history;
    private final boolean readsHistory;
    private final boolean mayRaise;

    ActionPlanView(ActionPlanClient plans, org.jointboard.ui.audit.HistoryPanel history,
            com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.plans = plans;
        this.history = history;
        this.readsHistory = authentication.hasAnyRole(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR);
        this.mayRaise = authentication.hasAnyRole(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER);
        rags.setItems("RED", "AMBER", "GREEN", "CLOSED");
        rags.setItemLabelGenerator(Rag::word);
        rags.addValueChangeListener(event -> renderItems());
        items.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        plan = plans.plan(event.getRouteParameters().get("planId").orElse(""));
        if (plan == null) {
            Missing.backToList(event, ActionPlansView.class, "action plan");
            return;
        }
        removeAll();
        add(new H1(plan.title()));
        add(new Paragraph(Rag.kind(plan.kind()) + " · " + ActionPlanNavigation.date(plan.periodStart()) + " to " + ActionPlanNavigation.date(plan.periodEnd())
                + (plan.owningBody() == null ? "" : " · owned by " + plan.owningBody().name()) + " · " + (plan.published() ? "published" : "not published")));
        if (!plan.reviewPoints().isEmpty()) {
            add(new Paragraph("Review points: " + String.join(", ", plan.reviewPoints().stream().map(ActionPlanNavigation::date).toList()) + "."));
        }
        add(new Paragraph("Actions: " + plan.counts().words() + "."));
        if (mayRaise) { // board admins, and a body's chair for the actions their body owns: the backend decides which
            add(new com.vaadin.flow.component.button.Button("Raise an action", click -> PlanDialogs.raiseAction(plans, plan.id(), plan.partnershipCode(),
                    plan.items(), id -> getUI().ifPresent(ui -> ui.navigate(ActionView.class, ActionPlanNavigation.action(id))))));
        }
        add(rags, items);
        renderItems();
        if (readsHistory) {
            add(history.of("ActionPlan", plan.id()));
        }
    }

    private void renderItems() {
        items.removeAll();
        Predicate<ActionRow> shown = row -> rags.getValue().isEmpty() || rags.getValue().contains(row.rag());
        for (Item item : plan.items()) {
            items.add(new H2(item.code() + " " + item.title()));
            var facts = new StringBuilder();
            if (item.lead() != null) {
                facts.append(item.kind().equals("PRIORITY") ? "Executive lead: " : "Lead: ").append(item.lead().name()).append(". ");
            }
            if (item.addressee() != null) {
                facts.append("Addressed to ").append(item.addressee()).append(". ");
            }
            if (item.kind().equals("RECOMMENDATION")) {
                facts.append("Response: ").append(Rag.response(item.response()))
                        .append(item.responseReason() == null ? "" : " (" + item.responseReason() + ")")
                        .append(item.respondedOn() == null ? "" : ", " + ActionPlanNavigation.date(item.respondedOn())).append(".");
            }
            if (!facts.isEmpty()) {
                items.add(new Paragraph(facts.toString().strip()));
            }
            items.add(grid(item.code() + " " + item.title(), item.actions().stream().filter(shown).toList()));
        }
        List<ActionRow> others = plan.otherActions().stream().filter(shown).toList();
        if (!others.isEmpty() || plan.items().isEmpty()) {
            items.add(new H2(plan.items().isEmpty() ? "Actions" : "Other actions"));
            items.add(grid("Actions of " + plan.title(), others));
        }
    }

    private static com.vaadin.flow.component.grid.Grid<ActionRow> grid(String label, List<ActionRow> rows) {
        var grid = ActionGrid.of("Actions: " + label, true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
