package org.jointboard.ui.form;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.BindingValidationStatus;

/**
 * The error summary at the top of a form (the GOV.UK pattern): "There is a problem", then each field's problem as a
 * button that takes the focus to that field. Read out as soon as it appears; hidden while the form is valid.
 */
public class ErrorSummary extends Div {

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<BindingValidationStatus<?>> problems) {
        removeAll();
        setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        for (BindingValidationStatus<?> problem : problems) {
            Component field = (Component) problem.getField();
            String label = field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() + ": " : "";
            var goTo = new Button(label + problem.getMessage().orElse("Check this field"), event -> {
                if (field instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            });
            goTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            list.add(new ListItem(goTo));
        }
        add(new H2("There is a problem"), list);
    }
}
