package org.jointboard.ui.audit;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.audit.RetentionClient.Cycle;
import org.jointboard.ui.audit.RetentionClient.Hold;
import org.jointboard.ui.audit.RetentionClient.Person;
import org.jointboard.ui.error.Refusals;

/** A partnership's legal holds: what each keeps and why, lifting one (with a reason), and placing a new one. */
class LegalHoldsPanel extends VerticalLayout {

    private static final Map<String, String> SCOPES = Map.of("PARTNERSHIP", "Everything in the partnership", "CYCLE", "An audit cycle",
            "RECORD", "One record", "PERSON", "Everything naming a person");

    private final RetentionClient retention;
    private final Grid<Hold> holds = new Grid<>(Hold.class, false);
    private final Runnable changed;
    private String partnership;

    LegalHoldsPanel(RetentionClient retention, Runnable changed) {
        this.retention = retention;
        this.changed = changed;
        setPadding(false);
        holds.addColumn(hold -> scope(hold.scope()) + ": " + hold.targetLabel()).setHeader("Keeps").setAutoWidth(true).setFlexGrow(1);
        holds.addColumn(Hold::reason).setHeader("Why").setFlexGrow(1);
        holds.addColumn(hold -> hold.placedBy() + ", " + hold.placedAt().substring(0, 10)).setHeader("Placed").setAutoWidth(true);
        holds.addColumn(hold -> hold.active() ? "Active" : "Lifted by " + hold.liftedBy() + " on " + hold.liftedAt().substring(0, 10) + ": " + hold.liftReason())
                .setHeader("Status").setFlexGrow(1);
        holds.addComponentColumn(hold -> {
            var lift = new Button("Lift", event -> lift(hold));
            lift.getElement().setAttribute("aria-label", "Lift the hold on " + hold.targetLabel());
            lift.setVisible(hold.active());
            return lift;
        }).setHeader("Action").setAutoWidth(true);
        holds.setAllRowsVisible(true);
        holds.setEmptyStateText("No legal holds: the policy alone decides what is kept.");
        add(new Paragraph("A legal hold stops everything under it from being deleted, whatever the policy says, until it is lifted "
                + "(for example an inquiry's instruction not to destroy records). Lifting a hold is recorded in the audit trail."),
                new Button("Place a legal hold", event -> place()), holds);
    }

    void show(String partnershipCode) {
        this.partnership = partnershipCode;
        holds.setItems(retention.holds(partnershipCode));
    }

    private void place() {
        var scope = new RadioButtonGroup<String>("What must be kept");
        scope.setItems("CYCLE", "PERSON", "RECORD", "PARTNERSHIP");
        scope.setItemLabelGenerator(LegalHoldsPanel::scope);
        scope.setValue("CYCLE");
        var cycle = new ComboBox<Cycle>("Audit cycle");
        cycle.setItems(retention.cycles(partnership));
        cycle.setItemLabelGenerator(Cycle::title);
        var person = new ComboBox<Person>("Person");
        person.setItems(retention.people(partnership));
        person.setItemLabelGenerator(Person::name);
        var recordType = new ComboBox<String>("Kind of record");
        recordType.setItems(retention.recordTypes());
        recordType.setItemLabelGenerator(AuditTrailView::kindLabel);
        var recordId = new TextField("Record's id (the last part of its page's address)");
        var reason = new TextArea("Why it must be kept");
        reason.setHelperText("For example: the inquiry's reference and instruction");
        Runnable showFields = () -> {
            cycle.setVisible("CYCLE".equals(scope.getValue()));
            person.setVisible("PERSON".equals(scope.getValue()));
            recordType.setVisible("RECORD".equals(scope.getValue()));
            recordId.setVisible("RECORD".equals(scope.getValue()));
        };
        scope.addValueChangeListener(event -> showFields.run());
        showFields.run();
        var dialog = new Dialog();
        dialog.setHeaderTitle("Place a legal hold");
        var ok = new Button("Place the hold", event -> {
            String target = switch (scope.getValue()) {
                case "CYCLE" -> cycle.getValue() == null ? null : cycle.getValue().id();
                case "PERSON" -> person.getValue() == null ? null : person.getValue().id();
                case "RECORD" -> recordId.getValue().strip();
                default -> null;
            };
            try {
                retention.placeHold(partnership, scope.getValue(), "RECORD".equals(scope.getValue()) ? recordType.getValue() : null, target, reason.getValue());
                dialog.close();
                show(partnership);
                changed.run();
            } catch (ApiException refused) {
                HasValidation targetField = switch (scope.getValue()) {
                    case "CYCLE" -> cycle;
                    case "PERSON" -> person;
                    default -> recordId;
                };
                Refusals.show(refused, Map.of("reason", reason, "targetId", targetField, "recordType", recordType), reason);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(scope, cycle, person, recordType, recordId, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), ok);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private void lift(Hold hold) {
        var reason = new TextArea("Why the hold may be lifted");
        var dialog = new Dialog();
        dialog.setHeaderTitle("Lift the hold on " + hold.targetLabel());
        var ok = new Button("Lift the hold", event -> {
            try {
                retention.liftHold(hold, reason.getValue());
                dialog.close();
                show(partnership);
                changed.run();
            } catch (ApiException refused) {
                Refusals.show(refused, Map.of("reason", reason), reason);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("Once lifted, the records it kept are deleted by the next run if their time has passed."), reason);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), ok);
        dialog.open();
    }

    static String scope(String scope) {
        return SCOPES.getOrDefault(scope, scope);
    }
}
