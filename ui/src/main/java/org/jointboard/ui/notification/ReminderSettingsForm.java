package org.jointboard.ui.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.notification.NotificationClient.QuietPeriod;
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
    final ComboBox<String> digestDay = new ComboBox<>("Weekly digest to the business unit");
    private final List<QuietPeriod> quietPeriods = new ArrayList<>();
    private final Grid<QuietPeriod> quietGrid = new Grid<>(QuietPeriod.class, false);
    private final TextField quietLabel = new TextField("Name");
    private final DatePicker quietFrom = new DatePicker("First day");
    private final DatePicker quietTo = new DatePicker("Last day");
    private final Paragraph status = new Paragraph();
    private Settings settings;

    ReminderSettingsForm(NotificationClient notifications, Runnable saved) {
        this.notifications = notifications;
        this.saved = saved;
        setPadding(false);
        status.getElement().setAttribute("role", "status");
        digestDay.setItems("NONE", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        digestDay.setItemLabelGenerator(day -> day.equals("NONE") ? "No digest" : "Every " + day.charAt(0) + day.substring(1).toLowerCase(java.util.Locale.UK));
        var when = new FormLayout(daysBefore, repeatEvery, businessUnit, digestDay);
        quietGrid.addColumn(QuietPeriod::label).setHeader("Quiet period").setFlexGrow(2);
        quietGrid.addColumn(q -> q.from() + " to " + q.to()).setHeader("Days").setAutoWidth(true);
        quietGrid.addComponentColumn(q -> {
            var remove = new Button("Remove", event -> {
                quietPeriods.remove(q);
                quietGrid.setItems(quietPeriods);
            });
            remove.getElement().setAttribute("aria-label", "Remove the quiet period " + q.label());
            return remove;
        }).setHeader("Action").setAutoWidth(true);
        quietGrid.setAllRowsVisible(true);
        quietGrid.setEmptyStateText("No quiet periods: schools are chased all year.");
        quietLabel.setPlaceholder("Easter holidays");
        var addQuiet = new Button("Add the quiet period", event -> {
            quietPeriods.add(new QuietPeriod(quietLabel.getValue(), quietFrom.getValue(), quietTo.getValue()));
            quietGrid.setItems(quietPeriods);
            quietLabel.clear();
            quietFrom.clear();
            quietTo.clear();
        });
        var quietRow = new HorizontalLayout(quietLabel, quietFrom, quietTo, addQuiet);
        quietRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        quietRow.setWrap(true);
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
                ladder, new H3("What is chased"), kinds,
                new H3("Quiet periods"), new Paragraph("Schools' audits are not chased on these days (school holidays); they are chased again after."),
                quietGrid, quietRow, save, status);
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
        digestDay.setValue(current.digestDay() == null ? "NONE" : current.digestDay());
        quietPeriods.clear();
        quietPeriods.addAll(current.quietPeriods());
        quietGrid.setItems(quietPeriods);
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
        for (int i = 0; i < quietPeriods.size(); i++) {
            fields.put("quietPeriods[" + i + "].from", quietFrom);
            fields.put("quietPeriods[" + i + "].to", quietTo);
        }
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            settings = notifications.update(new Settings(settings.partnership(), settings.version(), value(daysBefore), value(repeatEvery), ladder,
                    businessUnit.getValue().isBlank() ? null : businessUnit.getValue().strip(), off,
                    digestDay.getValue() == null || digestDay.getValue().equals("NONE") ? null : digestDay.getValue(), List.copyOf(quietPeriods)));
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
