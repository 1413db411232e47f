package org.jointboard.ui.assessment;

import java.util.ArrayList;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jointboard.ui.actionplan.ActionDialogs;
import org.jointboard.ui.actionplan.ActionPlanNavigation;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnDetail;
import org.jointboard.ui.assessment.AssessmentRecords.Standard;

/**
 * The actions and risks raised from this return, as the reader may follow them (they live in the action plans and the
 * risk register). While the return is open its lead adds the organisation's own improvement actions here.
 */
class ImprovementActions extends VerticalLayout {

    ImprovementActions(ReturnDetail detail, ActionDialogs dialogs, Runnable reload) {
        setPadding(false);
        add(ActionPlanNavigation.linksPanel("Improvement actions", detail.actions(), "No improvement actions have been raised from this return."));
        if (!detail.risks().isEmpty()) {
            add(ActionPlanNavigation.linksPanel("Risks raised from this return", detail.risks(), ""));
        }
        if (detail.permissions().canEdit()) {
            var standards = new ArrayList<Standard>();
            detail.sections().forEach(section -> standards.addAll(section.standards()));
            var standard = new ComboBox<Standard>("Standard to improve on");
            standard.setItems(standards);
            standard.setItemLabelGenerator(s -> s.code() + " " + s.title());
            standard.setWidth("28em");
            var add = new Button("Add an improvement action", event -> {
                if (standard.getValue() == null) {
                    standard.setInvalid(true);
                    standard.setErrorMessage("Choose the standard the action improves on");
                    return;
                }
                standard.setInvalid(false);
                dialogs.raiseOwn(detail.id(), detail.partnershipCodes().getFirst(), standard.getValue().code(), standard.getValue().title(),
                        id -> reload.run());
            });
            var row = new HorizontalLayout(standard, add);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
    }
}
