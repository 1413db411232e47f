package org.jointboard.ui.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ConnectionPager;
import org.jointboard.ui.summary.SummaryRecords.ChaseEntry;
import org.jointboard.ui.summary.SummaryRecords.Tracker;
import org.jointboard.ui.summary.SummaryRecords.TrackerRow;
import org.jointboard.ui.assessment.AssessmentClient;
import org.jointboard.ui.assessment.AssessmentNavigation;
import org.jointboard.ui.assessment.AssessmentRecords;
import org.jointboard.ui.assessment.CycleChoice;
import org.jointboard.ui.assessment.PartnershipNames;
import org.jointboard.ui.assessment.PlanCycleDialog;
import org.jointboard.ui.assessment.ReturnView;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.notification.ReminderSummaries;
import org.jointboard.ui.security.Roles;

/** The business unit's tracker for one audit cycle: how many returns are in, which to chase, and each return's state. */
@Route(value = "assurance", layout = MainLayout.class)
@PageTitle("Audit tracker | JointBoard")
@Menu(order = 55, title = "Audit tracker")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER })
class CycleTrackerView extends VerticalLayout {

    private static final List<String> STATES = List.of("NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "ACCEPTED");

    private final AssessmentClient assessments;
    private final SummaryClient summaries;
    private final HorizontalLayout figures = new HorizontalLayout();
    final Select<String> state = new Select<>();
    final Checkbox overdueOnly = new Checkbox("Only overdue");
    final Grid<TrackerRow> returns = new Grid<>();
    final Grid<ChaseEntry> chase = new Grid<>();
    final Grid<SummaryRecords.SchoolGroup> groups = new Grid<>();
    private final H2 groupsHeading = new H2("Schools by phase and type");
    private final boolean admin;
    private final PartnershipNames names;
    private final ReminderSummaries reminders;
    private Map<String, ReminderSummaries.Summary> reminded = Map.of();
    private CycleChoice choice;
    private String cycleId;
    private String partnershipCode;

    CycleTrackerView(AssessmentClient assessments, SummaryClient summaries, MyPartnerships partnerships, AuthenticationContext authentication,
            ReminderSummaries reminders, org.jointboard.ui.export.ExportClient exports) {
        this.assessments = assessments;
        this.reminders = reminders;
        this.summaries = summaries;
        this.admin = authentication.hasRole(Roles.BOARD_ADMIN);
        this.names = PartnershipNames.of(partnerships);
        setSizeFull();
        state.setLabel("State");
        state.setItems(STATES);
        state.setItemLabelGenerator(s -> s == null ? "Any state" : AssessmentRecords.stateLabel(s));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any state");
        state.addValueChangeListener(event -> refreshReturns());
        overdueOnly.addValueChangeListener(event -> refreshReturns());
        figures.setWrap(true);

        // plain text first: the grid's keyboard stop is its first cell, which a link in it would partly cover (axe target-size)
        returns.addColumn(row -> AssessmentRecords.stateLabel(row.state()) + (row.overdue() ? ", overdue" : "")).setHeader("State").setFlexGrow(2);
        returns.addComponentColumn(row -> Links.to(row.organisationName(), ReturnView.class, AssessmentNavigation.auditReturn(row.id())))
                .setHeader("Organisation").setFlexGrow(3);
        returns.addColumn(row -> AssessmentNavigation.progress(row.requiredAnswered(), row.requiredCount())).setHeader("Progress").setFlexGrow(2);
        returns.addColumn(row -> String.join(", ", row.reviews().stream()
                .map(r -> names.name(r.partnershipCode()) + (r.accepted() ? ": accepted" : ": not yet accepted")).toList())).setHeader("Acceptance").setFlexGrow(3);
        returns.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        returns.getElement().setAttribute("aria-label", "Returns in this cycle");
        returns.setEmptyStateText("No returns match these filters.");

        chase.addColumn(row -> AssessmentRecords.stateLabel(row.state())).setHeader("State").setFlexGrow(1);
        chase.addComponentColumn(row -> Links.to(row.organisationName(), ReturnView.class, AssessmentNavigation.auditReturn(row.returnId())))
                .setHeader("Organisation").setFlexGrow(3);
        chase.addColumn(row -> row.daysOverdue() + (row.daysOverdue() == 1 ? " day" : " days") + " overdue").setHeader("Overdue").setFlexGrow(1);
        chase.addColumn(row -> AssessmentNavigation.progress(row.requiredAnswered(), row.requiredCount())).setHeader("Progress").setFlexGrow(2);
        if (admin) {
            chase.addColumn(row -> summary(row.returnId()).reminded()).setHeader("Reminded").setFlexGrow(2);
            chase.addColumn(row -> summary(row.returnId()).escalated()).setHeader("Escalated").setFlexGrow(2);
        }
        chase.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        chase.setAllRowsVisible(true);
        chase.getElement().setAttribute("aria-label", "Chase list");
        chase.setEmptyStateText("Nothing is overdue.");

        choice = new CycleChoice(assessments, partnerships, this::show);
        var plan = new Button("Plan a cycle", event -> new PlanCycleDialog(assessments, partnerships.list(), choice.partnership.getValue(), id -> choice.reload(id)).open());
        plan.setVisible(admin);
        var filters = new HorizontalLayout(state, overdueOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        java.util.function.Supplier<Map<String, String>> chosen = () -> Map.of("partnership", choice.partnership.getValue().code(), "cycle", choice.cycle.getValue().id());
        var export = new org.jointboard.ui.export.ExportMenu(exports).both("Tracker and chase list", "tracker", chosen).both("Every return", "returns", chosen)
                .add("Every return with every answer as Excel (.xlsx)", "returns", "xlsx", () -> {
                    var withAnswers = new java.util.HashMap<>(chosen.get());
                    withAnswers.put("answers", "true");
                    return withAnswers;
                });
        var top = new HorizontalLayout(choice.partnership, choice.cycle, plan, Links.to("Compliance summary", ComplianceSummaryView.class), export);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        groups.addColumn(g -> AssessmentRecords.stateLabel(g.phase())).setHeader("Phase");
        groups.addColumn(g -> AssessmentRecords.stateLabel(g.establishmentType())).setHeader("Type");
        groups.addColumn(g -> g.received() + " of " + g.total()).setHeader("Returned");
        groups.setAllRowsVisible(true);
        groups.getElement().setAttribute("aria-label", "Schools' returns by phase and type");
        add(new H1("Audit tracker"), top, figures, groupsHeading, groups, new H2("Chase list"), chase, new H2("All returns"), filters, returns);
        setFlexGrow(1, returns);
        returns.setMinHeight("20em");
    }

    private ReminderSummaries.Summary summary(String returnId) {
        return reminded.getOrDefault(returnId, ReminderSummaries.none(returnId));
    }

    private void show(AssessmentRecords.Cycle cycle, String partnership) {
        this.cycleId = cycle.id();
        this.partnershipCode = partnership;
        Tracker tracker = summaries.tracker(cycle.id(), partnership);
        figures.removeAll();
        if (cycle.status().equals("PLANNED")) {
            var issue = new Button("Issue to organisations", event -> issue(cycle));
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            issue.setVisible(admin);
            figures.add(new Span("This cycle is planned and not yet issued: no organisation can see it."), issue);
        }
        figures.add(figure(tracker.received() + " of " + tracker.total(), "returned"),
                figure(tracker.onTimePercent() == null ? "–" : tracker.onTimePercent() + "%", "on time (" + tracker.onTime() + ")"));
        tracker.byState().forEach(s -> figures.add(figure(String.valueOf(s.count()), AssessmentRecords.stateLabel(s.state()).toLowerCase())));
        reminded = admin ? reminders.of(partnership, tracker.overdue().stream().map(ChaseEntry::returnId).toList()) : Map.of();
        chase.setItems(tracker.overdue());
        groups.setItems(tracker.bySchoolGroup());
        groups.setVisible(!tracker.bySchoolGroup().isEmpty());
        groupsHeading.setVisible(!tracker.bySchoolGroup().isEmpty());
        refreshReturns();
    }

    private void issue(AssessmentRecords.Cycle cycle) {
        try {
            int issued = assessments.issueCycle(cycle.id(), cycle.version());
            Notification.show("Issued to " + issued + (issued == 1 ? " organisation" : " organisations") + ": each can now complete its return.", 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiException refused) {
            Refusals.show(refused);
        }
        choice.reload(cycle.id());
    }

    private void refreshReturns() {
        if (cycleId == null) {
            return;
        }
        Map<String, Object> filter = new HashMap<>();
        if (state.getValue() != null) {
            filter.put("states", List.of(state.getValue()));
        }
        if (overdueOnly.getValue()) {
            filter.put("overdueOnly", true);
        }
        String cycle = cycleId;
        String partnership = partnershipCode;
        var pager = new ConnectionPager<TrackerRow>((first, after) -> summaries.returns(cycle, partnership, filter, first, after));
        returns.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    static Div figure(String number, String label) {
        var value = new Span(number);
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600").set("display", "block");
        var card = new Div(value, new Span(label));
        card.addClassName("figure");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "7em");
        return card;
    }
}
