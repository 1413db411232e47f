package org.jointboard.ui.assessment;

import org.jointboard.ui.form.Drafts;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jointboard.ui.assessment.AssessmentRecords.Action;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnDetail;
import org.jointboard.ui.assessment.AssessmentRecords.Standard;

/** The organisation's improvement actions, per standard: what, who leads it, by when. Its lead adds them and marks them done. */
class ImprovementActions extends VerticalLayout {

    ImprovementActions(ReturnDetail detail, Predicate<List<Map<String, Object>>> save) {
        setPadding(false);
        add(new H2("Improvement actions"));
        var grid = new Grid<Action>();
        grid.addColumn(Action::standardCode).setHeader("Standard").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Action::action).setHeader("Action").setFlexGrow(4);
        grid.addColumn(Action::lead).setHeader("Lead").setFlexGrow(2);
        grid.addColumn(a -> AssessmentNavigation.date(a.dueBy())).setHeader("By").setFlexGrow(1);
        grid.addColumn(a -> a.done() ? "Done" : "Open").setHeader("Status").setFlexGrow(1);
        boolean editable = detail.permissions().canEdit();
        if (editable) {
            grid.addComponentColumn(a -> new Button(a.done() ? "Re-open" : "Mark done", event -> {
                var changed = new ArrayList<>(detail.actions());
                changed.set(detail.actions().indexOf(a), new Action(a.standardCode(), a.action(), a.lead(), a.dueBy(), !a.done()));
                save.test(inputs(changed));
            })).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(detail.actions());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", "Improvement actions");
        grid.setEmptyStateText("No improvement actions yet.");
        add(grid);
        if (editable) {
            add(addForm(detail, save));
        }
    }

    private static FormLayout addForm(ReturnDetail detail, Predicate<List<Map<String, Object>>> save) {
        var standard = new ComboBox<Standard>("Standard");
        standard.setItems(detail.sections().stream().flatMap(s -> s.standards().stream()).toList());
        standard.setItemLabelGenerator(s -> s.code() + " " + s.title());
        var action = new TextField("What will be done");
        var lead = new TextField("Who leads it");
        var dueBy = new DatePicker("By when", LocalDate.now().plusMonths(3));
        var binder = new Binder<>(ActionDraft.class);
        binder.forField(standard).asRequired("Choose the standard").bind("standard");
        binder.forField(action).asRequired("Say what will be done").bind("action");
        binder.forField(lead).asRequired("Say who leads it").bind("lead");
        binder.forField(dueBy).asRequired("Say by when").bind("dueBy");
        var add = new Button("Add action", event -> Drafts.written(binder).ifPresent(draft -> {
            var changed = new ArrayList<>(detail.actions());
            changed.add(new Action(draft.standard().code(), draft.action().strip(), draft.lead().strip(), draft.dueBy(), false));
            save.test(inputs(changed));
        }));
        return new FormLayout(standard, action, lead, dueBy, add);
    }

    /** What the add-an-action form edits. */
    public record ActionDraft(Standard standard, String action, String lead, LocalDate dueBy) {
    }

    private static List<Map<String, Object>> inputs(List<Action> actions) {
        return actions.stream().map(a -> {
            var input = new HashMap<String, Object>();
            input.put("standardCode", a.standardCode());
            input.put("action", a.action());
            input.put("lead", a.lead());
            input.put("dueBy", a.dueBy().toString());
            input.put("done", a.done());
            return (Map<String, Object>) input;
        }).toList();
    }
}
