package org.jointboard.ui.assessment;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.combobox.ComboBox;
import org.jointboard.ui.assessment.AssessmentRecords.Cycle;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;

/** The partnership and audit cycle boxes at the top of the tracker and the summary; the latest cycle is chosen first. */
public final class CycleChoice {

    public final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    public final ComboBox<Cycle> cycle = new ComboBox<>("Audit cycle");

    private final AssessmentClient assessments;

    public CycleChoice(AssessmentClient assessments, MyPartnerships partnerships, BiConsumer<Cycle, String> onChoice) {
        this.assessments = assessments;
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
                onChoice.accept(event.getValue(), partnership.getValue().code());
            }
        });
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    /** Reads the partnership's cycles again and chooses the one with this id. */
    public void reload(String cycleId) {
        List<Cycle> cycles = assessments.cycles(partnership.getValue().code());
        cycle.setItems(cycles);
        cycles.stream().filter(c -> c.id().equals(cycleId)).findFirst().ifPresent(cycle::setValue);
    }
}
