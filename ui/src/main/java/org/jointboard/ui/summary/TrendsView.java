package org.jointboard.ui.summary;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;
import org.jointboard.ui.summary.TrendRecords.ComplianceTrend;
import org.jointboard.ui.summary.TrendRecords.OrganisationStandardTrend;
import org.jointboard.ui.summary.TrendRecords.OrganisationTrend;
import org.jointboard.ui.summary.TrendRecords.StandardTrend;
import org.jointboard.ui.summary.TrendRecords.TrendCycle;
import org.jointboard.ui.summary.TrendRecords.TrendPoint;

/**
 * Compliance cycle by cycle: each standard's % met for the partnership (figures in the table, a small line beside them
 * that only repeats them), and, opened from a return ({@code ?organisation=}), that organisation's ratings in words.
 */
@Route(value = "assurance/trends", layout = MainLayout.class)
@PageTitle("Trends | JointBoard")
@Menu(order = 57, title = "Trends")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.VIEWER })
class TrendsView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> FRAMEWORKS = List.of("S11", "S175");

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final Select<String> framework = new Select<>();
    private final VerticalLayout content = new VerticalLayout();
    private final SummaryClient summaries;
    private final List<PartnershipName> mine;
    private String organisation;

    TrendsView(SummaryClient summaries, MyPartnerships partnerships) {
        this.summaries = summaries;
        this.mine = partnerships.list();
        setSizeFull();
        content.setPadding(false);
        framework.setLabel("Audit");
        framework.setItems(FRAMEWORKS);
        framework.setItemLabelGenerator(code -> code.equals("S11") ? "Section 11 (agencies)" : "Schools' audit (s175/s157)");
        framework.setValue("S11");
        framework.setWidth("18em");
        partnership.setWidth("24em");
        partnership.addValueChangeListener(event -> show());
        framework.addValueChangeListener(event -> show());
        var top = new HorizontalLayout(partnership, framework);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        add(new H1("Trends"), new Paragraph("Each standard's share met (the moderated rating where there is one, otherwise the organisation's own), "
                + "audit by audit, oldest first. Only received returns count."), top, content);
        PartnershipChoice.bind(partnership, mine, PartnershipName::code, PartnershipName::name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        organisation = query.getSingleParameter("organisation").orElse(null);
        query.getSingleParameter("framework").filter(FRAMEWORKS::contains).ifPresent(framework::setValue);
        query.getSingleParameter("partnership").flatMap(code -> mine.stream().filter(p -> p.code().equals(code)).findFirst())
                .ifPresent(partnership::setValue);
        show();
    }

    private void show() {
        content.removeAll();
        if (partnership.getValue() == null || framework.getValue() == null) {
            return;
        }
        String code = partnership.getValue().code();
        ComplianceTrend trend = summaries.complianceTrend(code, framework.getValue());
        if (trend.cycles().isEmpty()) {
            content.add(new Paragraph("No audit of this kind has been issued for " + partnership.getValue().name() + " yet."));
            return;
        }
        content.add(new H2("Standards met, audit by audit"), partnershipGrid(trend));
        if (organisation != null) {
            OrganisationTrend ratings = summaries.organisationTrend(organisation, code, framework.getValue());
            content.add(new H2(ratings.organisationName() + ": ratings audit by audit"), organisationGrid(ratings));
        }
    }

    private static Grid<StandardTrend> partnershipGrid(ComplianceTrend trend) {
        var grid = new Grid<StandardTrend>();
        grid.addColumn(s -> s.code() + " " + s.title()).setHeader("Standard").setFlexGrow(3);
        for (int i = 0; i < trend.cycles().size(); i++) {
            int index = i;
            TrendCycle cycle = trend.cycles().get(i);
            grid.addColumn(s -> percent(s.points().get(index))).setHeader(cycle.title()).setFlexGrow(1);
        }
        grid.addColumn(s -> change(s.points())).setHeader("Since the audit before").setFlexGrow(1);
        grid.addComponentColumn(s -> sparkline(s.points())).setHeader("Line").setFlexGrow(0).setWidth("110px");
        grid.setItems(trend.standards());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Standards met, audit by audit");
        return grid;
    }

    private static Grid<OrganisationStandardTrend> organisationGrid(OrganisationTrend trend) {
        var grid = new Grid<OrganisationStandardTrend>();
        grid.addColumn(s -> s.code() + " " + s.title()).setHeader("Standard").setFlexGrow(3);
        for (int i = 0; i < trend.cycles().size(); i++) {
            int index = i;
            grid.addColumn(s -> s.points().get(index).words()).setHeader(trend.cycles().get(i).title()).setFlexGrow(1);
        }
        grid.setItems(trend.standards());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", trend.organisationName() + ": ratings audit by audit");
        return grid;
    }

    static String percent(TrendPoint point) {
        return point.percentMet() == null ? "none judged" : point.percentMet() + "%";
    }

    /** The latest change in words: "up 5 points", "down 11 points", "no change", or why there is none. */
    static String change(List<TrendPoint> points) {
        var known = points.stream().map(TrendPoint::percentMet).filter(Objects::nonNull).toList();
        if (known.size() < 2) {
            return "not enough audits yet";
        }
        int points2 = known.getLast() - known.get(known.size() - 2);
        return points2 == 0 ? "no change" : (points2 > 0 ? "up " : "down ") + Math.abs(points2) + (Math.abs(points2) == 1 ? " point" : " points");
    }

    /** % met as a small line (0 at the bottom, 100 at the top); hidden from screen readers, as the figures beside it say the same. */
    static Svg sparkline(List<TrendPoint> points) {
        int width = 100;
        int height = 28;
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " "
                + height + "\" aria-hidden=\"true\" focusable=\"false\"><line x1=\"0\" y1=\"" + (height - 2) + "\" x2=\"" + width + "\" y2=\"" + (height - 2)
                + "\" stroke=\"#b0b8c4\" stroke-width=\"1\"/><polyline fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\" points=\"");
        int n = points.size();
        for (int i = 0; i < n; i++) {
            Integer value = points.get(i).percentMet();
            if (value != null) {
                double x = n == 1 ? width / 2.0 : 4 + i * (width - 8.0) / (n - 1);
                double y = (height - 4) - value * (height - 8) / 100.0;
                svg.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            }
        }
        svg.append("\"/></svg>");
        return new Svg(svg.toString());
    }
}
