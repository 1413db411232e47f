package org.jointboard.ui.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import com.vaadin.flow.data.binder.Binder;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.form.Drafts;
import org.jointboard.ui.form.ErrorSummary;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.assessment.AssessmentRecords.FrameworkEdition;

/** Plans an audit cycle: which framework, for which partnerships (together: one return per organisation), when, and for whom. */
public class PlanCycleDialog extends Dialog {

    private final AssessmentClient assessments;
    private final TextField title = new TextField("Title");
    private final TextField period = new TextField("Period");
    private final ComboBox<FrameworkEdition> framework = new ComboBox<>("Framework");
    private final MultiSelectComboBox<PartnershipName> partnerships = new MultiSelectComboBox<>("Partnerships");
    private final DatePicker opensOn = new DatePicker("Opens on", LocalDate.now());
    private final DatePicker dueOn = new DatePicker("Deadline", LocalDate.now().plusWeeks(10));
    private final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>("Organisations in scope (kinds)");
    private final MultiSelectComboBox<String> phases = new MultiSelectComboBox<>("School phases (leave empty for all)");
    private final Binder<CycleDraft> binder = binder();
    private final ErrorSummary problems = new ErrorSummary();

    public PlanCycleDialog(AssessmentClient assessments, List<PartnershipName> mine, PartnershipName current, Consumer<String> planned) {
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
        add(problems, new FormLayout(title, period, framework, partnerships, opensOn, dueOn, kinds, phases));
        var plan = new Button("Plan cycle", event -> plan(planned));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), plan);
    }

    /** What the form edits; the dates and lists as chosen, turned into the createAuditCycle input. */
    public record CycleDraft(String title, String period, FrameworkEdition framework, Set<PartnershipName> partnerships, LocalDate opensOn,
            LocalDate dueOn, Set<String> organisationKinds, Set<String> schoolPhases) {

        Map<String, Object> toInput() {
            var input = new HashMap<String, Object>();
            input.put("title", title.strip());
            input.put("period", period.strip());
            input.put("frameworkId", framework.id());
            input.put("partnershipCodes", partnerships.stream().map(PartnershipName::code).toList());
            input.put("opensOn", opensOn.toString());
            input.put("dueOn", dueOn.toString());
            input.put("organisationKinds", List.copyOf(organisationKinds));
            input.put("schoolPhases", List.copyOf(schoolPhases));
            return input;
        }
    }

    private Binder<CycleDraft> binder() {
        var binder = new Binder<>(CycleDraft.class);
        binder.forField(title).asRequired("Enter a title").bind("title");
        binder.forField(period).asRequired("Enter the period, for example 2026/27").bind("period");
        binder.forField(framework).asRequired("Choose the framework").bind("framework");
        binder.forField(partnerships).asRequired("Choose at least one partnership").bind("partnerships");
        binder.forField(opensOn).asRequired("Enter the date the cycle opens").bind("opensOn");
        binder.forField(dueOn).asRequired("Enter the deadline")
                .withValidator(due -> opensOn.getValue() == null || due.isAfter(opensOn.getValue()), "The deadline must be after the cycle opens")
                .bind("dueOn");
        binder.forField(kinds).bind("organisationKinds");
        binder.forField(phases).bind("schoolPhases");
        return binder;
    }

    private void plan(Consumer<String> planned) {
        Map<String, HasValidation> fields = Map.of("title", title, "period", period, "frameworkId", framework, "partnershipCodes", partnerships,
                "opensOn", opensOn, "dueOn", dueOn, "organisationKinds", kinds, "schoolPhases", phases);
        Drafts.written(binder, problems).ifPresent(draft -> {
            try {
                String id = assessments.planCycle(draft.toInput());
                close();
                planned.accept(id);
                Notification.show("Planned. Check it, then issue it to the organisations.", 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException refused) {
                Refusals.show(refused, fields);
            }
        });
    }
}
