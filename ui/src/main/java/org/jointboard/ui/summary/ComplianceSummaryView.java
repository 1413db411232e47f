package org.jointboard.ui.summary;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.summary.SummaryRecords.Cell;
import org.jointboard.ui.summary.SummaryRecords.Level;
import org.jointboard.ui.summary.SummaryRecords.Row;
import org.jointboard.ui.summary.SummaryRecords.StandardCompliance;
import org.jointboard.ui.summary.SummaryRecords.Summary;
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
import org.jointboard.ui.security.Roles;

/**
 * Compliance for one cycle and partnership: each standard's ratings and change on last year, and (for the board's staff)
 * the organisations × standards heat map. Every cell says its rating in words; colour only repeats it.
 */
@Route(value = "assurance/summary", layout = MainLayout.class)
@PageTitle("Compliance summary | JointBoard")
@Menu(order = 56, title = "Compliance summary")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.VIEWER })
class ComplianceSummaryView extends VerticalLayout {

    private final AssessmentClient assessments;
    private final SummaryClient summaries;
    private final VerticalLayout content = new VerticalLayout();

    ComplianceSummaryView(AssessmentClient assessments, SummaryClient summaries, MyPartnerships partnerships,
            org.jointboard.ui.export.ExportClient exports) {
        this.assessments = assessments;
        this.summaries = summaries;
        setSizeFull();
        content.setPadding(false);
        var choice = new CycleChoice(assessments, partnerships, this::show);
        var export = new org.jointboard.ui.export.ExportMenu(exports).both("Compliance summary", "compliance-summary", () -> java.util.Map.of(
                "partnership", choice.partnership.getValue().code(), "cycle", choice.cycle.getValue().id()));
        var top = new HorizontalLayout(choice.partnership, choice.cycle, export, Links.to("Trends: audit by audit", TrendsView.class));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        add(new H1("Compliance summary"), top, content);
    }

    private void show(AssessmentRecords.Cycle cycle, String partnership) {
        Summary summary = summaries.summary(cycle.id(), partnership);
        content.removeAll();
        var figures = new HorizontalLayout(CycleTrackerView.figure(summary.returnsReceived() + " of " + summary.returnsExpected(), "returns received"));
        content.add(figures, new Paragraph("Effective rating = the board's moderated rating where there is one, otherwise the organisation's "
                + "self-rating. % met = met ÷ rated (not applicable left out)"
                + (summary.previousCycle() == null ? "." : "; change is against " + summary.previousCycle().title() + ".")));
        content.add(new H2("By section"), sections(summary.sections()));
        content.add(new H2("By standard"), standards(summary.standards()));
        content.add(new H2("Most common gaps"), gaps(summary.commonGaps()));
        if (summary.heatMap() != null) {
            content.add(new H2("Heat map: organisations by standard"), heatMap(summary));
        }
    }

    private static Grid<SummaryRecords.SectionCompliance> sections(List<SummaryRecords.SectionCompliance> sections) {
        var grid = new Grid<SummaryRecords.SectionCompliance>();
        grid.addColumn(SummaryRecords.SectionCompliance::title).setHeader("Section").setFlexGrow(3);
        grid.addColumn(s -> s.met() + " of " + s.judged()).setHeader("Standards met").setFlexGrow(1);
        grid.addColumn(s -> s.percentMet() == null ? "–" : s.percentMet() + "%").setHeader("% met").setFlexGrow(1);
        grid.addColumn(s -> change(s.change())).setHeader("Change").setFlexGrow(1);
        grid.setItems(sections);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Compliance by section");
        return grid;
    }

    private static Grid<SummaryRecords.Gap> gaps(List<SummaryRecords.Gap> gaps) {
        var grid = new Grid<SummaryRecords.Gap>();
        grid.addColumn(g -> g.questionCode() + " " + g.text()).setHeader("Question answered \"no\"").setFlexGrow(4);
        grid.addColumn(SummaryRecords.Gap::count).setHeader("Returns").setFlexGrow(1);
        grid.setItems(gaps);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", "Most common gaps");
        grid.setEmptyStateText("No question has been answered \"no\".");
        return grid;
    }

    private static String change(Integer change) {
        return change == null ? "–" : change > 0 ? "up " + change + " points" : change < 0 ? "down " + (-change) + " points" : "no change";
    }

    private Grid<StandardCompliance> standards(List<StandardCompliance> standards) {
        var grid = new Grid<StandardCompliance>();
        grid.addColumn(s -> s.code() + " " + s.title()).setHeader("Standard").setFlexGrow(4);
        if (!standards.isEmpty()) {
            for (int i = 0; i < standards.getFirst().ratings().size(); i++) {
                int index = i;
                grid.addColumn(s -> s.ratings().get(index).count()).setHeader(standards.getFirst().ratings().get(index).rating().label()).setFlexGrow(1);
            }
        }
        grid.addColumn(s -> s.percentMet() == null ? "–" : s.percentMet() + "%").setHeader("% met").setFlexGrow(1);
        grid.addColumn(s -> change(s.change())).setHeader("Change").setFlexGrow(1);
        grid.addColumn(StandardCompliance::selfAboveModerated).setHeader("Self-rated above moderation").setFlexGrow(1);
        grid.setItems(standards);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Compliance by standard");
        return grid;
    }

    private Grid<Row> heatMap(Summary summary) {
        var grid = new Grid<Row>();
        // plain text first: the grid's keyboard stop is its first cell, which a link in it would partly cover (axe target-size)
        grid.addColumn(row -> AssessmentRecords.stateLabel(row.state())).setHeader("State").setFlexGrow(1).setFrozen(true);
        grid.addComponentColumn(row -> Links.to(row.organisationName(), ReturnView.class, AssessmentNavigation.auditReturn(row.returnId())))
                .setHeader("Organisation").setFlexGrow(3).setFrozen(true);
        for (StandardCompliance standard : summary.standards()) {
            grid.addComponentColumn(row -> cell(row.cells().stream().filter(c -> c.standardCode().equals(standard.code())).findFirst().orElse(null)))
                    .setHeader(standard.code()).setTooltipGenerator(row -> standard.title()).setFlexGrow(2);
        }
        grid.setItems(summary.heatMap());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.getElement().setAttribute("aria-label", "Heat map of effective ratings by organisation and standard");
        grid.setEmptyStateText("No returns received yet.");
        return grid;
    }

    private static Span cell(Cell cell) {
        if (cell == null || cell.effective() == null) {
            return new Span("Not rated");
        }
        String text = cell.effective().label();
        if (cell.moderated() != null && cell.self() != null && !cell.self().label().equals(cell.moderated().label())) {
            text = cell.moderated().label() + " (self: " + cell.self().label() + ")";
        }
        if (cell.selfAboveModerated()) {
            text = "▲ " + text;
        }
        var span = new Span(text);
        span.getStyle().set("display", "block").set("padding", "var(--lumo-space-xs)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", background(cell.effective())).set("color", "#1a1a1a");
        if (cell.selfAboveModerated()) {
            span.getElement().setAttribute("title", "Self-rating is above the moderated rating");
        }
        return span;
    }

    private static String background(Level level) {
        return switch (level.rag()) {
            case "GREEN" -> "#d8f0dc";
            case "AMBER" -> "#fff0c2";
            case "RED" -> "#f9d6d5";
            default -> "transparent";
        };
    }
}
