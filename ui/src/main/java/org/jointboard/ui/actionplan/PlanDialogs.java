package org.jointboard.ui.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jointboard.ui.actionplan.ActionPlanClient.Person;
import org.jointboard.ui.actionplan.ActionPlanRecords.Item;
import org.jointboard.ui.actionplan.ActionPlanRecords.PlanActionDraft;
import org.jointboard.ui.actionplan.ActionPlanRecords.PlanDraft;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.form.Drafts;
import org.jointboard.ui.form.ErrorSummary;

/** "Set up a plan" (board admins) and "Raise an action" on a plan's page (board admins, the owning body's chair). */
final class PlanDialogs {

    private PlanDialogs() {
    }

    static void setUpPlan(ActionPlanClient plans, String partnershipCode, String partnershipName, Consumer<String> created) {
        var kind = new ComboBox<String>("Kind of plan");
        kind.setItems("BUSINESS_PLAN", "SCRUTINY", "LEARNING_REVIEW", "AUDIT_IMPROVEMENT", "RISK_MITIGATION");
        kind.setItemLabelGenerator(Rag::kind);
        var title = new TextField("Title");
        var serves = new ComboBox<String>("Serves");
        serves.setItems("CHILDREN", "ADULTS", "BOTH");
        serves.setItemLabelGenerator(s -> switch (s) { case "CHILDREN" -> "The children's board"; case "ADULTS" -> "The adults' board"; default -> "Both boards"; });
        var start = new DatePicker("Period starts");
        var end = new DatePicker("Period ends");
        var published = new Checkbox("Published (viewers may read it)");
        var binder = new Binder<>(PlanDraft.class);
        binder.forField(kind).asRequired("Choose the kind of plan").bind("kind");
        binder.forField(title).asRequired("Enter the plan's title").bind("title");
        binder.forField(serves).asRequired("Say which board the plan serves").bind("serves");
        binder.forField(start).asRequired("Enter the date the period starts").bind("periodStart");
        binder.forField(end).asRequired("Enter the date the period ends")
                .withValidator(day -> start.getValue() == null || !day.isBefore(start.getValue()), "The period must end on or after the day it starts").bind("periodEnd");
        binder.forField(published).bind("published");
        Map<String, HasValidation> fields = Map.of("plan.title", title, "plan.periodEnd", end, "plan.kind", kind, "plan.serves", serves);
        open("Set up a plan for " + partnershipName, "Set up plan", new FormLayout(kind, title, serves, start, end, published), binder, fields, title,
                draft -> plans.createPlan(partnershipCode, draft), created);
    }

    static void raiseAction(ActionPlanClient plans, String planId, String partnershipCode, List<Item> items, Consumer<String> raised) {
        var item = new ComboBox<String>("Under");
        item.setItems(items.stream().map(Item::code).toList());
        item.setItemLabelGenerator(code -> items.stream().filter(i -> i.code().equals(code)).findFirst().map(i -> i.code() + " " + i.title()).orElse(code));
        item.setClearButtonVisible(true);
        var title = new TextField("What is to be done?");
        var lead = new ComboBox<Person>("Lead");
        lead.setItems(plans.people(partnershipCode));
        lead.setItemLabelGenerator(Person::name);
        var start = new DatePicker("Starts (optional)");
        var due = new DatePicker("Due date");
        due.setMin(LocalDate.now());
        var binder = new Binder<>(PlanActionDraft.class);
        binder.forField(item).bind("itemCode");
        binder.forField(title).asRequired("Enter what is to be done").bind("title");
        binder.forField(lead).asRequired("Choose who leads the action").bind("lead");
        binder.forField(start).bind("startOn");
        binder.forField(due).asRequired("Enter the due date")
                .withValidator(day -> start.getValue() == null || !day.isBefore(start.getValue()), "The due date is before the start date: make it the same day or later")
                .bind("dueOn");
        Map<String, HasValidation> fields = Map.of("action.title", title, "action.itemCode", item, "action.leadPersonId", lead, "action.dueOn", due);
        open("Raise an action", "Raise action", new FormLayout(item, title, lead, start, due), binder, fields, title,
                draft -> plans.raise(planId, draft), raised);
    }

    /**
     * A form in a dialog: the draft written through the binder (its problems listed at the top), sent, the dialog closed and
     * {@code done} told the new record's id; a refusal shows at its field ({@code otherwise} when it names none of them).
     */
    static <T> void open(String heading, String confirm, com.vaadin.flow.component.Component form, Binder<T> binder,
            Map<String, HasValidation> fields, HasValidation otherwise, java.util.function.Function<T, String> send, Consumer<String> done) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(heading);
        var problems = new ErrorSummary();
        var ok = new Button(confirm, event -> Drafts.written(binder, problems).ifPresent(draft -> {
            try {
                String id = send.apply(draft);
                dialog.close();
                done.accept(id);
            } catch (ApiException refused) {
                Refusals.show(refused, fields, otherwise);
            }
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(problems, form);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), ok);
        dialog.setWidth("min(44rem, 95vw)");
        dialog.open();
    }
}
