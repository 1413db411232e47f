package org.jointboard.ui.actionplan;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jointboard.ui.actionplan.ActionPlanClient.Person;
import org.jointboard.ui.actionplan.ActionPlanClient.RiskChoice;
import org.jointboard.ui.actionplan.ActionPlanRecords.RaiseDraft;

import org.springframework.stereotype.Component;

/** The dialogs other pages open to raise an action: from a gap a board review found on a return, or the organisation's own. */
@Component
public class ActionDialogs {

    private final ActionPlanClient plans;

    ActionDialogs(ActionPlanClient plans) {
        this.plans = plans;
    }

    /**
     * The board raises an action from a standard its review found wanting, with a lead from the partnership's people and,
     * if it mitigates one, a risk of the register. {@code raised} gets the new action's id.
     */
    public void raiseFromGap(String returnId, String partnershipCode, String standard, String standardTitle, String why, Consumer<String> raised) {
        open("Raise an action from " + standard, why, returnId, partnershipCode, standard, "Improve " + standardTitle.toLowerCase(), true, raised);
    }

    /** The organisation's lead raises one of its own improvement actions on a standard of its open return. */
    public void raiseOwn(String returnId, String partnershipCode, String standard, String standardTitle, Consumer<String> raised) {
        open("Add an improvement action for " + standard, standardTitle, returnId, partnershipCode, standard, "", false, raised);
    }

    private void open(String heading, String context, String returnId, String partnershipCode, String standard, String suggestedTitle,
            boolean board, Consumer<String> raised) {
        var title = new TextField("What is to be done?");
        title.setValue(suggestedTitle);
        title.setWidthFull();
        var lead = new ComboBox<Person>("Lead");
        var leadName = new TextField("Lead (role or name)");
        var due = new DatePicker("Due date");
        due.setMin(LocalDate.now());
        var risk = new ComboBox<RiskChoice>("Risk it mitigates (optional)");
        var form = new FormLayout(title);
        if (board) {
            lead.setItems(plans.people(partnershipCode));
            lead.setItemLabelGenerator(Person::name);
            risk.setItems(plans.risks(partnershipCode));
            risk.setItemLabelGenerator(RiskChoice::label);
            risk.setClearButtonVisible(true);
            form.add(lead, due, risk);
        } else {
            leadName.setHelperText("For example Head of learning and development");
            form.add(leadName, due);
        }
        form.setColspan(title, 2);
        var binder = new Binder<>(RaiseDraft.class);
        binder.forField(title).asRequired("Enter what is to be done").bind("title");
        // every part of the draft is bound; only the fields of the form shown are required
        binder.forField(lead).withValidator(person -> !board || person != null, "Choose who leads the action").bind("lead");
        binder.forField(leadName).withValidator(name -> board || name != null && !name.isBlank(), "Say who leads the action").bind("leadName");
        binder.forField(risk).bind("risk");
        binder.forField(due).asRequired("Enter the due date").bind("dueOn");
        Map<String, HasValidation> fields = Map.of("action.title", title, "action.leadPersonId", lead, "action.leadName", leadName,
                "action.dueOn", due, "action.riskId", risk);
        var content = new com.vaadin.flow.component.orderedlayout.VerticalLayout(new Paragraph(context), form);
        content.setPadding(false);
        PlanDialogs.open(heading, "Raise action", content, binder, fields, title,
                draft -> plans.raiseFromReturn(returnId, partnershipCode, standard, draft), raised);
    }

    /** The address of an action's page, to go to once raised. */
    public static String route(String actionId) {
        return "actions/" + actionId;
    }
}
