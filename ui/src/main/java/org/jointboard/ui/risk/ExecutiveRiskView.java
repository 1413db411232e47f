package org.jointboard.ui.risk;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.risk.RiskRecords.Cell;
import org.jointboard.ui.risk.RiskRecords.Overview;
import org.jointboard.ui.security.Roles;

/**
 * What the executive group reviews: a 5 × 5 heat map of residual scores (each cell shows its count, score and
 * level in words, and opens its risks), movements since the last executive meeting, risks above appetite and
 * overdue reviews.
 */
@Route(value = "risks/overview", layout = MainLayout.class)
@PageTitle("Executive risk view | JointBoard")
@Menu(order = 41, title = "Executive risk view")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER })
class ExecutiveRiskView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    private final Div content = new Div();
    private final RiskClient risks;

    ExecutiveRiskView(RiskClient risks, MyPartnerships partnerships) {
        this.risks = risks;
        partnership.addValueChangeListener(event -> render());
        add(new H1("Executive risk view"), partnership, content);
        content.setWidthFull();
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void render() {
        content.removeAll();
        if (partnership.getValue() == null) {
            return;
        }
        String code = partnership.getValue().code();
        Overview overview = risks.overview(code);
        var cellRisks = new VerticalLayout();
        cellRisks.setPadding(false);
        content.add(new H2("Residual risk heat map"),
                new Paragraph("Rows are likelihood (5 = almost certain), columns impact (5 = severe). Each cell shows how many open risks "
                        + "sit there; choose a cell to list them."),
                heatMap(overview.heatMap(), code, cellRisks), cellRisks);

        content.add(new H2("Movements since " + RiskView.date(overview.since())));
        content.add(list(overview.movements().stream().map(m -> link(m.risk().id(), m.risk().reference() + " " + m.risk().title(),
                " – " + RiskRecords.trendLabel(m.trend()) + " from " + m.scoreThen() + " to " + m.scoreNow())).toList(), "No scores have moved."));

        content.add(new H2("Above appetite"));
        content.add(list(overview.aboveAppetite().stream().map(r -> link(r.id(), r.reference() + " " + r.title(),
                " – " + r.category() + ", residual " + r.residual().label())).toList(), "No risk is above the board's appetite."));

        content.add(new H2("Overdue reviews"));
        content.add(list(overview.overdueReviews().stream().map(r -> link(r.id(), r.reference() + " " + r.title(),
                " – due " + RiskView.date(r.nextReviewDue()) + (r.owner() == null ? "" : ", owner " + r.owner().name()))).toList(),
                "Every review is up to date."));
    }

    private Div heatMap(List<Cell> cells, String partnershipCode, VerticalLayout cellRisks) {
        var grid = new Div();
        grid.addClassName("heat-map");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", "Heat map of residual risk: likelihood by impact");
        grid.add(axis(""));
        for (int impact = 1; impact <= 5; impact++) {
            grid.add(axis("Impact " + impact));
        }
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            grid.add(axis("Likelihood " + likelihood));
            for (int impact = 1; impact <= 5; impact++) {
                int l = likelihood;
                int i = impact;
                Cell cell = cells.stream().filter(c -> c.likelihood() == l && c.impact() == i).findFirst().orElseThrow();
                String level = cell.level().toLowerCase();
                var button = new Button(cell.count() + "");
                button.getElement().appendChild(new Span(" " + level + " " + cell.score()).getElement());
                button.addClassNames("heat-cell", "level-" + level);
                // the accessible name starts with the words on the cell (WCAG 2.5.3), then says what they mean
                button.setAriaLabel(cell.count() + " " + level + " " + cell.score() + ": " + cell.count() + (cell.count() == 1 ? " risk" : " risks")
                        + " at likelihood " + l + ", impact " + i + ", score " + cell.score() + " (" + level + ")");
                button.setEnabled(cell.count() > 0);
                button.addClickListener(event -> showCell(partnershipCode, l, i, cellRisks));
                grid.add(button);
            }
        }
        return grid;
    }

    private void showCell(String partnershipCode, int likelihood, int impact, VerticalLayout target) {
        target.removeAll();
        var page = risks.register(partnershipCode, Map.of("residualLikelihood", likelihood, "residualImpact", impact), 100, null);
        target.add(new H2("Risks at likelihood " + likelihood + ", impact " + impact));
        target.add(list(page.edges().stream().map(e -> link(e.node().id(), e.node().reference() + " " + e.node().title(),
                " – " + RiskRecords.trendLabel(e.node().trend()) + (e.node().owner() == null ? "" : ", owner " + e.node().owner().name()))).toList(),
                "No risks here."));
    }

    private static Span axis(String text) {
        var label = new Span(text);
        label.addClassName("heat-axis");
        return label;
    }

    private static ListItem link(String id, String text, String after) {
        return new ListItem(Links.to(text, RiskView.class, RiskNavigation.risk(id)), new Span(after));
    }

    private static com.vaadin.flow.component.Component list(List<ListItem> items, String whenEmpty) {
        if (items.isEmpty()) {
            return new Paragraph(whenEmpty);
        }
        var list = new UnorderedList();
        items.forEach(list::add);
        return list;
    }
}
