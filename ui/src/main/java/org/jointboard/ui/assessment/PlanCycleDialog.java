package org.jointboard.ui.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.assessment.AssessmentRecords.FrameworkEdition;

/** Plans an audit cycle: which framework, for which partnerships (together: one return per organisation), when, and for whom. */
class PlanCycleDialog extends Dialog {

    private final AssessmentClient assessments;
    private final TextField title = new TextField("Title");
    private final TextField period = new TextField("Period");
    private final ComboBox<FrameworkEdition> framework = new ComboBox<>("Framework");
    private final MultiSelectComboBox<PartnershipName> partnerships = new MultiSelectComboBox<>("Partnerships");
    private final DatePicker opensOn = new DatePicker("Opens on", LocalDate.now());
    private final DatePicker dueOn = new DatePicker("Deadline", LocalDate.now().plusWeeks(10));
    private final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>("Organisations in scope (kinds)");
    private final MultiSelectComboBox<String> phases = new MultiSelectComboBox<>("School phases (leave empty for all)");

    PlanCycleDialog(AssessmentClient assessments, List<PartnershipName> mine, PartnershipName current, Consumer<String> planned) {
        this.assessments = assessments;
        setHeaderTitle("Plan an audit cycle");
        period.setPlaceholder("2026/27");
        framework.setItems(assessments.publishedFrameworks());
        framework.setItemLabelGenerator(f -> f.title() + " (" + f.code() + ", edition " + f.edition() + ")");
        framework.addValueChangeListener(event -> {
            kinds.setItems(event.getValue() == null ? java.util.List.of() : event.getValue().organisationKinds());
            if (event.getValue() != null) {
                kinds.setValue(event.getValue().organisationKinds());
            }
            phases.setVisible(event.getValue() != null && event.getValue().organisationKinds().contains("SCHOOL"));
        });
        kinds.setItemLabelGenerator(k -> AssessmentRecords.stateLabel(k));
        partnerships.setItems(mine);
        partnerships.setItemLabelGenerator(PartnershipName::name);
        partnerships.setHelperText("Partnerships chosen together share one return per organisation that serves them.");
        if (current != null) {
            partnerships.setValue(java.util.Set.of(current));
        }
        phases.setItems("NURSERY", "PRIMARY", "SECONDARY", "ALL_THROUGH", "SPECIAL", "ALTERNATIVE_PROVISION", "POST_16");
        phases.setItemLabelGenerator(AssessmentRecords::stateLabel);
        phases.setVisible(false);
        add(new FormLayout(title, period, framework, partnerships, opensOn, dueOn, kinds, phases));
        var plan = new Button("Plan cycle", event -> plan(planned));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), plan);
    }

    private void plan(Consumer<String> planned) {
        var input = new HashMap<String, Object>();
        input.put("title", title.getValue());
        input.put("period", period.getValue());
        input.put("frameworkId", framework.getValue() == null ? "" : framework.getValue().id());
        input.put("partnershipCodes", partnerships.getValue().stream().map(PartnershipName::code).toList());
        input.put("opensOn", opensOn.getValue() == null ? null : opensOn.getValue().toString());
        input.put("dueOn", dueOn.getValue() == null ? null : dueOn.getValue().toString());
        input.put("organisationKinds", java.util.List.copyOf(kinds.getValue()));
        input.put("schoolPhases", java.util.List.copyOf(phases.getValue()));
        Map<String, HasValidation> fields = Map.of("title", title, "period", period, "frameworkId", framework, "partnershipCodes", partnerships,
                "opensOn", opensOn, "dueOn", dueOn, "organisationKinds", kinds, "schoolPhases", phases);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            String id = assessments.planCycle(input);
            close();
            planned.accept(id);
            Notification.show("Planned. Check it, then issue it to the organisations.", 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiException refused) {
            Refusals.show(refused, fields);
        }
    }
}
