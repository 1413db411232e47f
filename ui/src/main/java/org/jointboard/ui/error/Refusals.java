package org.jointboard.ui.error;

import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jointboard.ui.api.ApiException;

/**
 * Shows a refused command where the user can act on it: a BAD_REQUEST at the field it names, else (and a CONFLICT or
 * FORBIDDEN) as a message read out at once. Anything else (service down, session ended) goes on to the application's
 * error handling, so no form swallows it. Every form shows its refusals through here.
 */
public final class Refusals {

    private Refusals() {
    }

    /** For a command without fields of its own (a button): the refusal as a message. */
    public static void show(ApiException refused) {
        message(refused);
    }

    /** {@code fields}: the form's fields by the name the backend gives them. */
    public static void show(ApiException refused, Map<String, ? extends HasValidation> fields) {
        show(refused, field -> fields == null || field == null ? null : fields.get(field));
    }

    /** As {@link #show(ApiException, Map)}, with a field for a BAD_REQUEST that names none of the form's fields. */
    public static void show(ApiException refused, Map<String, ? extends HasValidation> fields, HasValidation otherwise) {
        show(refused, field -> field != null && fields.containsKey(field) ? fields.get(field) : otherwise);
    }

    /** {@code fieldOf}: the form's field for the backend's field name (which may be null), or null if it has none. */
    public static void show(ApiException refused, Function<String, ? extends HasValidation> fieldOf) {
        HasValidation field = refused.kind() == ApiException.Kind.BAD_REQUEST ? fieldOf.apply(refused.field()) : null;
        if (field != null) {
            field.setErrorMessage(refused.userMessage());
            field.setInvalid(true);
            return;
        }
        message(refused);
    }

    /** For a field that saves itself (autosave): a BAD_REQUEST or CONFLICT stays at the field, where the words typed are. */
    public static void showAt(ApiException refused, HasValidation field) {
        if (refused.kind() != ApiException.Kind.BAD_REQUEST && refused.kind() != ApiException.Kind.CONFLICT) {
            throw refused;
        }
        field.setErrorMessage(refused.userMessage());
        field.setInvalid(true);
    }

    private static void message(ApiException refused) {
        if (refused.kind() != ApiException.Kind.BAD_REQUEST && refused.kind() != ApiException.Kind.CONFLICT
                && refused.kind() != ApiException.Kind.FORBIDDEN) {
            throw refused;
        }
        Notification message = Notification.show(refused.userMessage(), 8000, Notification.Position.MIDDLE);
        message.addThemeVariants(NotificationVariant.LUMO_ERROR);
        message.setAssertive(true);
    }
}
