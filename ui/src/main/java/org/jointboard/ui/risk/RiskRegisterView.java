package org.jointboard.ui.risk;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.jointboard.ui.api.ConnectionPager;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.risk.RiskRecords.Category;
import org.jointboard.ui.risk.RiskRecords.RiskRow;
import org.jointboard.ui.security.Roles;

/** The risk register, highest residual score first, with filters. */
@Route(value = "risks", layout = MainLayout.class)
@PageTitle("Risk register | JointBoard")
@Menu(order = 40, title = "Risk register")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.VIEWER })
class RiskRegisterView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final ComboBox<String> category = new ComboBox<>("Category");
    final ComboBox<String> level = new ComboBox<>("Level");
    final ComboBox<String> scope = new ComboBox<>("Concerns");
    final ComboBox<RiskClient.Owner> owner = new ComboBox<>("Owner");
    final Checkbox overdue = new Checkbox("Only overdue reviews");
    final Grid<RiskRow> grid = new Grid<>();
    private final RiskClient risks;

    final com.vaadin.flow.component.button.Button raise = new com.vaadin.flow.component.button.Button("Raise a risk");

    RiskRegisterView(RiskClient risks, MyPartnerships partnerships, com.vaadin.flow.spring.security.AuthenticationContext authentication,
            org.jointboard.ui.export.ExportClient exports) {
        this.risks = risks;
        raise.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        raise.setVisible(authentication.hasRole(Roles.BOARD_ADMIN));
        raise.addClickListener(event -> new RaiseRiskDialog(risks, partnership.getValue().code(), partnership.getValue().name(),
                id -> getUI().ifPresent(ui -> ui.navigate(RiskView.class, RiskNavigation.risk(id)))).open());
        setSizeFull();
        level.setItems("HIGH", "MEDIUM", "LOW");
        level.setItemLabelGenerator(l -> l.charAt(0) + l.substring(1).toLowerCase());
        level.setClearButtonVisible(true);
        scope.setItems("CHILDREN", "ADULTS", "BOTH");
        scope.setItemLabelGenerator(s -> s.charAt(0) + s.substring(1).toLowerCase());
        scope.setClearButtonVisible(true);
        category.setClearButtonVisible(true);
        owner.setItemLabelGenerator(RiskClient.Owner::name);
        owner.setClearButtonVisible(true);
        partnership.addValueChangeListener(event -> {
            category.setItems(event.getValue() == null ? java.util.List.of()
                    : risks.categories(event.getValue().code()).stream().map(Category::name).toList());
            owner.setItems(event.getValue() == null ? java.util.List.of() : risks.people(event.getValue().code()));
            refresh();
        });
        owner.addValueChangeListener(event -> refresh());
        category.addValueChangeListener(event -> refresh());
        level.addValueChangeListener(event -> refresh());
        scope.addValueChangeListener(event -> refresh());
        overdue.addValueChangeListener(event -> refresh());

        grid.addColumn(RiskRow::reference).setHeader("Ref.").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> Links.to(row.title(), RiskView.class, RiskNavigation.risk(row.id()))).setHeader("Risk").setFlexGrow(4);
        grid.addColumn(RiskRow::category).setHeader("Category").setFlexGrow(2);
        grid.addColumn(row -> row.residual().label()).setHeader("Residual").setFlexGrow(1);
        grid.addColumn(row -> RiskRecords.trendLabel(row.trend())).setHeader("Trend").setFlexGrow(1);
        grid.addColumn(row -> row.owner() == null ? "" : row.owner().name()).setHeader("Owner").setFlexGrow(2);
        grid.addColumn(row -> row.nextReviewDue() == null ? "" : (row.reviewOverdue() ? "Overdue since " : "") + RiskView.date(row.nextReviewDue()))
                .setHeader("Next review").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Risk register");
        grid.setEmptyStateText("No risks match these filters.");

        var export = new org.jointboard.ui.export.ExportMenu(exports).both("Risk register", "risk-register", () -> Map.of("partnership", partnership.getValue().code()));
        var filters = new HorizontalLayout(partnership, category, level, scope, owner, overdue, raise, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var links = new HorizontalLayout(Links.to("Executive view: heat map, movements and overdue reviews", ExecutiveRiskView.class));
        add(new H1("Risk register"), links, filters, grid);
        expand(grid);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void refresh() {
        if (partnership.getValue() == null) {
            return;
        }
        String code = partnership.getValue().code();
        Map<String, Object> filter = new HashMap<>();
        if (category.getValue() != null) {
            filter.put("category", category.getValue());
        }
        if (level.getValue() != null) {
            filter.put("level", level.getValue());
        }
        if (scope.getValue() != null) {
            filter.put("scope", scope.getValue());
        }
        if (owner.getValue() != null) {
            filter.put("ownerPersonId", owner.getValue().id());
        }
        if (overdue.getValue()) {
            filter.put("overdue", true);
        }
        var pager = new ConnectionPager<RiskRow>((first, after) -> risks.register(code, filter, first, after));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }
}
