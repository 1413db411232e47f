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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.form.Drafts;
import org.jointboard.ui.form.ErrorSummary;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.committee.CommitteeRecords.StructureNode;
import org.jointboard.ui.layout.Links;
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

        tree.addComponentHierarchyColumn(node -> Links.to(node.committee().name(), CommitteeView.class,
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
        var binder = new Binder<>(BodyDraft.class);
        binder.forField(name).asRequired("Enter the body's name").bind("name");
        binder.forField(kind).asRequired("Choose the kind of body").bind("kind");
        binder.forField(reportsTo).bind("reportsTo");
        binder.forField(serves).asRequired("Choose whom it serves").bind("serves");
        binder.forField(remit).bind("remit");
        var problems = new ErrorSummary();
        var save = new Button("Add", event -> Drafts.written(binder, problems).ifPresent(draft -> {
            try {
                String id = committees.createCommittee(draft.toInput(partnership.getValue().code()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(CommitteeView.class, CommitteeNavigation.committee(id)));
            } catch (ApiException refused) {
                Refusals.show(refused, Map.of("name", name, "kind", kind, "reportsToId", reportsTo, "serves", serves, "remit", remit), name);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(problems, form);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
    }

    /** What the add-a-body form edits. */
    public record BodyDraft(String name, String kind, StructureNode reportsTo, String serves, String remit) {

        Map<String, Object> toInput(String partnershipCode) {
            var input = new HashMap<String, Object>();
            input.put("partnershipCodes", List.of(partnershipCode));
            input.put("name", name.strip());
            input.put("kind", kind);
            input.put("serves", serves);
            input.put("remit", remit);
            if (reportsTo != null) {
                input.put("reportsToId", reportsTo.committee().id());
            }
            return input;
        }
    }

    private static List<StructureNode> flatten(List<StructureNode> nodes) {
        return nodes.stream().flatMap(node -> java.util.stream.Stream.concat(java.util.stream.Stream.of(node), flatten(node.children()).stream())).toList();
    }
}
