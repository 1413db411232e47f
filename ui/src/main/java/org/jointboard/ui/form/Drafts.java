package org.jointboard.ui.form;

import java.util.Optional;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Every form of the ui edits a draft record through a {@link Binder}: the binder checks what the browser can check
 * (required, dates in order) at the field, and the draft becomes the command's input. What only the backend knows comes
 * back as a refusal, shown at the same fields by {@code Refusals}.
 */
public final class Drafts {

    private Drafts() {
    }

    /** The draft as the fields hold it, or empty (each invalid field then shows why) if any field is invalid. */
    public static <T> Optional<T> written(Binder<T> binder) {
        return written(binder, null);
    }

    /** As {@link #written(Binder)}, and the form's error summary (if it has one) lists the problems, or hides when there are none. */
    public static <T> Optional<T> written(Binder<T> binder, ErrorSummary summary) {
        try {
            T draft = binder.writeRecord();
            if (summary != null) {
                summary.show(java.util.List.of());
            }
            return Optional.of(draft);
        } catch (ValidationException invalid) {
            if (summary != null) {
                summary.show(java.util.List.copyOf(invalid.getFieldValidationErrors()));
            }
            return Optional.empty();
        }
    }
}
