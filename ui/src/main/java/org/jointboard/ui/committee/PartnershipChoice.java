package org.jointboard.ui.committee;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinSession;
import org.jointboard.ui.committee.CommitteeRecords.OrganisationRef;

/** Remembers, for the signed-in user's session, which of their partnerships they last chose, so every page opens on it. */
final class PartnershipChoice {

    private static final String KEY = PartnershipChoice.class.getName();

    private PartnershipChoice() {
    }

    /** Fills the box with the user's partnerships, selects the remembered one (or the first), and remembers changes. */
    static void bind(ComboBox<OrganisationRef> box, List<OrganisationRef> mine) {
        box.setItems(mine);
        box.setItemLabelGenerator(OrganisationRef::name);
        box.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(KEY, event.getValue().code());
            }
        });
        Object remembered = VaadinSession.getCurrent().getAttribute(KEY);
        mine.stream().filter(p -> p.code().equals(remembered)).findFirst()
                .or(() -> mine.stream().findFirst())
                .ifPresent(box::setValue);
    }
}
