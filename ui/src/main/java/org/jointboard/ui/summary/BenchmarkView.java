package org.jointboard.ui.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.assessment.AssessmentClient;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.security.Roles;
import org.jointboard.ui.summary.BenchmarkRecords.AreaFigures;
import org.jointboard.ui.summary.BenchmarkRecords.Benchmark;
import org.jointboard.ui.summary.BenchmarkRecords.Row;
import org.jointboard.ui.summary.BenchmarkRecords.StandardFigure;
import org.jointboard.ui.summary.BenchmarkRecords.StandardHeading;

/**
 * One audit and period across areas: each of the user's partnerships side by side, and the median of the other areas
 * that share their figures (never their names). Board admins choose whether their partnerships' figures are shared.
 */
@Route(value = "assurance/compare", layout = MainLayout.class)
@PageTitle("Compare areas | JointBoard")
@Menu(order = 58, title = "Compare areas")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.VIEWER })
class BenchmarkView extends VerticalLayout {

    final Select<String> framework = new Select<>();
    final ComboBox<String> period = new ComboBox<>("Period");
    private final VerticalLayout content = new VerticalLayout();
    private final SummaryClient summaries;
    private final List<PartnershipName> mine;

    BenchmarkView(SummaryClient summaries, AssessmentClient assessments, MyPartnerships partnerships, AuthenticationContext authentication) {
        this.summaries = summaries;
        this.mine = partnerships.list();
        content.setPadding(false);
        framework.setLabel("Audit");
        framework.setItems(TrendsView.FRAMEWORKS);
        framework.setItemLabelGenerator(code -> code.equals("S11") ? "Section 11 (agencies)" : "Schools' audit (s175/s157)");
        framework.setValue("S11");
        List<String> periods = mine.stream().flatMap(p -> assessments.cycles(p.code()).stream()).map(c -> c.period()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        period.setItems(periods);
        period.setHelperText("The audit year, for example 2026/27");
        if (!periods.isEmpty()) {
            period.setValue(periods.getFirst());
        }
        framework.addValueChangeListener(event -> show());
        period.addValueChangeListener(event -> show());
        var top = new HorizontalLayout(framework, period);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        add(new H1("Compare areas"), new Paragraph("Return rates, each standard's share met and how often organisations rated themselves "
                + "above the board's moderation, for the same audit and period. Your partnerships are named; other areas appear only as a "
                + "median of those that chose to share, never by name."), top, content);
        if (authentication.hasRole(Roles.BOARD_ADMIN)) {
            add(sharing());
        }
        show();
    }

    private void show() {
        content.removeAll();
        if (framework.getValue() == null || period.getValue() == null) {
            content.add(new Paragraph("Choose the audit and the period to compare."));
            return;
        }
        Benchmark benchmark = summaries.benchmark(framework.getValue(), period.getValue());
        var columns = new ArrayList<String>();
        benchmark.areas().forEach(a -> columns.add(name(a.partnership())));
        if (benchmark.othersMedian() != null) {
            columns.add("Median of " + benchmark.othersMedian().areas() + " other areas");
        }
        var grid = new Grid<Row>();
        grid.addColumn(Row::measure).setHeader("Measure").setFlexGrow(3);
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            grid.addColumn(row -> row.values().get(index)).setHeader(columns.get(i)).setFlexGrow(1);
        }
        grid.setItems(rows(benchmark));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Areas compared");
        content.add(grid);
        if (benchmark.othersMedian() == null) {
            content.add(new Paragraph("Other areas' median appears once at least " + benchmark.minimumOthers() + " other partnerships share their "
                    + "figures for this audit and period; " + benchmark.othersSharing() + (benchmark.othersSharing() == 1 ? " does" : " do") + " now."));
        }
    }

    private static List<Row> rows(Benchmark benchmark) {
        var rows = new ArrayList<Row>();
        rows.add(row("Returns received", benchmark, a -> a.cycleTitle() == null ? "no audit" : a.received() + " of " + a.issued() + percentIn(a.returnRatePercent()),
                m -> percent(m.returnRatePercent())));
        rows.add(row("Ratings self-rated above the board's moderation", benchmark, a -> a.cycleTitle() == null ? "no audit" : percent(a.selfAboveModeratedPercent()),
                m -> percent(m.selfAboveModeratedPercent())));
        for (StandardHeading standard : benchmark.standards()) {
            rows.add(row(standard.code() + " " + standard.title() + ": met", benchmark,
                    a -> a.cycleTitle() == null ? "no audit" : percent(figure(a.standards(), standard.code())),
                    m -> percent(figure(m.standards(), standard.code()))));
        }
        return rows;
    }

    private static Row row(String measure, Benchmark benchmark, Function<AreaFigures, String> area, Function<BenchmarkRecords.OthersMedian, String> median) {
        var values = new ArrayList<String>();
        benchmark.areas().forEach(a -> values.add(area.apply(a)));
        if (benchmark.othersMedian() != null) {
            values.add(median.apply(benchmark.othersMedian()));
        }
        return new Row(measure, values);
    }

    private static Integer figure(List<StandardFigure> figures, String code) {
        return figures.stream().filter(f -> f.code().equals(code)).map(StandardFigure::percentMet).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String percent(Integer value) {
        return value == null ? "none judged" : value + "%";
    }

    private static String percentIn(Integer value) {
        return value == null ? "" : " (" + value + "%)";
    }

    private String name(String code) {
        return mine.stream().filter(p -> p.code().equals(code)).map(PartnershipName::name).findFirst().orElse(code);
    }

    /** Each partnership's choice to share its figures, saved as it is ticked. */
    private VerticalLayout sharing() {
        var section = new VerticalLayout(new H2("Sharing your figures"), new Paragraph("Other areas see your figures only inside a median of at "
                + "least three areas, never with your name. Your choice is saved as you tick it."));
        section.setPadding(false);
        for (PartnershipName partnership : mine) {
            BenchmarkRecords.Sharing current = summaries.sharing(partnership.code());
            var box = new Checkbox("Share " + partnership.name() + "'s figures, anonymised, with other areas", current.shared());
            var status = new Span();
            status.getElement().setAttribute("role", "status");
            int[] version = { current.version() };
            box.addValueChangeListener(event -> {
                if (!event.isFromClient()) {
                    return;
                }
                try {
                    BenchmarkRecords.Sharing saved = summaries.share(partnership.code(), event.getValue(), version[0]);
                    version[0] = saved.version();
                    status.setText(saved.shared() ? "Shared." : "Not shared.");
                } catch (ApiException refused) {
                    Refusals.show(refused);
                    box.setValue(event.getOldValue());
                }
            });
            var row = new HorizontalLayout(box, status);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }
}
