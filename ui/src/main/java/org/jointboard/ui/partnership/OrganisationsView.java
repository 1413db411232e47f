package org.jointboard.ui.partnership;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.api.ConnectionPager;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.partnership.OrganisationRow.PartnershipRef;
import org.jointboard.ui.security.Roles;

/** Agencies and schools of the user's partnerships; board admins register and edit them here. */
@Route(value = "organisations", layout = MainLayout.class)
@PageTitle("Organisations | JointBoard")
@Menu(order = 10, title = "Organisations")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD,
        Roles.SCHOOL_LEAD, Roles.VIEWER })
class OrganisationsView extends VerticalLayout {

    final TextField nameFilter = new TextField("Name contains");
    final ComboBox<PartnershipRef> partnershipFilter = new ComboBox<>("Partnership");
    final ComboBox<String> kindFilter = new ComboBox<>("Kind");
    final Button add = new Button("Add organisation", VaadinIcon.PLUS.create());
    final Grid<OrganisationRow> grid = new Grid<>(OrganisationRow.class, false);

    private final OrganisationClient organisations;
    private final boolean canEdit;
    private final List<PartnershipRef> myPartnerships;

    OrganisationsView(OrganisationClient organisations, AuthenticationContext authentication) {
        this.organisations = organisations;
        this.canEdit = authentication.hasRole(Roles.BOARD_ADMIN);
        this.myPartnerships = organisations.myPartnerships();
        setSizeFull();

        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.setClearButtonVisible(true);
        nameFilter.addValueChangeListener(event -> refresh());
        partnershipFilter.setItems(myPartnerships);
        partnershipFilter.setItemLabelGenerator(PartnershipRef::name);
        partnershipFilter.setClearButtonVisible(true);
        partnershipFilter.setPlaceholder("All of yours");
        partnershipFilter.addValueChangeListener(event -> refresh());
        kindFilter.setItems(Labels.ORGANISATION_KINDS.keySet());
        kindFilter.setItemLabelGenerator(value -> Labels.of(Labels.ORGANISATION_KINDS, value));
        kindFilter.setClearButtonVisible(true);
        kindFilter.setPlaceholder("Any kind");
        kindFilter.addValueChangeListener(event -> refresh());

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(canEdit);
        add.addClickListener(event -> openEditor(new OrganisationDraft()));

        grid.addColumn(OrganisationRow::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(row -> Labels.of(Labels.ORGANISATION_KINDS, row.kind())).setHeader("Kind").setFlexGrow(1);
        grid.addColumn(OrganisationRow::servesLabel).setHeader("Serves").setFlexGrow(3);
        grid.addColumn(row -> row.school() == null ? "" : row.school().urn()).setHeader("URN").setFlexGrow(1);
        if (canEdit) {
            grid.addComponentColumn(row -> {
                var edit = new Button("Edit", event -> openEditor(OrganisationDraft.of(row)));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel("Edit " + row.name());
                return edit;
            }).setHeader("Actions").setFlexGrow(0).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No organisations match these filters.");
        grid.getElement().setAttribute("aria-label", "Organisations");
        refresh();

        var importSchools = org.jointboard.ui.layout.Links.to("Import schools from CSV", SchoolImportView.class);
        importSchools.setVisible(canEdit);
        var filters = new HorizontalLayout(nameFilter, partnershipFilter, kindFilter, add, importSchools);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Organisations"), filters, grid);
        expand(grid);
    }

    private void refresh() {
        var filter = new OrganisationClient.Filter(nameFilter.getValue(),
                partnershipFilter.getValue() == null ? null : partnershipFilter.getValue().code(), kindFilter.getValue());
        var pager = new ConnectionPager<OrganisationRow>((first, after) -> organisations.page(filter, first, after));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    private void openEditor(OrganisationDraft draft) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(draft.isNew() ? "Add organisation" : "Edit " + draft.getName());
        var form = new OrganisationForm(myPartnerships);
        form.edit(draft);
        var save = new Button("Save", event -> save(form, dialog));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", event -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open(); // not added to the view: Vaadin attaches it while open and removes it when closed
    }

    private void save(OrganisationForm form, Dialog dialog) {
        OrganisationDraft draft = form.validDraft();
        if (draft == null) {
            return;
        }
        try {
            organisations.save(draft);
        } catch (ApiException refused) {
            switch (refused.kind()) {
                case BAD_REQUEST -> form.showServerError(refused.field(), refused.getMessage());
                case CONFLICT, NOT_FOUND, FORBIDDEN -> form.showServerError(null, refused.userMessage());
                default -> throw refused;
            }
            return;
        }
        dialog.close();
        Notification.show("Saved " + draft.getName(), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }
}
