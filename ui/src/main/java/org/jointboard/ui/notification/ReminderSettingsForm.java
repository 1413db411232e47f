package org.jointboard.ui.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.notification.NotificationClient.Settings;
import org.jointboard.ui.notification.NotificationClient.Step;

/** A partnership's reminder settings: when reminders go, the escalation ladder, the business unit's address, what is chased. */
class ReminderSettingsForm extends VerticalLayout {

    private static final List<String> LEVELS = List.of("OWNING_BODY_CHAIR", "BUSINESS_UNIT", "INDEPENDENT_CHAIR");
    private static final List<String> KINDS = List.of("RETURN", "RISK_REVIEW", "ACTION");

    private final NotificationClient notifications;
    private final Runnable saved;
    final IntegerField daysBefore = days("First reminder, days before the date");
    final IntegerField repeatEvery = days("While overdue, remind again every");
    private final Map<String, Checkbox> rungOn = new LinkedHashMap<>();
    final Map<String, IntegerField> rungDays = new LinkedHashMap<>();
    final EmailField businessUnit = new EmailField("Business unit's e-mail address");
    private final Map<String, Checkbox> chased = new LinkedHashMap<>();
    private final Paragraph status = new Paragraph();
    private Settings settings;

    ReminderSettingsForm(NotificationClient notifications, Runnable saved) {
        this.notifications = notifications;
        this.saved = saved;
        setPadding(false);
        status.getElement().setAttribute("role", "status");
        var when = new FormLayout(daysBefore, repeatEvery, businessUnit);
        var ladder = new FormLayout();
        for (String level : LEVELS) {
            var on = new Checkbox("Tell the " + NotificationClient.level(level).toLowerCase(java.util.Locale.UK));
            var after = days("…once this many days overdue");
            after.setAriaLabel(NotificationClient.level(level) + ": days overdue before they are told");
            on.addValueChangeListener(event -> after.setEnabled(event.getValue()));
            rungOn.put(level, on);
            rungDays.put(level, after);
            ladder.add(on, after);
        }
        var kinds = new Div();
        for (String kind : KINDS) {
            var box = new Checkbox("Chase " + NotificationClient.kind(kind).toLowerCase(java.util.Locale.UK) + "s");
            chased.put(kind, box);
            kinds.add(box);
        }
        var save = new Button("Save the settings", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(when, new H3("Escalation"), new Paragraph("While an item stays overdue, each of these is told once, in order, with the reminders already sent."),
                ladder, new H3("What is chased"), kinds, save, status);
    }

    void show(Settings current) {
        this.settings = current;
        daysBefore.setValue(current.daysBefore());
        repeatEvery.setValue(current.repeatEveryDays());
        businessUnit.setValue(current.businessUnitEmail() == null ? "" : current.businessUnitEmail());
        for (String level : LEVELS) {
            var step = current.escalation().stream().filter(s -> s.level().equals(level)).findFirst();
            rungOn.get(level).setValue(step.isPresent());
            rungDays.get(level).setValue(step.map(Step::afterDaysOverdue).orElse(null));
            rungDays.get(level).setEnabled(step.isPresent());
        }
        chased.forEach((kind, box) -> box.setValue(!current.switchedOff().contains(kind)));
        status.setText("");
    }

    private void save() {
        var ladder = new ArrayList<Step>();
        var fieldsByStep = new LinkedHashMap<String, HasValidation>();
        for (String level : LEVELS) {
            if (rungOn.get(level).getValue()) {
                fieldsByStep.put("escalation[" + ladder.size() + "].afterDaysOverdue", rungDays.get(level));
                ladder.add(new Step(level, value(rungDays.get(level))));
            }
        }
        var off = chased.entrySet().stream().filter(e -> !e.getValue().getValue()).map(Map.Entry::getKey).toList();
        var fields = new LinkedHashMap<String, HasValidation>(fieldsByStep);
        fields.put("daysBefore", daysBefore);
        fields.put("repeatEveryDays", repeatEvery);
        fields.put("businessUnitEmail", businessUnit);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            settings = notifications.update(new Settings(settings.partnership(), settings.version(), value(daysBefore), value(repeatEvery), ladder,
                    businessUnit.getValue().isBlank() ? null : businessUnit.getValue().strip(), off));
            status.setText("Settings saved. Today's reminders above now follow them.");
            saved.run();
        } catch (ApiException refused) {
            Refusals.show(refused, fields);
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static IntegerField days(String label) {
        var field = new IntegerField(label);
        field.setSuffixComponent(new Div("days"));
        field.setStepButtonsVisible(true);
        field.setMin(0);
        return field;
    }
}
