package org.jointboard.ui.assessment;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.combobox.ComboBox;
import org.jointboard.ui.assessment.AssessmentRecords.Cycle;
import org.jointboard.ui.layout.PartnershipChoice;

/** The partnership and audit cycle boxes at the top of the tracker and the summary; the latest cycle is chosen first. */
final class CycleChoice {

    final ComboBox<AssessmentClient.Partnership> partnership = new ComboBox<>("Partnership");
    final ComboBox<Cycle> cycle = new ComboBox<>("Audit cycle");

    CycleChoice(AssessmentClient assessments, BiConsumer<String, String> onChoice) {
        cycle.setItemLabelGenerator(c -> c.title() + " (due " + AssessmentNavigation.date(c.dueOn()) + ")");
        cycle.setWidth("24em");
        partnership.setWidth("22em");
        partnership.addValueChangeListener(event -> {
            List<Cycle> cycles = event.getValue() == null ? List.of() : assessments.cycles(event.getValue().code());
            cycle.setItems(cycles);
            cycle.setValue(cycles.isEmpty() ? null : cycles.getFirst());
        });
        cycle.addValueChangeListener(event -> {
            if (event.getValue() != null && partnership.getValue() != null) {
                onChoice.accept(event.getValue().id(), partnership.getValue().code());
            }
        });
        PartnershipChoice.bind(partnership, assessments.myPartnerships(), AssessmentClient.Partnership::code, AssessmentClient.Partnership::name);
    }
}
