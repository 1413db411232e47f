package org.jointboard.ui.committee;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.committee.CommitteeRecords.StructureNode;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/** A partnership's boards, executive group and committees as a tree, with their chairs. */
@Route(value = "structure", layout = MainLayout.class)
@PageTitle("Boards and committees | JointBoard")
@Menu(order = 20, title = "Boards and committees")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD,
        Roles.SCHOOL_LEAD, Roles.VIEWER })
class StructureView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final TreeGrid<StructureNode> tree = new TreeGrid<>();
    final Button addBody = new Button("Add a body", VaadinIcon.PLUS.create());

    private final CommitteeClient committees;
    private List<StructureNode> roots = List.of();

    StructureView(CommitteeClient committees, MyPartnerships partnerships, AuthenticationContext authentication) {
        this.committees = committees;
        setSizeFull();
        partnership.addValueChangeListener(event -> load());

        tree.addComponentHierarchyColumn(node -> new RouterLink(node.committee().name(), CommitteeView.class,
                CommitteeNavigation.committee(node.committee().id()))).setHeader("Body").setFlexGrow(4);
        tree.addColumn(node -> CommitteeLabels.of(CommitteeLabels.KINDS, node.committee().kind())).setHeader("Kind").setFlexGrow(1);
        tree.addColumn(node -> node.committee().chair() == null ? "No chair" : node.committee().chair().name()).setHeader("Chair").setFlexGrow(2);
        tree.addColumn(node -> CommitteeLabels.of(CommitteeLabels.SERVES, node.committee().serves())).setHeader("Serves").setFlexGrow(1);
        tree.getElement().setAttribute("aria-label", "Boards and committees");

        addBody.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addBody.setVisible(authentication.hasRole(Roles.BOARD_ADMIN));
        addBody.addClickListener(event -> openAddBody());

        var bar = new HorizontalLayout(partnership, addBody);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Boards and committees"), new Paragraph("Who reports to whom, and who chairs each body. Open a body to see its members and meetings."),
                bar, tree);
        expand(tree);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void load() {
        roots = partnership.getValue() == null ? List.of() : committees.structure(partnership.getValue().code());
        tree.setItems(roots, StructureNode::children);
        tree.expandRecursively(roots, 5);
    }

    private void openAddBody() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add a body to " + partnership.getValue().name());
        var name = new TextField("Name");
        var kind = new ComboBox<String>("Kind");
        kind.setItems("EXECUTIVE_GROUP", "COMMITTEE", "SUB_GROUP", "PANEL", "TASK_AND_FINISH_GROUP", "FORUM");
        kind.setItemLabelGenerator(k -> CommitteeLabels.of(CommitteeLabels.KINDS, k));
        kind.setValue("SUB_GROUP");
        var reportsTo = new ComboBox<StructureNode>("Reports to");
        reportsTo.setItems(flatten(roots));
        reportsTo.setItemLabelGenerator(node -> node.committee().name());
        var serves = new ComboBox<String>("Serves");
        serves.setItems("CHILDREN", "ADULTS", "BOTH");
        serves.setItemLabelGenerator(s -> CommitteeLabels.of(CommitteeLabels.SERVES, s));
        serves.setValue("CHILDREN");
        var remit = new TextArea("Remit");
        var form = new FormLayout(name, kind, reportsTo, serves, remit);
        form.setColspan(remit, 2);
        var save = new Button("Add", event -> {
            var input = new HashMap<String, Object>();
            input.put("partnershipCodes", List.of(partnership.getValue().code()));
            input.put("name", name.getValue());
            input.put("kind", kind.getValue());
            input.put("serves", serves.getValue());
            input.put("remit", remit.getValue());
            if (reportsTo.getValue() != null) {
                input.put("reportsToId", reportsTo.getValue().committee().id());
            }
            try {
                String id = committees.createCommittee(input);
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(CommitteeView.class, CommitteeNavigation.committee(id)));
            } catch (ApiException refused) {
                if (refused.kind() != ApiException.Kind.BAD_REQUEST) {
                    throw refused;
                }
                Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "kind", kind, "reportsToId", reportsTo,
                        "serves", serves, "remit", remit);
                var field = fields.getOrDefault(refused.field(), name);
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
    }

    private static List<StructureNode> flatten(List<StructureNode> nodes) {
        return nodes.stream().flatMap(node -> java.util.stream.Stream.concat(java.util.stream.Stream.of(node), flatten(node.children()).stream())).toList();
    }
}
