package org.jointboard.ui.layout;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinSession;

/** Remembers, for the signed-in user's session, which of their partnerships they last chose, so every page opens on it. */
public final class PartnershipChoice {

    private static final String KEY = PartnershipChoice.class.getName();

    private PartnershipChoice() {
    }

    /** Fills the box with the user's partnerships, selects the remembered one (or the first), and remembers changes. */
    public static <T> void bind(ComboBox<T> box, List<T> mine, Function<T, String> code, Function<T, String> name) {
        box.setItems(mine);
        box.setItemLabelGenerator(name::apply);
        box.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(KEY, code.apply(event.getValue()));
            }
        });
        Object remembered = VaadinSession.getCurrent().getAttribute(KEY);
        mine.stream().filter(p -> code.apply(p).equals(remembered)).findFirst()
                .or(() -> mine.stream().findFirst())
                .ifPresent(box::setValue);
    }
}
